/**
 * Shared garment drawing: the parametric silhouette of tops, knitwear and outerwear (a neckline,
 * shoulders, sleeves and a hem), and the details garments share (ribs, cuffs, seams, stitching,
 * buttons, zips, collars, pockets, hoods).
 */
import { BRASS, insideShade, type Palette } from "./palette";
import { type Attrs, back, both, circle, m, path_, type P, range, rect, type Seg, stroke, symPath, W } from "./svg";

/** Contrast topstitching on denim. */
export const DENIM_THREAD = "#D9A441";
/** Topstitching on trousers and skirts. */
export const DASHED: Attrs = { "stroke-dasharray": "9 6" };
/** A stitched hem line on tops and jackets. */
export const STITCHED: Attrs = { "stroke-dasharray": "10 7" };

/** A line straight across the garment at height y (hems, waistbands), past both sides. */
export const across = (y: number) => `M100,${y} L700,${y}`;

type TopOpts = {
  neck: "crew" | "v" | "boat" | "scoop";
  sleeve: "long" | "short" | "none";
  neckDip?: number;
  neckHalf?: number;
  shoulder?: P;
  armpit?: P;
  cuffOuter?: P;
  cuffInner?: P;
  hem?: P;
  /** How far the hem's centre drops below its sides (shirt tails). */
  hemCurve?: number;
};

type TopGeom = {
  d: string;
  neckSide: P;
  dip: number;
  shoulder: P;
  sleeveTop: P;
  cuffOuter: P;
  cuffInner: P;
  armpit: P;
  hem: P;
};

export function topShape(o: TopOpts): TopGeom {
  const neckHalf = o.neckHalf ?? (o.neck === "boat" ? 108 : o.neck === "scoop" ? 74 : 64);
  const neckSide: P = [400 + neckHalf, o.neck === "boat" ? 236 : 226];
  const dip = o.neckDip ?? { crew: 288, v: 380, boat: 258, scoop: 340 }[o.neck];
  const shoulder = o.shoulder ?? (o.sleeve === "none" ? ([528, 234] as P) : ([584, 258] as P));
  const sleeveTop: P = [shoulder[0] + 80, shoulder[1] + 94];
  const long = o.sleeve === "long";
  const cuffOuter = o.cuffOuter ?? (long ? ([718, 706] as P) : ([708, 446] as P));
  const cuffInner = o.cuffInner ?? (long ? ([646, 728] as P) : ([634, 484] as P));
  const armpit = o.armpit ?? (o.sleeve === "none" ? ([582, 424] as P) : ([574, long ? 420 : 408] as P));
  const hem = o.hem ?? ([578, 792] as P);

  const segs: Seg[] = [];
  if (o.neck === "v") segs.push({ to: neckSide });
  else segs.push({ c: [400 + neckHalf * (o.neck === "scoop" ? 0.95 : 0.8), dip], to: neckSide });
  segs.push({ to: shoulder });
  if (o.sleeve === "none") {
    segs.push({ c: [shoulder[0] - 6, armpit[1] - 6], to: armpit });
  } else {
    segs.push(
      { c: [shoulder[0] + 58, shoulder[1] + 6], to: sleeveTop },
      { to: cuffOuter },
      { to: cuffInner },
      { to: armpit },
    );
  }
  segs.push({ to: hem });
  if (o.hemCurve) segs.push({ c: [490, hem[1] + o.hemCurve], to: [400, hem[1] + o.hemCurve] });
  else segs.push({ to: [400, hem[1]] });
  return { d: symPath([400, dip], segs), neckSide, dip, shoulder, sleeveTop, cuffOuter, cuffInner, armpit, hem };
}

/** The neckline from left to right shoulder point, for bands that follow it. */
export function neckline(g: TopGeom, v = false): string {
  const ns = g.neckSide;
  if (v) return `M${m(ns)} L400,${g.dip} L${ns}`;
  const c: P = [400 + (ns[0] - 400) * 0.8, g.dip];
  return `M${m(ns)} Q${m(c)} 400,${g.dip} Q${c} ${ns}`;
}

/** The inside of the back of the garment, seen through the neck opening. */
export function backNeck(g: TopGeom, p: Palette, rise = 30): string {
  const ns = g.neckSide;
  return path_(`M${m(ns)} Q400,${ns[1] - rise} ${ns} L${ns[0]},${g.dip} L${m(ns)[0]},${g.dip} Z`, {
    fill: insideShade(p),
  });
}

export const ribLines = (x0: number, x1: number, y0: number, y1: number, p: Palette, step = 14) =>
  range(x0, x1, step)
    .map((x) => stroke(`M${x},${y0} L${x},${y1}`, p.d, 2, { opacity: 0.4 }))
    .join("");

