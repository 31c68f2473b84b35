/** The colours a drawing is made of: shades worked out from the product's one colour, and a few fixed ones. */
import type { Attrs } from "./svg";

export const PAPER = "#F3EEE7";
export const BRASS = "#C9A14A";
export const ECRU = "#F1EBDD";

export type Palette = {
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

export function mix(a: string, b: string, t: number): string {
  const [ar, ag, ab] = toRgb(a);
  const [br, bg, bb] = toRgb(b);
  const ch = (x: number, y: number) =>
    Math.round(x + (y - x) * t)
      .toString(16)
      .padStart(2, "0");
  return `#${ch(ar, br)}${ch(ag, bg)}${ch(ab, bb)}`;
}

export function luminance(hex: string): number {
  const [r, g, b] = toRgb(hex);
  return (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255;
}

export function palette(c: string): Palette {
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

/** The palette of the back one of a pair (shoes, socks): a shade darker. */
export const behind = (p: Palette): Palette => palette(mix(p.c, "#000000", 0.1));

/** The inside of a garment or hood, seen through an opening. */
export const insideShade = (p: Palette) => mix(p.c, "#000000", 0.32);

/** A garment panel (pocket, lapel, placket): main colour with a seam outline. */
export const panel = (p: Palette): Attrs => ({ fill: p.c, stroke: p.d, "stroke-width": 3 });
