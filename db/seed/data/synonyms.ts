/**
 * The demo's search synonyms: words shoppers use for the same thing, per language, lower-case
 * and without accents. A query with any of them also finds what is named with the others, so
 * "jumper" reaches every piece of knitwear, not only the one called a jumper.
 */
export const SYNONYMS: ReadonlyArray<{ locale: "es" | "en"; terms: readonly string[] }> = [
  { locale: "en", terms: ["jumper", "jumpers", "sweater", "sweaters", "pullover", "knitwear"] },
  { locale: "es", terms: ["jersey", "jerseis", "sueter", "punto", "pullover"] },
  { locale: "en", terms: ["jeans", "denim"] },
  { locale: "es", terms: ["vaqueros", "vaquero", "tejanos", "tejano", "denim", "jeans"] },
  { locale: "en", terms: ["trainers", "trainer", "sneakers", "sneaker"] },
  { locale: "es", terms: ["zapatillas", "zapatilla", "deportivas", "bambas", "sneakers"] },
  { locale: "en", terms: ["tshirt", "tshirts", "tee", "tees"] },
  { locale: "es", terms: ["camiseta", "camisetas", "tshirt"] },
  { locale: "en", terms: ["coat", "coats", "jacket", "jackets", "outerwear"] },
  { locale: "es", terms: ["abrigo", "abrigos", "chaqueta", "chaquetas", "cazadora"] },
];