export function hemBand(g: TopGeom, p: Palette, h = 44, ribbed = true): string {
  const y = g.hem[1] - h;
  return rect(100, y, 600, h + 60, { fill: p.s }) + (ribbed ? ribLines(210, 590, y, g.hem[1] + 60, p) : "");
}

export function cuffBands(
  g: Pick<TopGeom, "sleeveTop" | "cuffOuter" | "cuffInner" | "armpit">,
  p: Palette,
  h = 40,
): string {
  return both((t) => {
    const a = back(g.sleeveTop, g.cuffOuter, h);
    const b = back(g.armpit, g.cuffInner, h);
    return path_(`M${t(a)} L${t(g.cuffOuter)} L${t(g.cuffInner)} L${t(b)} Z`, { fill: p.s });
  });
}

/** Bands round both armholes of a sleeveless top. */
export function armholes(g: TopGeom, p: Palette, width: number): string {
  return both((t) =>
    stroke(`M${t(g.shoulder)} Q${t([g.shoulder[0] - 6, g.armpit[1] - 6])} ${t(g.armpit)}`, p.s, width),
  );
}

export function seams(g: TopGeom, p: Palette): string {
  return both((t) =>
    stroke(`M${t(g.shoulder)} Q${t([g.shoulder[0] + 6, (g.shoulder[1] + g.armpit[1]) / 2])} ${t(g.armpit)}`, p.d, 3, {
      opacity: 0.55,
    }),
  );
}

/** A hem or sleeve-hem stitch line. */
export function stitchAcross(y: number, p: Palette): string {
  return stroke(across(y), p.d, 2.5, { ...STITCHED, opacity: 0.7 });
}

export function sleeveHemStitch(g: TopGeom, p: Palette, h = 22): string {
  return both((t) =>
    stroke(`M${t(back(g.sleeveTop, g.cuffOuter, h))} L${t(back(g.armpit, g.cuffInner, h))}`, p.d, 2.5, {
      ...STITCHED,
      opacity: 0.7,
    }),
  );
}

export const buttons = (x: number, ys: readonly number[], p: Palette, r = 9, fill = p.l) =>
  ys.map((y) => circle(x, y, r, { fill, stroke: p.o, "stroke-width": 2.5 })).join("");

export function zip(x: number, y0: number, y1: number, p: Palette): string {
  return (
    stroke(`M${x},${y0} L${x},${y1}`, p.d, 5) +
    rect(x - 7, y0 + 8, 14, 34, { fill: BRASS, stroke: p.o, "stroke-width": 2.5, rx: 4 })
  );
}

/** A pointed shirt collar over the neckline. */
export function shirtCollar(g: TopGeom, p: Palette, spread = 0): string {
  const ns = g.neckSide;
  const band = path_(
    `M${m(ns)} Q400,${ns[1] - 24} ${ns} L${ns[0] + 4},${ns[1] + 18} Q400,${ns[1] - 4} ${m([ns[0] + 4, ns[1] + 18])} Z`,
    {
      fill: p.s,
    },
  );
  const flap = both((t) =>
    path_(`M${t([404, g.dip - 4])} L${t([ns[0] + 6, ns[1] - 4])} L${t([ns[0] + 26 + spread, ns[1] + 78])} Z`, {
      fill: p.c,
    }),
  );
  return band + flap;
}

export function patchPocket(x: number, y: number, w: number, h: number, p: Palette, flap = false): string {
  const body = path_(`M${x},${y} L${x + w},${y} L${x + w},${y + h - 12} L${x + w / 2},${y + h} L${x},${y + h - 12} Z`, {
    fill: p.c,
    stroke: p.d,
    "stroke-width": 3,
  });
  const top = flap
    ? path_(
        `M${x - 4},${y - 4} L${x + w + 4},${y - 4} L${x + w + 4},${y + 26} L${x + w / 2},${y + 36} L${x - 4},${y + 26} Z`,
        {
          fill: p.c,
          stroke: p.d,
          "stroke-width": 3,
        },
      )
    : "";
  return body + top;
}

/** Two patch pockets, the second mirrored. */
export function patchPockets(x: number, y: number, w: number, h: number, p: Palette, flap = false): string {
  return patchPocket(x, y, w, h, p, flap) + patchPocket(W - x - w, y, w, h, p, flap);
}

/** A hood behind the neck: its outline, then its shaded inside. */
export function hood(p: Palette, outline: string, inside: string): string {
  return path_(outline, { fill: p.c }) + path_(inside, { fill: insideShade(p) });
}
