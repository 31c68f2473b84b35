import { describe, expect, it } from "vitest";
import { buttonClasses } from "./button";

const set = (classes: string) => new Set(classes.split(" "));

describe("buttonClasses", () => {
  it("gives the console's primary button the classes its old constant had", () => {
    expect(set(buttonClasses({ size: "lg" }))).toEqual(
      set(
        "inline-flex min-h-12 items-center justify-center gap-2 rounded-full bg-stone-950 px-7 text-base font-semibold text-white transition-colors hover:bg-stone-800",
      ),
    );
  });

  it("lets a class replace the one in the same slot, and only that one", () => {
    const classes = set(
      buttonClasses({ variant: "secondary", size: "lg", className: "px-4 gap-1.5 text-out hover:border-out" }),
    );
    expect(classes).toContain("px-4");
    expect(classes).not.toContain("px-7");
    expect(classes).toContain("gap-1.5");
    expect(classes).not.toContain("gap-2");
    expect(classes).toContain("text-out");
    expect(classes).not.toContain("text-stone-900");
    expect(classes).toContain("text-base");
    expect(classes).toContain("hover:border-out");
    expect(classes).not.toContain("hover:border-stone-950");
    expect(classes).toContain("border-stone-300");
    expect(classes).toContain("border");
  });

  it("shows the wait colour instead of the hover while pending", () => {
    const classes = set(buttonClasses({ pending: true }));
    expect(classes).toContain("bg-stone-700");
    expect(classes).toContain("cursor-wait");
    expect(classes).not.toContain("hover:bg-stone-800");
  });
});
