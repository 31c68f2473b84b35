/**
 * What product search matches against: its names and its category's in both languages, brand and
 * colours, lower-cased and without accents so "lampara" finds "Lámpara". A hyphenated word is
 * kept joined too, so "tshirt" finds "T-shirt" as "t shirt" does. Kept in a trigram-indexed
 * column, stemmed per language in search_vector.
 */
export function buildSearchText(parts: {
  names: ReadonlyArray<string>;
  colours: ReadonlyArray<string | null>;
}): string {
  const text = [...parts.names, ...parts.colours.filter((c): c is string => !!c)].join(" ");
  const joined = [...text.matchAll(/[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)+/gu)].map((m) => m[0].replaceAll("-", ""));
  return [...new Set(normaliseSearch([text, ...joined].join(" ")).split(" "))].join(" ");
}

export function normaliseSearch(text: string): string {
  return text
    .normalize("NFD")
    .replace(/\p{Diacritic}/gu, "")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}
