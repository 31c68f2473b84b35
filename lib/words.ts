/** Small wording rules every surface and the emails use. */

/** "Mostrador Madrid" -> "Madrid": the short name used in tight spaces. */
export function shortStoreName(name: string): string {
  return name.replace(/^Mostrador\s+/i, "");
}

/** "Ana García" -> "Ana". */
export function firstName(name: string | null | undefined): string {
  return (name ?? "").trim().split(/\s+/)[0] ?? "";
}

export function pluralise(count: number, one: string, many = `${one}s`): string {
  return `${count.toLocaleString("en-GB")} ${count === 1 ? one : many}`;
}
