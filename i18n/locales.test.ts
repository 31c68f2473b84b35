import { describe, expect, it } from "vitest";
import { localeFromAcceptLanguage } from "./locales";

describe("the language a browser asks for", () => {
  it("takes the first of the shop's languages by weight", () => {
    expect(localeFromAcceptLanguage("en-GB,en;q=0.9,es;q=0.8")).toBe("en");
    expect(localeFromAcceptLanguage("fr-FR,fr;q=0.9,es-ES;q=0.8,en;q=0.7")).toBe("es");
    expect(localeFromAcceptLanguage("de;q=0.5, en;q=0.8")).toBe("en");
  });

  it("is none when the browser names neither language, or refuses them", () => {
    expect(localeFromAcceptLanguage("fr,de")).toBeNull();
    expect(localeFromAcceptLanguage("en;q=0")).toBeNull();
    expect(localeFromAcceptLanguage("")).toBeNull();
    expect(localeFromAcceptLanguage(null)).toBeNull();
  });
});

describe("a storefront page's languages for search engines", () => {
  it("names the page in each language, itself as canonical and the bare path as default", async () => {
    const { alternates } = await import("./alternates");
    expect(alternates("/p/jersey", "en")).toEqual({
      canonical: "/en/p/jersey",
      languages: { es: "/es/p/jersey", en: "/en/p/jersey", "x-default": "/p/jersey" },
    });
    expect(alternates("/", "es")).toMatchObject({ canonical: "/es", languages: { "x-default": "/" } });
  });
});

describe("a request's language", () => {
  const request = (headers: Record<string, string>, cookies: Record<string, string> = {}) => ({
    header: (name: string) => headers[name] ?? null,
    cookie: (name: string) => cookies[name] ?? null,
  });

  it("is the calling page's, then the person's cookie, then their browser's, then the shop's", async () => {
    const { localeOfRequest } = await import("./locales");
    expect(localeOfRequest(request({ "x-mostrador-locale": "en" }, { NEXT_LOCALE: "es" }), "es")).toBe("en");
    expect(localeOfRequest(request({ "x-next-intl-locale": "es", "accept-language": "en" }), "en")).toBe("es");
    expect(localeOfRequest(request({ "accept-language": "en-GB" }, { NEXT_LOCALE: "es" }), "en")).toBe("es");
    expect(localeOfRequest(request({ "accept-language": "en-GB" }), "es")).toBe("en");
    expect(localeOfRequest(request({ "x-mostrador-locale": "fr", "accept-language": "de" }), "es")).toBe("es");
  });
});
