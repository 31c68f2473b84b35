import { describe, expect, it } from "vitest";
import { safeCallbackUrl, shopPath } from "./safe-callback";

// Known ways to smuggle another host past a "starts with /" check (OWASP, PortSwigger and
// browser URL-parsing quirks). None may come out as anything a browser would send off this site.
const BYPASSES = [
  "//evil.example",
  "//evil.example/phish",
  "/\\evil.example",
  "\\\\evil.example",
  "\\/evil.example",
  "/..//evil.example/phish",
  "/../..//evil.example",
  "/%2e%2e//evil.example",
  "/%2E%2E//evil.example",
  "/.%2e//evil.example",
  "/.//evil.example",
  "/./\\evil.example",
  "///evil.example",
  "////evil.example",
  "/\\/evil.example",
  "%2F%2Fevil.example",
  "%2f%2fevil.example",
  "/\t/evil.example",
  "/\n/evil.example",
  "/\r\n/evil.example",
  "\t//evil.example",
  " //evil.example",
  "https://evil.example",
  "http:evil.example",
  "https:/evil.example",
  "https://shop@evil.example",
  "https://mostrador.invalid@evil.example",
  "//shop@evil.example",
  "javascript:alert(1)",
  "javascript://evil.example/%0aalert(1)",
  "data:text/html,<script>alert(1)</script>",
  "evil.example",
  "",
];

describe("safeCallbackUrl", () => {
  it.each(BYPASSES)("refuses %j", (value) => {
    expect(safeCallbackUrl(value)).toBeNull();
  });

  it("keeps a same-site path with its query and hash, normalised", () => {
    expect(safeCallbackUrl("/account")).toBe("/account");
    expect(safeCallbackUrl("/c/knitwear?size=M#grid")).toBe("/c/knitwear?size=M#grid");
    expect(safeCallbackUrl("/staff/pickups/MAD-1042")).toBe("/staff/pickups/MAD-1042");
    expect(safeCallbackUrl("/a/../staff")).toBe("/staff");
    expect(safeCallbackUrl("/%5Cevil.example")).toBe("/%5Cevil.example");
  });

  it("does not send you back to a sign-in or sign-up page", () => {
    expect(safeCallbackUrl("/sign-in?callbackUrl=/account")).toBeNull();
    expect(safeCallbackUrl("/x/../sign-up")).toBeNull();
    expect(safeCallbackUrl("/en/sign-in?callbackUrl=/account")).toBeNull();
    expect(safeCallbackUrl("/es/sign-up")).toBeNull();
  });

  it("keeps a language's own pages, whose names only start like a language", () => {
    expect(safeCallbackUrl("/en/account")).toBe("/en/account");
    expect(safeCallbackUrl("/essentials/sign-in")).toBe("/essentials/sign-in");
  });

  it("refuses missing and absurdly long values", () => {
    expect(safeCallbackUrl(null)).toBeNull();
    expect(safeCallbackUrl(undefined)).toBeNull();
    expect(safeCallbackUrl(`/${"a".repeat(3000)}`)).toBeNull();
  });
});

describe("shopPath", () => {
  it("takes a storefront path's language off, for the reader's own to go in front", () => {
    expect(shopPath("/account")).toBe("/account");
    expect(shopPath("/en/c/knitwear?size=M#grid")).toBe("/c/knitwear?size=M#grid");
    expect(shopPath("/es")).toBe("/");
    expect(shopPath("/es?q=1")).toBe("/?q=1");
    expect(shopPath("/english-breakfast-mug")).toBe("/english-breakfast-mug");
  });

  it("leaves the console and the studio out: their addresses have no language", () => {
    expect(shopPath("/staff")).toBeNull();
    expect(shopPath("/staff/pickups/MAD-1042")).toBeNull();
    expect(shopPath("/studio?tab=catalog")).toBeNull();
    expect(shopPath("/staffing")).toBe("/staffing");
  });
});
