import { describe, expect, it } from "vitest";
import { CATEGORY_SLUGS } from "../fixtures";
import { CATEGORIES } from "./categories";
import { COLOURS, type ColourName } from "./colours";
import { PRODUCTS } from "./products";
import { ACCESSORIES, HOME } from "./products-accessories-home";
import { DRESSES, SHOES } from "./products-dresses-shoes";
import { KNITWEAR, TOPS } from "./products-knitwear-tops";
import { OUTERWEAR, TROUSERS } from "./products-outerwear-trousers";
import { CATEGORIES_ES, COLOURS_ES, PRODUCTS_ES } from "./spanish";

const SEED_PRODUCTS = [...KNITWEAR, ...TOPS, ...OUTERWEAR, ...TROUSERS, ...DRESSES, ...SHOES, ...ACCESSORIES, ...HOME];
const COLOUR_NAMES = Object.keys(COLOURS) as ColourName[];
const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** Colour names that Spanish shops use unchanged. */
const SAME_COLOUR_NAMES: readonly ColourName[] = ["Camel"];

/** "Jersey de lana merino" -> "jersey-de-lana-merino": accents dropped, ñ becomes n. */
function slugify(text: string): string {
  return text
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}

const isSentenceCase = (text: string) =>
  text.charAt(0) === text.charAt(0).toUpperCase() && text.slice(1) === text.slice(1).toLowerCase();

const spanishEntries = [...Object.values(CATEGORIES_ES), ...Object.values(PRODUCTS_ES)];

describe("Spanish demo catalogue", () => {
  it("covers the same products as the combined seed list", () => {
    expect(SEED_PRODUCTS.map((p) => p.slug).sort()).toEqual(PRODUCTS.map((p) => p.slug).sort());
  });

  it("has a Spanish entry with text for every product, and none for unknown slugs", () => {
    for (const product of SEED_PRODUCTS) {
      const es = PRODUCTS_ES[product.slug];
      expect(es, product.slug).toBeDefined();
      expect(es!.name.trim(), product.slug).not.toBe("");
      expect(es!.description.trim(), product.slug).not.toBe("");
    }
    expect(Object.keys(PRODUCTS_ES).sort()).toEqual(SEED_PRODUCTS.map((p) => p.slug).sort());
  });

  it("has a Spanish entry with text for every category, and none for unknown slugs", () => {
    for (const category of CATEGORIES) {
      const es = CATEGORIES_ES[category.slug];
      expect(es.name.trim(), category.slug).not.toBe("");
      expect(es.description.trim(), category.slug).not.toBe("");
    }
    expect(Object.keys(CATEGORIES_ES).sort()).toEqual([...CATEGORY_SLUGS].sort());
    expect(Object.keys(CATEGORIES_ES).sort()).toEqual(CATEGORIES.map((c) => c.slug).sort());
  });

  it("names every colour, each differently, and none that does not exist", () => {
    expect(Object.keys(COLOURS_ES).sort()).toEqual([...COLOUR_NAMES].sort());
    for (const colour of COLOUR_NAMES) {
      const es = COLOURS_ES[colour];
      expect(es.trim(), colour).not.toBe("");
      expect(isSentenceCase(es), es).toBe(true);
      if (!SAME_COLOUR_NAMES.includes(colour)) expect(es.toLowerCase(), colour).not.toBe(colour.toLowerCase());
    }
    const names = Object.values(COLOURS_ES).map((n) => n.toLowerCase());
    expect(new Set(names).size).toBe(names.length);
  });

  it("uses well-formed slugs made from the Spanish name", () => {
    for (const { slug, name } of spanishEntries) {
      expect(slug, name).toMatch(SLUG);
      expect(slug, name).toBe(slugify(name));
    }
  });

  it("never repeats a Spanish slug", () => {
    const slugs = spanishEntries.map((e) => e.slug);
    expect(new Set(slugs).size).toBe(slugs.length);
  });

  it("never reuses the English slug of a different product or category", () => {
    const owners = new Map<string, string>();
    for (const c of CATEGORIES) owners.set(c.slug, `category:${c.slug}`);
    for (const p of SEED_PRODUCTS) owners.set(p.slug, `product:${p.slug}`);
    for (const [slug, es] of Object.entries(CATEGORIES_ES)) {
      const owner = owners.get(es.slug);
      if (owner) expect(owner, es.slug).toBe(`category:${slug}`);
    }
    for (const [slug, es] of Object.entries(PRODUCTS_ES)) {
      const owner = owners.get(es.slug);
      if (owner) expect(owner, es.slug).toBe(`product:${slug}`);
    }
  });

  it("translates every product name, in sentence case", () => {
    for (const product of SEED_PRODUCTS) {
      const es = PRODUCTS_ES[product.slug]!;
      expect(es.name.toLowerCase(), product.slug).not.toBe(product.name.toLowerCase());
      expect(isSentenceCase(es.name), es.name).toBe(true);
    }
    for (const category of CATEGORIES) {
      const es = CATEGORIES_ES[category.slug];
      expect(es.name.toLowerCase(), category.slug).not.toBe(category.name.toLowerCase());
      expect(isSentenceCase(es.name), es.name).toBe(true);
    }
  });

  it("keeps descriptions about as long as the English, as full sentences", () => {
    const pairs = [
      ...SEED_PRODUCTS.map((p) => [p.description, PRODUCTS_ES[p.slug]!.description] as const),
      ...CATEGORIES.map((c) => [c.description, CATEGORIES_ES[c.slug].description] as const),
    ];
    for (const [en, es] of pairs) {
      const ratio = es.length / en.length;
      expect(ratio, es).toBeGreaterThan(0.7);
      expect(ratio, es).toBeLessThan(1.7);
      expect(es, es).toMatch(/^[A-ZÁÉÍÓÚÑ¿¡]/);
      expect(es, es).toMatch(/\.$/);
    }
  });
});
