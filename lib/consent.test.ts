import { describe, expect, it } from "vitest";
import { CONSENT_VERSION, consentCookieValue, parseConsent } from "./consent";

describe("the consent cookie", () => {
  it("reads back what it wrote", () => {
    expect(parseConsent(consentCookieValue({ analytics: true }))).toEqual({ analytics: true });
    expect(parseConsent(consentCookieValue({ analytics: false }))).toEqual({ analytics: false });
  });

  it("asks again for no cookie, a forged one or one of another version", () => {
    expect(parseConsent(null)).toBeNull();
    expect(parseConsent("")).toBeNull();
    expect(parseConsent("yes")).toBeNull();
    expect(parseConsent(`${CONSENT_VERSION}.analytics`)).toBeNull();
    expect(parseConsent(`${CONSENT_VERSION + 1}.necessary-analytics`)).toBeNull();
    expect(parseConsent(`${CONSENT_VERSION}.necessary-analytics; Path=/`)).toBeNull();
  });
});
