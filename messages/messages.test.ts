import { parse, TYPE, type MessageFormatElement } from "@formatjs/icu-messageformat-parser";
import { describe, expect, it } from "vitest";
import { LOCALES } from "@/i18n/locales";
import { MESSAGES } from "./index";

type Tree = { [key: string]: string | Tree };

/** Every message as "namespace.path.key" → its ICU text. */
function flatten(tree: Tree, prefix = ""): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === "string") out.set(path, value);
    else for (const [k, v] of flatten(value, path)) out.set(k, v);
  }
  return out;
}

/** The arguments a message takes ({count}, {name}, <link>…</link>), sorted. */
function argumentsOf(elements: MessageFormatElement[], found = new Set<string>()): Set<string> {
  for (const el of elements) {
    if (el.type === TYPE.argument || el.type === TYPE.number || el.type === TYPE.date || el.type === TYPE.time)
      found.add(el.value);
    if (el.type === TYPE.plural || el.type === TYPE.select) {
      found.add(el.value);
      for (const option of Object.values(el.options)) argumentsOf(option.value, found);
    }
    if (el.type === TYPE.tag) {
      found.add(`<${el.value}>`);
      argumentsOf(el.children, found);
    }
  }
  return found;
}

const flat = Object.fromEntries(LOCALES.map((l) => [l, flatten(MESSAGES[l] as unknown as Tree)]));

describe("the message files", () => {
  it("have the same keys in every language", () => {
    const [first, ...rest] = LOCALES;
    for (const other of rest) {
      const missingIn = (a: Map<string, string>, b: Map<string, string>) => [...a.keys()].filter((k) => !b.has(k));
      expect(missingIn(flat[first]!, flat[other]!), `in ${first}, not in ${other}`).toEqual([]);
      expect(missingIn(flat[other]!, flat[first]!), `in ${other}, not in ${first}`).toEqual([]);
    }
  });

  it("are valid ICU messages taking the same arguments in every language", () => {
    const problems: string[] = [];
    for (const key of flat.en!.keys()) {
      const args = LOCALES.map((l) => {
        const text = flat[l]!.get(key);
        if (text === undefined) return "";
        try {
          return [...argumentsOf(parse(text))].sort().join(",");
        } catch (error) {
          problems.push(`${l} ${key}: ${(error as Error).message}`);
          return "";
        }
      });
      if (new Set(args).size > 1) problems.push(`${key}: ${LOCALES.map((l, i) => `${l}(${args[i]})`).join(" ≠ ")}`);
    }
    expect(problems).toEqual([]);
  });

  it("are never empty", () => {
    const empty = LOCALES.flatMap((l) => [...flat[l]!].filter(([, text]) => !text.trim()).map(([k]) => `${l} ${k}`));
    expect(empty).toEqual([]);
  });
});
