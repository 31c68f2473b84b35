import { z } from "zod";

/**
 * Inputs for fuzzing a procedure: a plausible value built from its zod schema (so that hostile
 * strings reach the code behind the validation, where today's bugs were), then that value with one
 * field at a time made hostile, and hostile values in place of the whole input.
 */

type Json = { [key: string]: unknown };
export type Payload = { label: string; input: unknown };

const HUGE = "x".repeat(1 << 20);
const UUID = "4f1c2a9e-7b3d-4c8e-9a21-5d6f7e8a9b0c";
// Tried in order for a string with a pattern: slugs, order numbers, keys, digits.
const PATTERNED = ["abc", "MS-1001", "fuzz-key-12345", "123", "ABC123"];

function nested(depth: number, leaf: unknown, asArray: boolean): unknown {
  let value = leaf;
  for (let i = 0; i < depth; i++) value = asArray ? [value] : { a: value };
  return value;
}

/** Hostile values that replace the whole input. */
export const wholeInputs: Payload[] = [
  { label: "nothing", input: undefined },
  { label: "null", input: null },
  { label: "a number", input: 1e308 },
  { label: "NaN", input: Number.NaN },
  { label: "-1", input: -1 },
  { label: "a NUL byte", input: "a\u0000b" },
  { label: "a lone surrogate", input: "\uD800" },
  { label: "a 1 MB string", input: HUGE },
  { label: "an empty object", input: {} },
  { label: "100k items", input: Array.from({ length: 100_000 }, () => "a") },
  { label: "5,000 levels of objects", input: nested(5_000, "a", false) },
  { label: "5,000 levels of arrays", input: nested(5_000, "a", true) },
];

function sampleString(js: Json, key: string): string {
  const min = Number(js.minLength ?? 0);
  const max = Number(js.maxLength ?? 1000);
  if (js.format === "uuid") return UUID;
  if (js.format === "email" || /email/i.test(key)) return "fuzz@example.com";
  if (typeof js.pattern === "string") {
    const pattern = new RegExp(js.pattern);
    const fits = PATTERNED.find((s) => pattern.test(s) && s.length >= min && s.length <= max);
    if (fits) return fits;
  }
  return "a".repeat(Math.min(Math.max(min, 8), max));
}

/** `branch` picks which option of every union to follow, so that each shape of an input is tried. */
function sampleJson(js: Json, branch: number, key = ""): unknown {
  if ("const" in js) return js.const;
  if (Array.isArray(js.enum)) return js.enum[0];
  const options = ((js.anyOf ?? js.oneOf ?? js.allOf) as Json[] | undefined)?.filter((o) => o.type !== "null");
  if (options?.length) return sampleJson(options[branch % options.length]!, branch, key);
  switch (js.type) {
    case "object": {
      const properties = (js.properties ?? {}) as Record<string, Json>;
      return Object.fromEntries(Object.entries(properties).map(([k, v]) => [k, sampleJson(v, branch, k)]));
    }
    case "array":
      return Array.from({ length: Math.max(Number(js.minItems ?? 1), 1) }, () =>
        sampleJson((js.items ?? {}) as Json, branch, key),
      );
    case "string":
      return sampleString(js, key);
    case "integer":
    case "number":
      return Number(js.minimum ?? (js.exclusiveMinimum !== undefined ? Number(js.exclusiveMinimum) + 1 : 1));
    case "boolean":
      return true;
    case "null":
      return null;
    default:
      return "abc";
  }
}

/** Plausible inputs for a procedure's first input schema, one per shape it takes ([undefined] for none). */
export function sampleInputs(schema: unknown): unknown[] {
  if (!schema) return [undefined];
  const js = z.toJSONSchema(schema as z.ZodType, { io: "input", unrepresentable: "any" }) as Json;
  const samples = [0, 1, 2, 3].map((branch) => JSON.stringify(sampleJson(js, branch)));
  return [...new Set(samples)].map((s) => JSON.parse(s) as unknown);
}

type Leaf = { path: (string | number)[]; value: unknown };

function leavesOf(value: unknown, path: (string | number)[] = []): Leaf[] {
  if (Array.isArray(value)) return [{ path, value }, ...value.flatMap((v, i) => leavesOf(v, [...path, i]))];
  if (value && typeof value === "object") return Object.entries(value).flatMap(([k, v]) => leavesOf(v, [...path, k]));
  return [{ path, value }];
}

function withValueAt(base: unknown, path: (string | number)[], value: unknown): unknown {
  if (!path.length) return value;
  const copy = structuredClone(base) as Record<string | number, unknown>;
  let node = copy;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  node[path.at(-1)!] = value;
  return copy;
}

/** The base input, then one field at a time replaced by something hostile of (or near) its type. */
export function fieldVariants(base: unknown): Payload[] {
  const out: Payload[] = [{ label: `a plausible input ${JSON.stringify(base)?.slice(0, 80)}`, input: base }];
  for (const { path, value } of leavesOf(base)) {
    const at = path.join(".") || "(input)";
    const put = (label: string, v: unknown) =>
      out.push({ label: `${at}: ${label}`, input: withValueAt(base, path, v) });
    if (typeof value === "string") {
      const middle = Math.floor(value.length / 2);
      put("a NUL byte", `${value.slice(0, middle)}\u0000${value.slice(middle + 1)}`);
      put("a lone surrogate", `${value.slice(0, middle)}\uD800${value.slice(middle + 1)}`);
      put("a 1 MB string", HUGE);
      put("a number", 1e308);
    } else if (typeof value === "number") {
      for (const n of [1e308, -1, Number.NaN, 0.5]) put(String(n), n);
      put("a string", "1");
    } else if (Array.isArray(value)) {
      put(
        "100k items",
        Array.from({ length: 100_000 }, () => value[0]),
      );
    }
    if (path.length) put("5,000 levels", nested(5_000, value, false));
  }
  return out;
}
