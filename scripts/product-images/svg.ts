/**
 * SVG strings and plane geometry for the product drawings: an 800×1000 canvas, symmetric about
 * x = 400, where most shapes are drawn on the right and mirrored to the left.
 */
export const W = 800;
export const H = 1000;

export type P = readonly [number, number];
export type Attrs = Record<string, string | number | undefined>;

function attrs(a: Attrs): string {
  return Object.entries(a)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => ` ${k}="${v}"`)
    .join("");
}

export const path_ = (d: string, a: Attrs = {}) => `<path d="${d}"${attrs(a)}/>`;
export const circle = (cx: number, cy: number, r: number, a: Attrs = {}) =>
  `<circle cx="${cx}" cy="${cy}" r="${r}"${attrs(a)}/>`;
export const ellipse = (cx: number, cy: number, rx: number, ry: number, a: Attrs = {}) =>
  `<ellipse cx="${cx}" cy="${cy}" rx="${rx}" ry="${ry}"${attrs(a)}/>`;
export const rect = (x: number, y: number, w: number, h: number, a: Attrs = {}) =>
  `<rect x="${x}" y="${y}" width="${w}" height="${h}"${attrs(a)}/>`;
export const stroke = (d: string, colour: string, width = 3, a: Attrs = {}) =>
  path_(d, { fill: "none", stroke: colour, "stroke-width": width, ...a });
/** A thick line (a strap, a handle) with an `edge`-wide outline on either side. */
export const outlined = (d: string, colour: string, width: number, outline: string, edge: number) =>
  stroke(d, outline, width + 2 * edge) + stroke(d, colour, width);

/** Mirror across the vertical centre line. */
export const m = (p: P): P => [W - p[0], p[1]];
export const id = (p: P): P => p;
export const lerp = (a: P, b: P, t: number): P => [a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t];
/** The point `dist` pixels back from `b` towards `a`. */
export const back = (a: P, b: P, dist: number): P => lerp(b, a, dist / Math.hypot(b[0] - a[0], b[1] - a[1]));
export const range = (from: number, to: number, step: number) =>
  Array.from({ length: Math.floor((to - from) / step) + 1 }, (_, i) => from + i * step);
/** Draws something on the right and again mirrored on the left. */
export const both = (draw: (t: (p: P) => P) => string) => draw(id) + draw(m);
/** A closed polygon path. */
export const poly = (points: readonly P[]) => `M${points.join(" L")} Z`;

/** A box from (x0, y0) to (x1, y1) whose top corners round by `top` and bottom ones by `bottom`. */
export const roundedBox = (x0: number, y0: number, x1: number, y1: number, top: number, bottom = top) =>
  `M${x0},${y0 + top} Q${x0},${y0} ${x0 + top},${y0} L${x1 - top},${y0} Q${x1},${y0} ${x1},${y0 + top} ` +
  `L${x1},${y1 - bottom} Q${x1},${y1} ${x1 - bottom},${y1} L${x0 + bottom},${y1} Q${x0},${y1} ${x0},${y1 - bottom} Z`;

export type Seg = { to: P; c?: P };

/** A symmetric outline from the right half: starts and ends on the centre line. */
export function symPath(start: P, segs: readonly Seg[]): string {
  let d = `M${start}`;
  for (const s of segs) d += s.c ? ` Q${s.c} ${s.to}` : ` L${s.to}`;
  for (let i = segs.length - 1; i >= 0; i--) {
    const s = segs[i];
    if (!s) continue;
    const from = i === 0 ? start : (segs[i - 1]?.to ?? start);
    d += s.c ? ` Q${m(s.c)} ${m(from)}` : ` L${m(from)}`;
  }
  return `${d} Z`;
}
