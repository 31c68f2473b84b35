import { describe, expect, it } from "vitest";
import { inputProblem, isStorableText, MAX_INPUT_DEPTH } from "./storable-text";

describe("isStorableText", () => {
  it("accepts any real Unicode text, emoji (surrogate pairs) included", () => {
    expect(isStorableText("")).toBe(true);
    expect(isStorableText("Jersey de lana merina, talla M — 49,95 €")).toBe(true);
    expect(isStorableText("Regalo 🎁 para Ana")).toBe(true);
  });

  it("refuses a NUL and half of a surrogate pair, wherever they are", () => {
    expect(isStorableText("ana\u0000@example.com")).toBe(false);
    expect(isStorableText("\uD83C")).toBe(false);
    expect(isStorableText("gift \uDF81")).toBe(false);
    expect(isStorableText("🎁".slice(0, 1) + "x")).toBe(false);
    // A low half before its high half is not a pair either.
    expect(isStorableText("\uDF81\uD83C")).toBe(false);
  });
});

describe("inputProblem", () => {
  it("is null for ordinary input of any shape", () => {
    expect(
      inputProblem({
        contact: { email: "ana@example.com", name: "Ana" },
        lines: [{ quantity: 2 }],
        gift: true,
        note: null,
      }),
    ).toBeNull();
    expect(inputProblem("text")).toBeNull();
    expect(inputProblem(42)).toBeNull();
    expect(inputProblem(undefined)).toBeNull();
  });

  it("points at the first unstorable value by its path", () => {
    expect(inputProblem({ contact: { email: "ana@example.com", name: "An\u0000a" } })).toEqual({
      kind: "unstorable",
      path: ["contact", "name"],
    });
    expect(inputProblem({ lines: [{ note: "ok" }, { note: "\uD800" }] })).toEqual({
      kind: "unstorable",
      path: ["lines", 1, "note"],
    });
    expect(inputProblem("\u0000")).toEqual({ kind: "unstorable", path: [] });
  });

  it("refuses an unstorable key, pointing at the object that holds it", () => {
    expect(inputProblem({ address: { ["li\u0000ne1"]: "Calle Mayor 1" } })).toEqual({
      kind: "unstorable",
      path: ["address"],
    });
  });

  it("looks inside a Map or a Set (superjson can decode them)", () => {
    expect(inputProblem({ tags: new Set(["a", "b\u0000"]) })).toEqual({ kind: "unstorable", path: ["tags", 1] });
    expect(inputProblem(new Map([["name", "\uDC00"]]))).toEqual({ kind: "unstorable", path: ["name"] });
  });

  it(`stops at ${MAX_INPUT_DEPTH} levels of nesting, without overflowing on hostile depth`, () => {
    const nest = (depth: number) => {
      let value: unknown = "leaf";
      for (let i = 0; i < depth; i++) value = { a: value };
      return value;
    };
    expect(inputProblem(nest(MAX_INPUT_DEPTH))).toBeNull();
    const tooDeep = inputProblem(nest(MAX_INPUT_DEPTH + 1));
    expect(tooDeep).toMatchObject({ kind: "too-deep" });
    expect(tooDeep!.path).toHaveLength(MAX_INPUT_DEPTH);
    expect(inputProblem(nest(100_000))).toMatchObject({ kind: "too-deep" });
  });
});
