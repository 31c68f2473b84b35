/**
 * What product search matches against: name, brand, category and colours, lower-cased and
 * without accents so "camiseta" finds "Camiséta". Kept in a trigram-indexed column.
 */
export function buildSearchText(parts: {
  name: string;
  brand: string;
  categoryName: string;
  colours: ReadonlyArray<string | null>;
}): string {
  const words = [parts.name, parts.brand, parts.categoryName, ...parts.colours.filter((c): c is string => !!c)];
  return normaliseSearch([...new Set(words)].join(" "));
}

export function normaliseSearch(text: string): string {
  return text
    .normalize("NFD")
    .replace(/\p{Diacritic}/gu, "")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}
