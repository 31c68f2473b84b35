/**
 * Text PostgreSQL cannot store: a NUL character, or half of a UTF-16 surrogate pair (a string
 * that is not Unicode). Refused where input arrives (every tRPC procedure, the sign-in form)
 * with a message, instead of failing in the database with a 500.
 */
const UNSTORABLE = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

export function isStorableText(text: string): boolean {
  return !UNSTORABLE.test(text);
}

/** Deeper than any form of the shop nests its fields (three or four levels). */
export const MAX_INPUT_DEPTH = 32;

export type InputProblem =
  { kind: "unstorable"; path: (string | number)[] } | { kind: "too-deep"; path: (string | number)[] };

/**
 * The first string (value or key) in an input the database cannot store, or the first place it
 * nests deeper than MAX_INPUT_DEPTH; null if there is none. The recursion stops at that depth, so
 * hostile nesting cannot overflow the stack; one path array is reused, so long arrays cost little.
 */
export function inputProblem(input: unknown): InputProblem | null {
  return walk(input, []);
}

function walk(value: unknown, path: (string | number)[]): InputProblem | null {
  if (typeof value === "string") return isStorableText(value) ? null : { kind: "unstorable", path: [...path] };
  if (!value || typeof value !== "object") return null;
  if (path.length >= MAX_INPUT_DEPTH) return { kind: "too-deep", path: [...path] };
  const at = (key: string | number, child: unknown) => {
    if (typeof key === "string" && !isStorableText(key)) return { kind: "unstorable" as const, path: [...path] };
    path.push(key);
    const problem = walk(child, path);
    path.pop();
    return problem;
  };
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const problem = at(i, value[i]);
      if (problem) return problem;
    }
    return null;
  }
  // superjson may decode a Map or a Set; a schema would refuse them, but not before this walk.
  const entries: Iterable<[unknown, unknown]> =
    value instanceof Map ? value.entries() : value instanceof Set ? [...value].entries() : Object.entries(value);
  for (const [key, child] of entries) {
    const problem = at(typeof key === "number" ? key : String(key), child);
    if (problem) return problem;
  }
  return null;
}
