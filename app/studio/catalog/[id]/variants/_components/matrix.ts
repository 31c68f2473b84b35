/** A row of the variants grid while it is edited: an existing variant (id) or a new one. */
export type Row = {
  key: string;
  id?: string;
  colour: string | null;
  colourHex: string | null;
  size: string | null;
  price: string;
  sku: string;
  barcode: string;
  everOrdered: boolean;
};

export type Colour = { name: string; hex: string };

const same = (a: string | null, b: string | null) => (a ?? "").toLowerCase() === (b ?? "").toLowerCase();

/**
 * Every colour × size that is not in the grid yet, as new rows at `price`, in colour-then-size
 * order; rows already there keep their place and values. No colours (or sizes) means one
 * variant without that option.
 */
export function generateMatrix(rows: Row[], colours: Colour[], sizes: string[], price: string): Row[] {
  const cs: (Colour | null)[] = colours.length ? colours : [null];
  const ss: (string | null)[] = sizes.length ? sizes : [null];
  const added: Row[] = [];
  for (const c of cs)
    for (const s of ss) {
      const exists = rows.some((r) => same(r.colour, c?.name ?? null) && same(r.size, s));
      if (!exists)
        added.push({
          key: `new-${c?.name ?? ""}-${s ?? ""}-${Math.random().toString(36).slice(2, 8)}`,
          colour: c?.name ?? null,
          colourHex: c?.hex ?? null,
          size: s,
          price,
          sku: "",
          barcode: "",
          everOrdered: false,
        });
    }
  const order = (r: Row) => [
    cs.findIndex((c) => same(c?.name ?? null, r.colour)),
    ss.findIndex((s) => same(s, r.size)),
  ];
  return [...rows, ...added].sort((a, b) => {
    const [ac, as] = order(a);
    const [bc, bs] = order(b);
    return (ac! < 0 ? 99 : ac!) - (bc! < 0 ? 99 : bc!) || (as! < 0 ? 99 : as!) - (bs! < 0 ? 99 : bs!);
  });
}

/** The colours of the grid's rows, each once, with the swatch its first row has. */
export function coloursOf(rows: { colour: string | null; colourHex: string | null }[]): Colour[] {
  const out: Colour[] = [];
  for (const r of rows)
    if (r.colour && !out.some((c) => same(c.name, r.colour)))
      out.push({ name: r.colour, hex: r.colourHex ?? "#888888" });
  return out;
}

export function sizesOf(rows: { size: string | null }[]): string[] {
  const out: string[] = [];
  for (const r of rows) if (r.size && !out.some((s) => same(s, r.size))) out.push(r.size);
  return out;
}
