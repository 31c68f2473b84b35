/**
 * Draws the demo product images: one flat SVG illustration per product colour (or one per
 * product without colours) into public/products, named as db/seed/data/products.ts expects.
 * Run with `npx tsx scripts/product-images/index.ts`; the output is committed, so the
 * app needs no image service and the seed needs no network.
 */
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { COLOURS } from "../../db/seed/data/colours";
import { PRODUCTS, productImages } from "../../db/seed/data/products";
import type { Illustration } from "../../db/seed/data/types";

const OUT_DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), "..", "..", "public", "products");
const W = 800;
const H = 1000;
const PAPER = "#F3EEE7";
const BRASS = "#C9A14A";
const ECRU = "#F1EBDD";

// ---------------------------------------------------------------------------------------
// Colour and SVG helpers

type P = readonly [number, number];
type Attrs = Record<string, string | number | undefined>;

type Palette = {
  /** Main fill. */
  c: string;
  /** Shade for ribs, insides and panels. */
  s: string;
  /** Seams and stitching: darker on light colours, lighter on dark ones. */
  d: string;
  /** Highlight. */
  l: string;
  /** Outline. */
  o: string;
  bg: string;
  disc: string;
};

function toRgb(hex: string): [number, number, number] {
  const n = Number.parseInt(hex.slice(1), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

function mix(a: string, b: string, t: number): string {
  const [ar, ag, ab] = toRgb(a);
  const [br, bg, bb] = toRgb(b);
  const ch = (x: number, y: number) => Math.round(x + (y - x) * t).toString(16).padStart(2, "0");
  return `#${ch(ar, br)}${ch(ag, bg)}${ch(ab, bb)}`;
}

function luminance(hex: string): number {
  const [r, g, b] = toRgb(hex);
  return (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255;
}

function palette(c: string): Palette {
  const lum = luminance(c);
  return {
    c,
    s: mix(c, "#000000", lum < 0.25 ? 0.3 : 0.14),
    d: lum < 0.35 ? mix(c, "#ffffff", 0.3) : mix(c, "#000000", 0.3),
    l: mix(c, "#ffffff", 0.25),
    o: mix(c, "#231f1c", 0.55),
    bg: mix(PAPER, c, 0.07),
    // Pale items need a darker backdrop to stand out; others get a soft tint of themselves.
    disc: lum > 0.72 ? mix(PAPER, "#8a7a68", 0.14) : mix(PAPER, c, 0.16),
  };
}

function attrs(a: Attrs): string {
  return Object.entries(a)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => ` ${k}="${v}"`)
    .join("");
}

const path_ = (d: string, a: Attrs = {}) => `<path d="${d}"${attrs(a)}/>`;
const circle = (cx: number, cy: number, r: number, a: Attrs = {}) => `<circle cx="${cx}" cy="${cy}" r="${r}"${attrs(a)}/>`;
const ellipse = (cx: number, cy: number, rx: number, ry: number, a: Attrs = {}) =>
  `<ellipse cx="${cx}" cy="${cy}" rx="${rx}" ry="${ry}"${attrs(a)}/>`;
const rect = (x: number, y: number, w: number, h: number, a: Attrs = {}) =>
  `<rect x="${x}" y="${y}" width="${w}" height="${h}"${attrs(a)}/>`;
const stroke = (d: string, colour: string, width = 3, a: Attrs = {}) =>
  path_(d, { fill: "none", stroke: colour, "stroke-width": width, ...a });

/** Mirror across the vertical centre line. */
const m = (p: P): P => [W - p[0], p[1]];
const id = (p: P): P => p;
const lerp = (a: P, b: P, t: number): P => [a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t];
/** The point `dist` pixels back from `b` towards `a`. */
const back = (a: P, b: P, dist: number): P => lerp(b, a, dist / Math.hypot(b[0] - a[0], b[1] - a[1]));
const range = (from: number, to: number, step: number) =>
  Array.from({ length: Math.floor((to - from) / step) + 1 }, (_, i) => from + i * step);
/** Draws something on the right and again mirrored on the left. */
const both = (draw: (t: (p: P) => P) => string) => draw(id) + draw(m);
/** A closed polygon path. */
const poly = (points: readonly P[]) => `M${points.join(" L")} Z`;
/** A garment panel (pocket, lapel, placket): main colour with a seam outline. */
const panel = (p: Palette): Attrs => ({ fill: p.c, stroke: p.d, "stroke-width": 3 });

type Seg = { to: P; c?: P };

/** A symmetric outline from the right half: starts and ends on the centre line. */
function symPath(start: P, segs: readonly Seg[]): string {
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

type Drawing = {
  /** Main silhouette: filled, then `inside` is clipped to it, then it is outlined. */
  body?: string;
  under?: string;
  inside?: string;
  over?: string;
  defs?: string;
  /** Contact shadow for things that stand on a surface. */
  ground?: { y: number; rx: number };
  /** Fill for the silhouette when it is not the main colour (e.g. striped tees). */
  bodyFill?: string;
};

function render(p: Palette, dr: Drawing): string {
  const ground = dr.ground
    ? ellipse(400, dr.ground.y, dr.ground.rx, dr.ground.rx * 0.09, { fill: "#2b231c", opacity: 0.12 })
    : "";
  const body = dr.body
    ? path_(dr.body, { fill: dr.bodyFill ?? p.c }) +
      `<g clip-path="url(#body)" stroke="none">${dr.inside ?? ""}</g>` +
      path_(dr.body, { fill: "none" })
    : "";
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${W} ${H}" width="${W}" height="${H}">`,
    "<defs>",
    '<filter id="shadow" x="-20%" y="-20%" width="140%" height="140%">',
    '<feDropShadow dx="0" dy="12" stdDeviation="14" flood-color="#3a2e24" flood-opacity="0.16"/>',
    "</filter>",
    dr.body ? `<clipPath id="body"><path d="${dr.body}"/></clipPath>` : "",
    dr.defs ?? "",
    "</defs>",
    rect(0, 0, W, H, { fill: p.bg }),
    circle(400, 500, 340, { fill: p.disc }),
    ground,
    `<g filter="url(#shadow)" stroke="${p.o}" stroke-width="4" stroke-linejoin="round" stroke-linecap="round">`,
    dr.under ?? "",
    body,
    dr.over ?? "",
    "</g>",
    "</svg>",
    "",
  ].join("\n");
}

// ---------------------------------------------------------------------------------------
// Tops, knitwear and outerwear: one parametric silhouette, plus details per garment

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

function topShape(o: TopOpts): TopGeom {
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
    segs.push({ c: [shoulder[0] + 58, shoulder[1] + 6], to: sleeveTop }, { to: cuffOuter }, { to: cuffInner }, { to: armpit });
  }
  segs.push({ to: hem });
  if (o.hemCurve) segs.push({ c: [490, hem[1] + o.hemCurve], to: [400, hem[1] + o.hemCurve] });
  else segs.push({ to: [400, hem[1]] });
  return { d: symPath([400, dip], segs), neckSide, dip, shoulder, sleeveTop, cuffOuter, cuffInner, armpit, hem };
}

/** The neckline from left to right shoulder point, for bands that follow it. */
function neckline(g: TopGeom, v = false): string {
  const ns = g.neckSide;
  if (v) return `M${m(ns)} L400,${g.dip} L${ns}`;
  const c: P = [400 + (ns[0] - 400) * 0.8, g.dip];
  return `M${m(ns)} Q${m(c)} 400,${g.dip} Q${c} ${ns}`;
}

/** The inside of the back of the garment, seen through the neck opening. */
function backNeck(g: TopGeom, p: Palette, rise = 30): string {
  const ns = g.neckSide;
  return path_(`M${m(ns)} Q400,${ns[1] - rise} ${ns} L${ns[0]},${g.dip} L${m(ns)[0]},${g.dip} Z`, {
    fill: mix(p.c, "#000000", 0.32),
  });
}

const ribLines = (x0: number, x1: number, y0: number, y1: number, p: Palette, step = 14) =>
  range(x0, x1, step)
    .map((x) => stroke(`M${x},${y0} L${x},${y1}`, p.d, 2, { opacity: 0.4 }))
    .join("");

function hemBand(g: TopGeom, p: Palette, h = 44, ribbed = true): string {
  const y = g.hem[1] - h;
  return rect(100, y, 600, h + 60, { fill: p.s }) + (ribbed ? ribLines(210, 590, y, g.hem[1] + 60, p) : "");
}

function cuffBands(g: Pick<TopGeom, "sleeveTop" | "cuffOuter" | "cuffInner" | "armpit">, p: Palette, h = 40): string {
  return both((t) => {
    const a = back(g.sleeveTop, g.cuffOuter, h);
    const b = back(g.armpit, g.cuffInner, h);
    return path_(`M${t(a)} L${t(g.cuffOuter)} L${t(g.cuffInner)} L${t(b)} Z`, { fill: p.s });
  });
}

function seams(g: TopGeom, p: Palette): string {
  return both((t) =>
    stroke(`M${t(g.shoulder)} Q${t([g.shoulder[0] + 6, (g.shoulder[1] + g.armpit[1]) / 2])} ${t(g.armpit)}`, p.d, 3, {
      opacity: 0.55,
    }),
  );
}

/** A hem or sleeve-hem stitch line. */
function stitchAcross(y: number, p: Palette): string {
  return stroke(`M100,${y} L700,${y}`, p.d, 2.5, { "stroke-dasharray": "10 7", opacity: 0.7 });
}

function sleeveHemStitch(g: TopGeom, p: Palette, h = 22): string {
  return both((t) =>
    stroke(`M${t(back(g.sleeveTop, g.cuffOuter, h))} L${t(back(g.armpit, g.cuffInner, h))}`, p.d, 2.5, {
      "stroke-dasharray": "10 7",
      opacity: 0.7,
    }),
  );
}

const buttons = (x: number, ys: readonly number[], p: Palette, r = 9, fill = p.l) =>
  ys.map((y) => circle(x, y, r, { fill, stroke: p.o, "stroke-width": 2.5 })).join("");

function zip(x: number, y0: number, y1: number, p: Palette): string {
  return (
    stroke(`M${x},${y0} L${x},${y1}`, p.d, 5) +
    rect(x - 7, y0 + 8, 14, 34, { fill: BRASS, stroke: p.o, "stroke-width": 2.5, rx: 4 })
  );
}

/** A pointed shirt collar over the neckline. */
function shirtCollar(g: TopGeom, p: Palette, spread = 0): string {
  const ns = g.neckSide;
  const band = path_(`M${m(ns)} Q400,${ns[1] - 24} ${ns} L${ns[0] + 4},${ns[1] + 18} Q400,${ns[1] - 4} ${m([ns[0] + 4, ns[1] + 18])} Z`, {
    fill: p.s,
  });
  const flap = both((t) =>
    path_(`M${t([404, g.dip - 4])} L${t([ns[0] + 6, ns[1] - 4])} L${t([ns[0] + 26 + spread, ns[1] + 78])} Z`, { fill: p.c }),
  );
  return band + flap;
}

function patchPocket(x: number, y: number, w: number, h: number, p: Palette, flap = false): string {
  const body = path_(`M${x},${y} L${x + w},${y} L${x + w},${y + h - 12} L${x + w / 2},${y + h} L${x},${y + h - 12} Z`, {
    fill: p.c,
    stroke: p.d,
    "stroke-width": 3,
  });
  const top = flap
    ? path_(`M${x - 4},${y - 4} L${x + w + 4},${y - 4} L${x + w + 4},${y + 26} L${x + w / 2},${y + 36} L${x - 4},${y + 26} Z`, {
        fill: p.c,
        stroke: p.d,
        "stroke-width": 3,
      })
    : "";
  return body + top;
}

function top(p: Palette, kind: Illustration): Drawing {
  switch (kind) {
    case "jumper": {
      const g = topShape({ neck: "crew", sleeve: "long" });
      return {
        body: g.d,
        under: backNeck(g, p),
        inside: hemBand(g, p) + cuffBands(g, p) + stroke(neckline(g), p.s, 30) + seams(g, p),
      };
    }
    case "rollneck": {
      const g = topShape({ neck: "crew", sleeve: "long", neckHalf: 60 });
      const collar = `M336,252 L332,160 Q400,146 468,160 L464,252 Q400,270 336,252 Z`;
      return {
        body: g.d,
        defs: `<clipPath id="collar"><path d="${collar}"/></clipPath>`,
        inside: hemBand(g, p, 52) + cuffBands(g, p, 48) + seams(g, p),
        over:
          path_(collar, { fill: p.c }) +
          `<g clip-path="url(#collar)">${ribLines(338, 464, 140, 280, p, 13)}</g>` +
          stroke("M334,206 Q400,222 466,206", p.o, 3) +
          path_(collar, { fill: "none" }),
      };
    }
    case "vneck":
    case "knit-vest": {
      const vest = kind === "knit-vest";
      const g = topShape({ neck: "v", sleeve: vest ? "none" : "long", neckDip: 390 });
      const armholes = vest
        ? both((t) => stroke(`M${t(g.shoulder)} Q${t([g.shoulder[0] - 6, g.armpit[1] - 6])} ${t(g.armpit)}`, p.s, 34))
        : cuffBands(g, p) + seams(g, p);
      return {
        body: g.d,
        under: backNeck(g, p),
        inside: hemBand(g, p) + armholes + stroke(neckline(g, true), p.s, 34),
      };
    }
    case "zipneck": {
      const g = topShape({ neck: "crew", sleeve: "long", neckHalf: 58, neckDip: 268 });
      return {
        body: g.d,
        inside: hemBand(g, p) + cuffBands(g, p) + seams(g, p),
        over:
          path_("M338,250 L340,188 Q400,176 460,188 L462,250 Q400,266 338,250 Z", { fill: p.s }) +
          stroke("M400,184 L400,430", p.o, 5) +
          rect(393, 248, 14, 40, { fill: BRASS, stroke: p.o, "stroke-width": 2.5, rx: 4 }),
      };
    }
    case "cardigan": {
      const g = topShape({ neck: "v", sleeve: "long", neckDip: 420 });
      const band = `${neckline(g, true).replace(`L400,${g.dip} `, `L386,${g.dip} L386,900 M414,900 L414,${g.dip} `)}`;
      return {
        body: g.d,
        under: backNeck(g, p),
        inside:
          hemBand(g, p) +
          cuffBands(g, p) +
          seams(g, p) +
          stroke(neckline(g, true), p.s, 34) +
          rect(386, g.dip - 10, 28, 500, { fill: p.s }) +
          stroke(band, p.d, 2, { opacity: 0.5 }),
        over: stroke(`M400,${g.dip} L400,${g.hem[1]}`, p.o, 3) + buttons(400, [452, 536, 620, 704], p, 10),
      };
    }
    case "tshirt":
    case "pocket-tee":
    case "stripe-tee": {
      const stripes = kind === "stripe-tee";
      const g = topShape({
        neck: stripes ? "boat" : "crew",
        sleeve: "short",
        hem: kind === "pocket-tee" ? [592, 790] : [578, 790],
      });
      const body = stripes ? ECRU : p.c;
      const band = palette(body);
      const stripeRows = stripes ? range(318, 800, 54).map((y) => rect(0, y, W, 22, { fill: p.c })).join("") : "";
      return {
        body: g.d,
        bodyFill: body,
        under: backNeck(g, band),
        inside:
          stripeRows +
          stroke(neckline(g), band.s, stripes ? 18 : 26) +
          stitchAcross(g.hem[1] - 22, band) +
          sleeveHemStitch(g, band) +
          seams(g, band),
        over: kind === "pocket-tee" ? patchPocket(452, 350, 82, 92, p) : "",
      };
    }
    case "henley": {
      const g = topShape({ neck: "crew", sleeve: "long", neckHalf: 60, neckDip: 276 });
      return {
        body: g.d,
        under: backNeck(g, p),
        inside: stroke(neckline(g), p.s, 24) + cuffBands(g, p, 30) + stitchAcross(g.hem[1] - 22, p) + seams(g, p),
        over:
          path_(`M388,${g.dip - 6} L412,${g.dip - 6} L412,420 L388,420 Z`, panel(p)) +
          buttons(400, [312, 352, 392], p, 7),
      };
    }
    case "shirt":
    case "overshirt": {
      const over = kind === "overshirt";
      const g = topShape({
        neck: "crew",
        sleeve: "long",
        neckHalf: 56,
        neckDip: 262,
        hem: over ? [590, 800] : [578, 784],
        hemCurve: over ? 0 : 30,
      });
      const pockets = over
        ? both((t) => (t === id ? patchPocket(448, 350, 92, 104, p, true) : patchPocket(260, 350, 92, 104, p, true)))
        : patchPocket(448, 360, 84, 92, p);
      return {
        body: g.d,
        under: backNeck(g, p, 20),
        inside:
          both((t) => path_(poly([back(g.sleeveTop, g.cuffOuter, 48), g.cuffOuter, g.cuffInner, back(g.armpit, g.cuffInner, 48)].map(t)), panel(p))) +
          seams(g, p) +
          rect(386, g.dip, 28, 700, panel(p)),
        over:
          pockets +
          shirtCollar(g, p) +
          buttons(400, over ? [330, 430, 530, 630, 730] : [322, 408, 494, 580, 666, 752], p, 7),
      };
    }
    case "polo": {
      const g = topShape({ neck: "crew", sleeve: "short", neckHalf: 58, neckDip: 262 });
      return {
        body: g.d,
        under: backNeck(g, p, 20),
        inside: cuffBands(g, p, 24) + seams(g, p) + stitchAcross(g.hem[1] - 22, p),
        over:
          path_("M386,258 L414,258 L414,384 L386,384 Z", panel(p)) +
          buttons(400, [298, 344], p, 7) +
          shirtCollar(g, { ...p, c: p.s }),
      };
    }
    case "tank": {
      const g = topShape({ neck: "scoop", sleeve: "none", neckHalf: 62, neckDip: 360, shoulder: [500, 206], armpit: [578, 436], hem: [572, 792] });
      return {
        body: g.d,
        under: backNeck(g, p, 10),
        inside:
          ribLines(120, 680, 150, 820, p, 16) +
          stroke(neckline(g), p.s, 18) +
          both((t) => stroke(`M${t(g.shoulder)} Q${t([g.shoulder[0] - 6, g.armpit[1] - 6])} ${t(g.armpit)}`, p.s, 18)),
      };
    }
    case "hoodie": {
      const g = topShape({ neck: "crew", sleeve: "long", neckHalf: 70, neckDip: 300, hem: [584, 796] });
      return {
        body: g.d,
        under:
          path_("M300,300 Q284,136 400,126 Q516,136 500,300 Z", { fill: p.c }) +
          path_("M336,292 Q336,184 400,178 Q464,184 464,292 Z", { fill: mix(p.c, "#000000", 0.32) }),
        inside:
          hemBand(g, p, 50) +
          cuffBands(g, p, 44) +
          seams(g, p) +
          path_("M290,560 L510,560 L548,720 L252,720 Z", panel(p)),
        over:
          stroke("M376,296 Q372,350 372,404", p.l, 6) +
          stroke("M424,296 Q428,350 428,404", p.l, 6) +
          circle(372, 410, 7, { fill: p.l, "stroke-width": 2 }) +
          circle(428, 410, 7, { fill: p.l, "stroke-width": 2 }),
      };
    }
    case "overcoat":
    case "trench": {
      const trench = kind === "trench";
      const g = topShape({
        neck: "v",
        sleeve: "long",
        neckHalf: 62,
        neckDip: 480,
        shoulder: [588, 256],
        cuffOuter: [730, 768],
        cuffInner: [654, 790],
        hem: [610, 910],
      });
      const lapel = both((t) =>
        path_(poly(([[462, 228], [530, 320], [512, 334], [528, 352], [402, 480]] as const).map(t)), panel(p)),
      );
      const coatButtons = trench
        ? buttons(446, [520, 600, 680], p, 10, p.s) + buttons(354, [520, 600, 680], p, 10, p.s)
        : buttons(424, [540, 650, 760], p, 11, p.s);
      const belt = trench
        ? rect(100, 570, 600, 40, panel(p)) +
          rect(240, 566, 56, 48, { fill: "none", stroke: p.o, "stroke-width": 6, rx: 6 })
        : "";
      const pockets = both((t) =>
        path_(`M${t([470, 720])} L${t([566, 712])} L${t([570, 746])} L${t([474, 754])} Z`, panel(p)),
      );
      return {
        body: g.d,
        under: backNeck(g, p, 22),
        inside:
          cuffBands(g, p, 30) +
          seams(g, p) +
          stroke(`M400,480 L400,930`, p.o, 3) +
          (trench ? belt + both((t) => stroke(`M${t(back(g.sleeveTop, g.cuffOuter, 90))} L${t(back(g.armpit, g.cuffInner, 90))}`, p.s, 14)) : ""),
        over: lapel + coatButtons + (trench ? "" : pockets),
      };
    }
    case "puffer": {
      const g = topShape({
        neck: "crew",
        sleeve: "long",
        neckHalf: 66,
        neckDip: 262,
        shoulder: [592, 260],
        hem: [596, 800],
        cuffOuter: [726, 712],
        cuffInner: [650, 734],
      });
      const quilts = range(330, 800, 78)
        .map((y) => rect(0, y + 24, W, 18, { fill: p.l, opacity: 0.28 }) + stroke(`M0,${y} Q400,${y + 16} 800,${y}`, p.s, 6))
        .join("");
      return {
        body: g.d,
        inside: quilts + cuffBands(g, p, 26) + seams(g, p),
        over: path_("M330,250 L332,178 Q400,166 468,178 L470,250 Q400,266 330,250 Z", { fill: p.c }) + zip(400, 176, 800, p),
      };
    }
    case "jacket":
    case "bomber":
    case "rain-jacket": {
      const bomber = kind === "bomber";
      const rain = kind === "rain-jacket";
      const hemY = bomber ? 770 : rain ? 800 : 772;
      const g = topShape({ neck: "crew", sleeve: "long", neckHalf: 62, neckDip: 264, hem: [584, hemY], shoulder: [590, 258] });
      const hood = rain
        ? path_("M306,300 Q290,120 400,112 Q510,120 494,300 Z", { fill: p.c }) +
          path_("M338,292 Q338,176 400,170 Q462,176 462,292 Z", { fill: mix(p.c, "#000000", 0.32) })
        : "";
      let inside = seams(g, p) + cuffBands(g, p, bomber ? 44 : 28);
      let over = "";
      if (bomber) {
        inside += hemBand(g, p, 54);
        over += path_("M334,248 Q400,290 466,248 L470,224 Q400,262 330,224 Z", { fill: p.s }) + zip(400, 262, 770, p);
        over += path_("M636,420 L676,408 L684,448 L644,460 Z", panel(p));
      } else if (rain) {
        inside += stroke(`M100,${g.hem[1] - 24} L700,${g.hem[1] - 24}`, p.d, 3, { "stroke-dasharray": "10 7" });
        over += zip(400, 262, 800, p) + both((t) => stroke(`M${t([456, 420])} L${t([520, 380])}`, p.d, 4));
      } else {
        inside += stroke(`M100,${g.hem[1] - 60} L700,${g.hem[1] - 60}`, p.d, 3, { "stroke-dasharray": "10 7" });
        over +=
          stroke(`M400,${g.dip} L400,${g.hem[1]}`, p.o, 3) +
          both((t) => (t === id ? patchPocket(440, 352, 90, 96, p, true) : patchPocket(270, 352, 90, 96, p, true))) +
          buttons(414, [310, 450, 580, 700], p, 9, BRASS) +
          shirtCollar(g, p, 12);
      }
      return { body: g.d, under: hood + backNeck(g, p, 20), inside, over };
    }
    default:
      throw new Error(`${kind} is not a top`);
  }
}

// ---------------------------------------------------------------------------------------
// Trousers, skirts and dresses

const DENIM_THREAD = "#D9A441";
const DASHED: Attrs = { "stroke-dasharray": "9 6" };

function bottoms(p: Palette, kind: Illustration): Drawing {
  const shorts = kind === "shorts";
  const joggers = kind === "joggers";
  const denim = kind === "jeans" || shorts;
  const waistY = shorts ? 260 : 170;
  const hemY = shorts ? 700 : 890;
  const crotchY = shorts ? 560 : 440;
  // Right leg's hem: [outer x, inner x].
  const legs: Partial<Record<Illustration, [number, number]>> = {
    shorts: [604, 414],
    "wide-trousers": [618, 414],
    joggers: [556, 436],
  };
  const [outerX, innerX] = legs[kind] ?? [570, 430];
  const d = symPath([400, waistY], [
    { to: [534, waistY] },
    { c: [552, waistY + 90], to: [556, waistY + 210] },
    { to: [outerX, hemY] },
    { to: [innerX, hemY] },
    { to: [400, crotchY] },
  ]);
  const thread = denim ? DENIM_THREAD : p.d;
  const band = waistY + 44;

  let inside = rect(100, waistY, 600, 44, { fill: joggers ? p.s : p.c });
  inside += stroke(`M100,${band} L700,${band}`, p.o, 3) + stroke(`M400,${band} L400,${crotchY}`, p.o, 3);
  const pocket = (t: (p: P) => P) => `M${t([466, band])} Q${t([474, band + 70])} ${t([556, band + 80])}`;
  inside += both((t) => stroke(pocket(t), thread, 3, denim ? DASHED : {}));
  if (joggers) {
    inside += ribLines(260, 540, waistY, band, p, 12);
    inside += rect(100, hemY - 60, 600, 80, { fill: p.s }) + ribLines(240, 560, hemY - 60, hemY + 10, p, 12);
  } else {
    // J-shaped fly stitch.
    inside += stroke(`M432,${band} L432,${band + 130} Q432,${band + 156} 402,${band + 164}`, thread, 3, DASHED);
  }
  if (denim) {
    inside += stroke(`M100,${hemY - 20} L700,${hemY - 20}`, thread, 3, DASHED);
    const coinPocket = `M486,${band + 14} L520,${band + 12} L522,${band + 48} L488,${band + 50} Z`;
    inside += stroke(coinPocket, thread, 3, { "stroke-dasharray": "7 5" });
  } else if (!joggers) {
    // Pressed creases down the front of each leg.
    const crease = (t: (p: P) => P) => `M${t([490, band + 110])} L${t([(outerX + innerX) / 2, hemY])}`;
    inside += both((t) => stroke(crease(t), p.d, 2.5, { opacity: 0.45 }));
  }

  let over = "";
  if (joggers) {
    over += stroke(`M392,${waistY + 24} Q384,${waistY + 90} 372,${waistY + 140}`, p.l, 5);
    over += stroke(`M408,${waistY + 24} Q416,${waistY + 90} 428,${waistY + 140}`, p.l, 5);
  } else {
    const loop = { fill: p.c, stroke: p.o, "stroke-width": 3, rx: 3 };
    over += both((t) => rect(t([330, 0])[0] - 7, waistY - 4, 14, 52, loop));
    over += circle(400, waistY + 22, 9, { fill: denim ? BRASS : p.s, "stroke-width": 2.5 });
  }
  if (shorts) {
    // Frayed raw hem.
    over += both((t) =>
      range(innerX + 8, outerX - 8, 14)
        .map((x) => stroke(`M${t([x, hemY])} L${t([x + 2, hemY + 12])}`, p.l, 3))
        .join(""),
    );
  }
  return { body: d, inside, over };
}

function skirt(p: Palette, kind: Illustration): Drawing {
  const mini = kind === "mini-skirt";
  const pleated = kind === "pleated-skirt";
  const hemY = mini ? 640 : 840;
  const hemX = mini ? 588 : pleated ? 646 : 612;
  const d = symPath([400, 240], [
    { to: [506, 240] },
    { c: [530, 420], to: [hemX, hemY] },
    { c: [500, hemY + 22], to: [400, hemY + 22] },
  ]);
  let inside = rect(100, 240, 600, 44, { fill: p.s }) + stroke("M100,284 L700,284", p.o, 3);
  if (pleated) {
    inside += range(-6, 6, 1)
      .map((i) => {
        const top: P = [400 + i * 17, 284];
        const bottom: P = [400 + i * 44, hemY + 30];
        const next: P = [400 + (i + 1) * 44, hemY + 30];
        // Every other pleat in shadow.
        const shadow = i % 2 === 0 ? path_(poly([top, bottom, next]), { fill: p.s, opacity: 0.55 }) : "";
        return shadow + stroke(`M${top} L${bottom}`, p.d, 2, { opacity: 0.5 });
      })
      .join("");
  } else if (mini) {
    inside +=
      stroke("M432,284 L432,400 Q432,420 402,426", DENIM_THREAD, 3, { "stroke-dasharray": "9 6" }) +
      stroke("M400,284 L400,660", p.o, 3) +
      both((t) => stroke(`M${t([470, 284])} Q${t([480, 350])} ${t([540, 360])}`, DENIM_THREAD, 3, { "stroke-dasharray": "9 6" })) +
      stroke(`M100,${hemY - 16} L700,${hemY - 16}`, DENIM_THREAD, 3, { "stroke-dasharray": "9 6" });
  } else {
    // Satin: a couple of soft highlights sell the sheen.
    inside +=
      path_(`M444,300 Q470,560 540,${hemY + 30} L500,${hemY + 30} Q440,560 430,300 Z`, { fill: p.l, opacity: 0.55 }) +
      path_(`M340,300 Q330,560 300,${hemY + 30} L284,${hemY + 30} Q316,560 330,300 Z`, { fill: p.l, opacity: 0.35 });
  }
  return { body: d, inside, over: mini ? circle(400, 262, 9, { fill: BRASS, "stroke-width": 2.5 }) : "" };
}

function dress(p: Palette, kind: Illustration): Drawing {
  const straps = kind === "slip-dress" || kind === "tiered-dress";
  const knit = kind === "knit-dress";
  const wrap = kind === "wrap-dress";
  const hemY = kind === "tiered-dress" ? 900 : 880;
  const waist: P = [492, knit ? 490 : 470];
  const hem: P = knit ? [548, hemY] : kind === "tiered-dress" ? [660, hemY] : [636, hemY];
  const segs: Seg[] = [];
  let start: P;
  if (straps) {
    start = [400, 330];
    segs.push({ to: [474, 282] }, { to: [508, 290] }, { c: [500, 360], to: [500, 400] });
  } else {
    start = [400, wrap ? 400 : 262];
    segs.push(wrap ? { to: [450, 204] } : { c: [446, 262], to: [450, 204] }, { to: [514, 214] });
    if (knit) segs.push({ c: [556, 220], to: [570, 282] }, { to: [640, 640] }, { to: [584, 660] }, { to: [522, 350] });
    else segs.push({ c: [556, 220], to: [572, 262] }, { to: [604, 340] }, { to: [544, 366] }, { to: [522, 342] });
  }
  segs.push({ c: [waist[0] + 4, waist[1] - 80], to: waist });
  if (knit) segs.push({ c: [530, 600], to: hem });
  else segs.push({ c: [540, 560], to: hem });
  segs.push({ c: [520, hemY + 20], to: [400, hemY + 20] });
  const d = symPath(start, segs);

  let inside = "";
  let over = "";
  let under = "";
  if (straps) {
    over += both((t) => stroke(`M${t([482, 284])} L${t([468, 150])}`, p.s, 5));
    inside += stroke(`M${m([474, 282])} L400,330 L474,282`, p.s, 14);
  } else {
    const ns: P = [450, 204];
    under += path_(`M${m(ns)} Q400,176 ${ns} L450,300 L350,300 Z`, { fill: mix(p.c, "#000000", 0.32) });
    inside += stroke(wrap ? `M${m(ns)} L400,400 L${ns}` : `M${m(ns)} Q354,262 400,262 Q446,262 ${ns}`, p.s, 20);
    inside += both((t) => stroke(`M${t([514, 214])} Q${t([522, 280])} ${t([522, 342])}`, p.d, 3, { opacity: 0.5 }));
  }
  if (knit) {
    inside += ribLines(150, 650, 200, 920, p, 18);
    inside += cuffBands({ sleeveTop: [570, 282], cuffOuter: [640, 640], armpit: [522, 350], cuffInner: [584, 660] }, p, 40);
  } else if (kind === "tiered-dress") {
    inside += [560, 720]
      .map((y) => {
        const gathers = range(150, 650, 26).map((x) => stroke(`M${x},${y + 10} L${x + 3},${y + 44}`, p.d, 2, { opacity: 0.4 }));
        return stroke(`M0,${y} Q400,${y + 18} 800,${y}`, p.s, 5) + gathers.join("");
      })
      .join("");
    inside += stroke(`M0,${waist[1]} L800,${waist[1]}`, p.s, 5);
  } else if (wrap) {
    inside += stroke(`M450,204 Q440,380 310,${waist[1]}`, p.d, 3) + stroke(`M310,${waist[1]} Q300,700 260,${hemY + 20}`, p.d, 3);
    // The tie: a loop and a hanging end at the side of the waist.
    const w = waist[1];
    over += path_(`M300,${w - 4} Q250,${w - 40} 236,${w + 6} Q262,${w + 26} 300,${w + 8} Z`, { fill: p.c });
    over += path_(`M302,${w + 6} Q270,${w + 90} 252,${w + 170} L272,${w + 174} Q290,${w + 96} 312,${w + 12} Z`, { fill: p.c });
  } else {
    inside += stroke(`M0,${waist[1]} L800,${waist[1]}`, p.d, 3, { "stroke-dasharray": "10 7" });
    const fold = (i: number) => `M${400 + i * 40},${waist[1] + 20} Q${400 + i * 56},${waist[1] + 200} ${400 + i * 86},${hemY + 10}`;
    inside += range(-2, 2, 1)
      .map((i) => stroke(fold(i), p.s, 3, { opacity: 0.7 }))
      .join("");
  }
  if (kind === "slip-dress") inside += path_(`M440,300 Q470,600 580,${hemY + 30} L500,${hemY + 30} Q430,600 420,300 Z`, { fill: p.l, opacity: 0.3 });
  return { body: d, under, inside, over };
}

// ---------------------------------------------------------------------------------------
// Shoes: side views drawn as a pair (one behind the other), or top-down pairs

const SOLE = "#F4F1EA";

function shoeSide(p: Palette, kind: Illustration): string {
  const o = { stroke: p.o };
  switch (kind) {
    case "trainer":
    case "high-top": {
      const high = kind === "high-top";
      const sole = path_("M140,640 L690,640 Q722,642 718,672 Q714,704 680,704 L172,704 Q138,702 140,670 Z", { fill: SOLE, ...o });
      const upper = high
        ? "M150,642 L160,352 Q164,322 196,322 L306,326 Q330,328 336,356 L372,418 L440,432 Q560,500 652,560 Q700,592 700,642 Z"
        : "M150,642 L158,500 Q162,462 200,462 L290,478 Q318,482 336,460 L372,418 L440,432 Q560,500 652,560 Q700,592 700,642 Z";
      const tongue = high ? "M330,344 L340,300 Q350,282 372,292 L392,410 Z" : "M356,440 L368,394 Q378,374 402,380 Q424,386 426,408 L440,432 Z";
      // Laces need contrast on both white and black shoes.
      const lace = luminance(p.c) > 0.6 ? mix(p.c, "#000000", 0.35) : p.l;
      const laces = range(0, 4, 1)
        .map((i) => {
          const a = high ? lerp([350, 360], [470, 470], i / 4) : lerp([388, 430], [520, 492], i / 4);
          const eyelet = circle(a[0] - 18, a[1] - 14, 4, { fill: p.o, stroke: "none" });
          return stroke(`M${a[0] - 18},${a[1] - 14} L${a[0] + 20},${a[1] + 12}`, lace, 6) + eyelet;
        })
        .join("");
      return (
        path_(tongue, { fill: p.s }) +
        path_(upper, { fill: p.c }) +
        path_(`M150,642 L156,520 Q${high ? "220,516 250,560 Q270,600 270" : "200,520 236,560 Q262,600 262"},642 Z`, {
          fill: p.s,
          "stroke-width": 3,
        }) +
        path_("M598,642 Q596,580 640,556 Q700,592 700,642 Z", { fill: high ? SOLE : p.s, "stroke-width": 3 }) +
        (high
          ? circle(232, 430, 28, { fill: SOLE, "stroke-width": 3 })
          : path_("M282,642 Q300,560 430,520 L470,528 Q350,580 336,642 Z", { fill: p.d, opacity: 0.55, stroke: "none" })) +
        laces +
        sole +
        stroke("M150,672 L712,672", mix(SOLE, "#000000", 0.2), 3)
      );
    }
    case "chelsea-boot":
    case "hiking-boot": {
      const hiking = kind === "hiking-boot";
      const soleColour = mix(p.c, "#1c1714", 0.75);
      const upper = hiking
        ? "M150,650 L162,320 Q166,296 196,296 L356,300 Q376,302 378,326 L390,440 Q420,500 560,540 Q700,576 704,650 Z"
        : "M150,660 L164,272 Q168,250 190,250 L370,250 Q386,252 386,272 L392,440 Q404,520 560,556 Q700,588 702,660 Z";
      const sole = hiking
        ? path_("M138,646 L708,646 Q726,660 716,692 L704,718 L152,718 Q132,700 138,646 Z", { fill: soleColour }) +
          range(180, 680, 50).map((x) => rect(x, 706, 26, 14, { fill: p.bg, stroke: "none" })).join("")
        : path_("M142,658 L706,658 Q716,664 712,684 L706,696 L262,696 L262,716 L152,716 L148,680 Z", { fill: soleColour });
      const detail = hiking
        ? stroke("M166,330 Q270,322 370,330", p.s, 16) +
          path_("M560,650 Q560,560 620,552 Q700,576 704,650 Z", { fill: soleColour, "stroke-width": 3 }) +
          range(0, 5, 1)
            .map((i) => {
              const a = lerp([372, 330], [436, 500], i / 5);
              const hook = circle(a[0] + 12, a[1] - 8, 6, { fill: BRASS, "stroke-width": 2 });
              return stroke(`M${a[0] - 30},${a[1] + 6} L${a[0] + 12},${a[1] - 8}`, "#B5452E", 5) + hook;
            })
            .join("")
        : path_("M240,256 L330,256 L298,446 Q290,458 282,446 Z", { fill: p.s, "stroke-width": 3 }) +
          range(250, 320, 12).map((x) => stroke(`M${x},262 L${x + (290 - x) * 0.5},430`, p.d, 2, { opacity: 0.5 })).join("") +
          path_("M168,262 L156,200 Q154,186 168,186 L188,190 L194,254 Z", { fill: p.s, "stroke-width": 3 });
      const welt = stroke(hiking ? "M150,640 L706,640" : "M152,650 L702,650", p.d, 2.5, { "stroke-dasharray": "8 6" });
      return path_(upper, { fill: p.c }) + detail + sole + welt;
    }
    case "loafer": {
      const upper = "M150,660 L156,556 Q158,536 182,536 Q280,544 370,532 Q420,510 470,508 Q560,508 630,552 Q700,592 708,648 L706,660 Z";
      return (
        path_(upper, { fill: p.c }) +
        stroke("M182,542 Q280,550 372,538", mix(p.c, "#000000", 0.35), 8) +
        // Saddle strap with its penny slot, then the moccasin seam over the toe.
        path_("M390,530 Q470,506 560,516 L572,556 Q478,546 398,570 Z", { fill: p.s, "stroke-width": 3 }) +
        path_("M456,530 Q500,522 530,524 L532,536 Q500,534 458,542 Z", { fill: mix(p.c, "#000000", 0.45), stroke: "none" }) +
        stroke("M556,528 Q646,550 672,614", p.d, 2.5, { "stroke-dasharray": "8 6" }) +
        path_("M146,660 L708,660 L706,676 L146,676 Z", { fill: "#A67C52" }) +
        path_("M150,676 L246,676 L246,706 L154,706 Z", { fill: "#6E4B30" })
      );
    }
    default:
      throw new Error(`${kind} is not a side-view shoe`);
  }
}

/** Top-down footbed outline for a right foot, centred on x=0. */
const FOOT =
  "M-20,-240 Q60,-250 80,-150 Q96,-40 70,60 Q56,140 60,200 Q56,250 0,252 " +
  "Q-60,250 -64,200 Q-66,120 -76,40 Q-94,-90 -80,-170 Q-66,-236 -20,-240 Z";
/** The visible insole of a ballet flat. */
const INSOLE = "M-2,-60 Q60,-64 62,40 Q60,140 56,200 Q50,236 0,238 Q-50,236 -54,200 Q-58,120 -66,40 Q-70,-56 -2,-60 Z";

function shoeTop(p: Palette, kind: Illustration): string {
  const one = (flip: boolean) => {
    const t = `translate(${flip ? 290 : 510},500) scale(${flip ? -1.2 : 1.2},1.2)`;
    if (kind === "sandal") {
      const straps = [
        "M-84,-110 Q0,-60 86,-150 L92,-110 Q0,-20 -86,-70 Z",
        "M-84,-40 Q0,-110 90,-40 L86,0 Q0,-70 -80,0 Z",
        "M-66,150 Q0,120 62,150 L62,184 Q0,156 -66,184 Z",
      ].map((d) => path_(d, { fill: p.c }));
      const buckle = rect(40, 150, 22, 30, { fill: "none", stroke: BRASS, "stroke-width": 5, rx: 3 });
      return `<g transform="${t}">${path_(FOOT, { fill: "#D9C3A0" })}${straps.join("")}${buckle}</g>`;
    }
    const bow = path_("M-30,-96 Q-4,-120 0,-90 Q4,-120 30,-96 Q4,-80 0,-86 Q-4,-80 -30,-96 Z", { fill: p.s, "stroke-width": 3 });
    return `<g transform="${t}">${path_(FOOT, { fill: p.c })}${path_(INSOLE, { fill: "#E9DCC6", "stroke-width": 3 })}${bow}</g>`;
  };
  return one(true) + one(false);
}

function shoes(p: Palette, kind: Illustration): Drawing {
  if (kind === "sandal" || kind === "ballet-flat") return { over: shoeTop(p, kind) };
  const behind = palette(mix(p.c, "#000000", 0.1));
  return {
    ground: { y: 772, rx: 330 },
    over: `<g transform="translate(-44,-50)">${shoeSide(behind, kind)}</g><g transform="translate(18,66)">${shoeSide(p, kind)}</g>`,
  };
}

// ---------------------------------------------------------------------------------------
// Bags and accessories

function accessory(p: Palette, kind: Illustration): Drawing {
  switch (kind) {
    case "tote":
      return {
        ground: { y: 868, rx: 260 },
        over:
          stroke("M330,420 Q330,170 430,170 Q520,170 520,420", p.o, 34) +
          stroke("M330,420 Q330,170 430,170 Q520,170 520,420", mix(p.c, "#000000", 0.2), 28) +
          path_("M200,400 L600,400 L628,846 Q628,862 612,862 L188,862 Q172,862 172,846 Z", { fill: p.c }) +
          stroke("M280,420 Q280,190 390,190 Q490,190 490,420", p.o, 34) +
          stroke("M280,420 Q280,190 390,190 Q490,190 490,420", p.c, 28) +
          stroke("M202,436 L598,436", p.d, 3, { "stroke-dasharray": "10 7" }) +
          both((t) => rect(t([280, 0])[0] - 18, 400, 36, 80, { fill: p.c, "stroke-width": 3 })),
      };
    case "crossbody":
      return {
        ground: { y: 790, rx: 230 },
        over:
          stroke("M232,560 Q220,150 400,140 Q580,150 568,560", p.s, 14) +
          path_("M220,500 Q220,470 250,470 L550,470 Q580,470 580,500 L580,740 Q580,776 544,776 L256,776 Q220,776 220,740 Z", { fill: p.c }) +
          path_("M220,500 Q220,470 250,470 L550,470 Q580,470 580,500 L580,600 Q400,680 220,600 Z", { fill: p.s }) +
          stroke("M236,500 L236,594 Q400,664 564,594 L564,500", p.d, 2.5, { "stroke-dasharray": "8 6" }) +
          rect(386, 618, 28, 36, { fill: BRASS, rx: 6, "stroke-width": 3 }) +
          both((t) => rect(t([574, 0])[0] - 10, 520, 20, 40, { fill: BRASS, rx: 4, "stroke-width": 3 })),
      };
    case "backpack":
      return {
        ground: { y: 880, rx: 240 },
        over:
          // Shoulder straps peeking out at the sides.
          both((t) => path_(`M${t([548, 320])} Q${t([600, 500])} ${t([586, 820])} L${t([560, 820])} Q${t([570, 520])} ${t([530, 320])} Z`, {
            fill: p.s,
          })) +
          stroke("M360,250 Q360,200 400,200 Q440,200 440,250", p.s, 16) +
          path_("M230,360 Q230,240 400,240 Q570,240 570,360 L570,830 Q570,866 534,866 L266,866 Q230,866 230,830 Z", { fill: p.c }) +
          stroke("M250,380 Q256,270 400,266 Q544,270 550,380", p.d, 4) +
          path_("M270,580 Q270,560 290,560 L510,560 Q530,560 530,580 L530,810 Q530,830 510,830 L290,830 Q270,830 270,810 Z", panel(p)) +
          stroke("M290,600 L510,600", p.d, 4) +
          rect(490, 594, 12, 30, { fill: p.s, rx: 3, "stroke-width": 2 }) +
          rect(536, 374, 12, 30, { fill: p.s, rx: 3, "stroke-width": 2 }),
      };
    case "cap":
      return {
        ground: { y: 720, rx: 260 },
        over:
          path_("M430,610 Q560,580 690,640 Q700,660 676,668 Q560,640 430,660 Z", { fill: p.s }) +
          path_("M170,640 Q160,400 400,380 Q590,384 600,620 Q520,600 430,612 Q300,640 170,640 Z", { fill: p.c }) +
          stroke("M400,382 Q360,480 380,616", p.d, 3, { opacity: 0.6 }) +
          stroke("M400,382 Q480,460 500,604", p.d, 3, { opacity: 0.6 }) +
          stroke("M400,382 Q260,440 250,632", p.d, 3, { opacity: 0.6 }) +
          stroke("M172,628 Q300,626 430,600 Q520,588 598,608", p.d, 2.5, { "stroke-dasharray": "8 6" }) +
          ellipse(400, 382, 18, 8, { fill: p.s, "stroke-width": 3 }),
      };
    case "beanie": {
      const body = "M210,640 Q200,300 400,270 Q600,300 590,640 Z";
      return {
        ground: { y: 790, rx: 250 },
        defs: `<clipPath id="dome"><path d="${body}"/></clipPath>`,
        over:
          path_(body, { fill: p.c }) +
          `<g clip-path="url(#dome)">${ribLines(220, 590, 260, 640, p, 22)}</g>` +
          path_(body, { fill: "none" }) +
          path_("M190,590 Q400,560 610,590 L616,740 Q400,770 184,740 Z", { fill: p.s }) +
          range(204, 600, 24).map((x) => stroke(`M${x},${590 - 6} L${x},${748}`, p.d, 2, { opacity: 0.4 })).join(""),
      };
    }
    case "scarf":
      return {
        over:
          path_("M290,190 Q290,140 400,140 Q510,140 510,190 L540,740 L420,740 L430,230 Q400,210 370,230 L380,820 L260,820 Z", { fill: p.c }) +
          [300, 340, 700, 740].map((y) => stroke(`M${y > 600 ? 262 : 290},${y} L${y > 600 ? 380 : 400},${y}`, p.s, 10)).join("") +
          [300, 340, 620, 660].map((y) => stroke(`M${y > 600 ? 420 : 430},${y} L${y > 600 ? 536 : 512},${y}`, p.s, 10)).join("") +
          range(268, 374, 12).map((x) => stroke(`M${x},822 L${x},864`, p.c, 4)).join("") +
          range(426, 534, 12).map((x) => stroke(`M${x},742 L${x},784`, p.c, 4)).join(""),
      };
    case "socks": {
      const sock = (x: number, y: number, pal: Palette) =>
        `<g transform="translate(${x},${y})">` +
        path_("M0,0 L130,0 L130,300 Q130,340 170,350 L280,370 Q330,380 320,430 Q310,470 260,464 L60,440 Q0,432 0,370 Z", { fill: pal.c }) +
        rect(0, 0, 130, 60, { fill: pal.s, "stroke-width": 3 }) +
        ribLines(12, 120, 2, 58, pal, 14) +
        path_("M250,368 Q330,380 320,430 Q310,470 256,464 Z", { fill: pal.s, "stroke-width": 3 }) +
        path_("M0,372 Q0,432 60,440 L70,380 Q30,384 0,340 Z", { fill: pal.s, "stroke-width": 3 }) +
        "</g>";
      return { over: sock(170, 190, palette(mix(p.c, "#000000", 0.1))) + sock(300, 290, p) };
    }
    case "belt":
      return {
        ground: { y: 770, rx: 240 },
        over:
          circle(400, 500, 230, { fill: p.c }) +
          [190, 150, 110].map((r) => circle(400, 500, r, { fill: "none", stroke: p.s, "stroke-width": 4 })).join("") +
          circle(400, 500, 72, { fill: p.disc }) +
          path_("M560,300 L700,240 L716,284 L580,344 Z", { fill: p.c }) +
          rect(534, 268, 70, 100, { fill: "none", stroke: BRASS, "stroke-width": 12, rx: 8, transform: "rotate(-24 569 318)" }) +
          circle(660, 268, 6, { fill: p.s, stroke: "none" }),
      };
    case "sunglasses": {
      const frame = { fill: "none", stroke: p.c, "stroke-width": 30 };
      const lens = (t: (p: P) => P) =>
        `M${t([410, 470])} Q${t([420, 400])} ${t([530, 400])} Q${t([666, 400])} ${t([662, 500])} ` +
        `Q${t([660, 620])} ${t([540, 620])} Q${t([420, 620])} ${t([410, 470])} Z`;
      return {
        over:
          stroke("M134,470 L70,430", p.c, 22) +
          stroke("M666,470 L730,430", p.c, 22) +
          both((t) => path_(lens(t), { fill: "#2B2A2A", opacity: 0.9, stroke: "none" })) +
          both((t) => path_(lens(t), frame)) +
          both((t) => stroke(`M${t([446, 470])} Q${t([460, 430])} ${t([510, 426])}`, "#ffffff", 8, { opacity: 0.35 })) +
          stroke("M380,462 Q400,440 420,462", p.c, 22),
      };
    }
    case "cardholder":
      return {
        ground: { y: 760, rx: 220 },
        over:
          rect(270, 320, 240, 150, { fill: "#EFE6D2", rx: 12, transform: "rotate(-8 390 395)" }) +
          rect(290, 350, 120, 18, { fill: "#B9C7D6", stroke: "none", transform: "rotate(-8 390 395)" }) +
          path_("M210,400 Q210,380 230,380 L570,380 Q590,380 590,400 L590,700 Q590,720 570,720 L230,720 Q210,720 210,700 Z", { fill: p.c }) +
          path_("M210,440 L590,440 L590,470 Q400,486 210,470 Z", { fill: p.s, "stroke-width": 3 }) +
          path_("M210,540 L590,540 L590,570 Q400,586 210,570 Z", { fill: p.s, "stroke-width": 3 }) +
          rect(228, 398, 344, 304, { fill: "none", stroke: p.d, "stroke-width": 2.5, "stroke-dasharray": "8 6", rx: 10 }),
      };
    default:
      throw new Error(`${kind} is not an accessory`);
  }
}

// ---------------------------------------------------------------------------------------
// Home

/** A square cushion with pinched corners. */
const CUSHION = "M190,290 Q400,320 610,290 Q580,500 610,710 Q400,680 190,710 Q220,500 190,290 Z";

function home(p: Palette, kind: Illustration): Drawing {
  switch (kind) {
    case "mug":
      return {
        ground: { y: 782, rx: 240 },
        over:
          stroke("M540,440 Q670,440 660,560 Q650,670 530,660", p.o, 54) +
          stroke("M540,440 Q670,440 660,560 Q650,670 530,660", p.c, 46) +
          path_("M230,380 L570,380 L560,740 Q560,780 520,780 L280,780 Q240,780 240,740 Z", { fill: p.c }) +
          path_("M242,730 L558,730 L556,750 Q552,780 520,780 L280,780 Q246,780 244,750 Z", { fill: "#CDB89A", "stroke-width": 3 }) +
          ellipse(400, 380, 170, 28, { fill: mix(p.c, "#000000", 0.28) }) +
          path_("M260,420 Q262,600 276,700", { fill: "none", stroke: p.l, "stroke-width": 12, opacity: 0.6 }),
      };
    case "candle":
      return {
        ground: { y: 800, rx: 220 },
        over:
          path_("M396,300 Q380,260 400,222 Q420,260 404,300 Z", { fill: "#F2B544", stroke: "none" }) +
          path_("M398,296 Q392,272 400,252 Q408,272 402,296 Z", { fill: "#FFE6A8", stroke: "none" }) +
          stroke("M400,300 L400,340", "#3b2f25", 4) +
          path_("M260,360 Q260,330 290,330 L510,330 Q540,330 540,360 L540,760 Q540,800 500,800 L300,800 Q260,800 260,760 Z", {
            fill: p.c,
            opacity: 0.92,
          }) +
          ellipse(400, 350, 132, 16, { fill: ECRU, "stroke-width": 3 }) +
          rect(290, 500, 220, 170, { fill: ECRU, rx: 6, "stroke-width": 3 }) +
          stroke("M330,560 L470,560", p.d, 6) +
          stroke("M350,600 L450,600", p.d, 4, { opacity: 0.6 }) +
          path_("M282,370 Q282,600 290,760", { fill: "none", stroke: "#ffffff", "stroke-width": 10, opacity: 0.35 }),
      };
    case "cushion":
      return {
        over:
          path_(CUSHION, { fill: p.c }) +
          path_(CUSHION, { fill: "none", stroke: p.s, "stroke-width": 10, opacity: 0.8 }) +
          stroke("M250,360 Q330,420 340,500", p.s, 4, { opacity: 0.7 }) +
          stroke("M560,640 Q480,600 470,530", p.s, 4, { opacity: 0.7 }) +
          stroke("M530,350 Q480,390 470,430", p.s, 4, { opacity: 0.5 }),
      };
    case "throw":
    case "towel": {
      const layers = kind === "towel" ? [0, 1, 2] : [0, 1];
      const h = kind === "towel" ? 130 : 180;
      return {
        ground: { y: 820, rx: 290 },
        over: layers
          .map((i) => {
            const y = 800 - (i + 1) * h;
            const pal = palette(mix(p.c, "#000000", (layers.length - 1 - i) * 0.05));
            const block = rect(170, y, 460, h, { rx: 28, fill: pal.c, stroke: pal.o });
            const texture =
              kind === "towel"
                ? range(196, 604, 18).map((x) => stroke(`M${x},${y + 14} L${x},${y + h - 10}`, pal.s, 2, { opacity: 0.5 })).join("") +
                  stroke(`M180,${y + h - 26} L620,${y + h - 26}`, pal.s, 8)
                : stroke(`M170,${y + 60} L630,${y + 60}`, pal.d, 10, { opacity: 0.6 }) +
                  stroke(`M170,${y + 82} L630,${y + 82}`, pal.d, 4, { opacity: 0.6 });
            const fold = stroke(`M180,${y + h / 2 + 40} Q400,${y + h / 2 + 56} 620,${y + h / 2 + 40}`, pal.s, 3, { opacity: 0.5 });
            return block + texture + fold;
          })
          .join("") + (kind === "throw" ? range(190, 610, 14).map((x) => stroke(`M${x},800 L${x},836`, p.s, 4)).join("") : ""),
      };
    }
    case "lamp":
      return {
        ground: { y: 870, rx: 200 },
        over:
          stroke("M400,470 L400,560", "#8a7a68", 10) +
          path_("M400,540 Q520,560 520,700 Q520,820 430,860 L370,860 Q280,820 280,700 Q280,560 400,540 Z", { fill: p.c }) +
          path_("M320,600 Q300,700 330,800", { fill: "none", stroke: p.l, "stroke-width": 12, opacity: 0.6 }) +
          rect(360, 856, 80, 14, { fill: mix(p.c, "#000000", 0.3), rx: 4, "stroke-width": 3 }) +
          path_("M280,230 L520,230 L590,480 L210,480 Z", { fill: ECRU, stroke: "#8a7a68" }) +
          stroke("M290,262 L510,262", "#d8cbb3", 3) +
          stroke("M220,450 L580,450", "#d8cbb3", 3),
      };
    case "notebook":
      return {
        over:
          `<g transform="rotate(-5 400 500)">` +
          rect(256, 226, 330, 560, { fill: "#F6F1E6", rx: 14 }) +
          range(246, 770, 12).map((y) => stroke(`M584,${y} L590,${y}`, "#d8cbb3", 2)).join("") +
          path_("M226,206 L566,206 Q584,206 584,224 L584,786 Q584,804 566,804 L226,804 Z", { fill: p.c }) +
          rect(226, 206, 40, 598, { fill: p.s, "stroke-width": 3 }) +
          rect(520, 206, 18, 598, { fill: mix(p.c, "#000000", 0.45), "stroke-width": 2 }) +
          path_("M430,804 L430,880 L446,864 L462,880 L462,804 Z", { fill: "#B5452E", "stroke-width": 3 }) +
          "</g>",
      };
    case "vase":
      return {
        ground: { y: 830, rx: 170 },
        over:
          stroke("M400,470 Q390,320 430,190", "#5E7A4C", 6) +
          path_("M412,360 Q470,320 500,340 Q460,380 412,372 Z", { fill: "#6E8B5A", stroke: "#4C6A3C", "stroke-width": 3 }) +
          circle(432, 186, 24, { fill: "#E8B4A0", stroke: "#B07A66", "stroke-width": 3 }) +
          circle(432, 186, 9, { fill: "#D9A441", stroke: "none" }) +
          path_("M370,430 L430,430 L428,520 Q540,580 530,700 Q520,830 400,830 Q280,830 270,700 Q260,580 372,520 Z", { fill: p.c, opacity: 0.85 }) +
          ellipse(400, 430, 30, 8, { fill: mix(p.c, "#000000", 0.3), "stroke-width": 3 }) +
          path_("M312,620 Q300,700 330,770", { fill: "none", stroke: "#ffffff", "stroke-width": 12, opacity: 0.45 }),
      };
    case "plates": {
      const specks = range(0, 60, 1)
        .map((i) => {
          // Golden-angle spiral: evenly scattered, and the same every run.
          const a = i * 2.39996;
          const r = Math.sqrt(i / 60) * 230;
          const [x, y] = [Math.round(400 + Math.cos(a) * r), Math.round(540 + Math.sin(a) * r * 0.34)];
          return circle(x, y, 2.5, { fill: "#8a7a68", stroke: "none", opacity: 0.6 });
        })
        .join("");
      return {
        ground: { y: 660, rx: 300 },
        over:
          [3, 2, 1]
            .map((i) => ellipse(400, 540 + i * 26, 280, 96, { fill: mix(p.c, "#000000", 0.04 * i) }))
            .join("") +
          ellipse(400, 540, 280, 96, { fill: p.c }) +
          ellipse(400, 546, 190, 60, { fill: mix(p.c, "#000000", 0.06), "stroke-width": 3 }) +
          specks,
      };
    }
    default:
      throw new Error(`${kind} is not a home item`);
  }
}

// ---------------------------------------------------------------------------------------

const TOPS = new Set<Illustration>([
  "jumper", "rollneck", "vneck", "zipneck", "cardigan", "knit-vest", "tshirt", "stripe-tee", "pocket-tee",
  "henley", "shirt", "polo", "tank", "hoodie", "overcoat", "trench", "puffer", "jacket", "bomber",
  "rain-jacket", "overshirt",
]);
const BOTTOMS = new Set<Illustration>(["trousers", "wide-trousers", "jeans", "joggers", "shorts"]);
const SKIRTS = new Set<Illustration>(["skirt", "pleated-skirt", "mini-skirt"]);
const DRESSES = new Set<Illustration>(["dress", "slip-dress", "knit-dress", "wrap-dress", "tiered-dress"]);
const SHOES = new Set<Illustration>(["trainer", "high-top", "chelsea-boot", "hiking-boot", "loafer", "sandal", "ballet-flat"]);
const HOME = new Set<Illustration>(["mug", "candle", "cushion", "throw", "lamp", "notebook", "vase", "plates", "towel"]);

function illustrate(kind: Illustration, hex: string): string {
  const p = palette(hex);
  if (TOPS.has(kind)) return render(p, top(p, kind));
  if (BOTTOMS.has(kind)) return render(p, bottoms(p, kind));
  if (SKIRTS.has(kind)) return render(p, skirt(p, kind));
  if (DRESSES.has(kind)) return render(p, dress(p, kind));
  if (SHOES.has(kind)) return render(p, shoes(p, kind));
  if (HOME.has(kind)) return render(p, home(p, kind));
  return render(p, accessory(p, kind));
}

function main(): void {
  fs.mkdirSync(OUT_DIR, { recursive: true });
  // Start clean so renamed products do not leave stale images behind.
  for (const file of fs.readdirSync(OUT_DIR)) if (file.endsWith(".svg")) fs.unlinkSync(path.join(OUT_DIR, file));
  let written = 0;
  for (const product of PRODUCTS) {
    for (const image of productImages(product)) {
      const hex = image.colour ? COLOURS[image.colour].hex : (product.tint ?? "#C9BFAE");
      fs.writeFileSync(path.join(OUT_DIR, image.file), illustrate(product.illustration, hex));
      written += 1;
    }
  }
  console.log(`Wrote ${written} images to ${path.relative(process.cwd(), OUT_DIR)}`);
}

main();
