/** Trousers, jeans, joggers and shorts: one pair-of-legs outline, with waistband, pockets, fly and hems per cut. */
import type { Illustration } from "../../db/seed/data/types";
import { across, DASHED, DENIM_THREAD, ribLines } from "./garment";
import { BRASS, type Palette } from "./palette";
import type { Drawing } from "./render";
import { both, circle, type P, range, rect, stroke, symPath } from "./svg";

export const BOTTOMS = new Set<Illustration>(["trousers", "wide-trousers", "jeans", "joggers", "shorts"]);

export function bottoms(p: Palette, kind: Illustration): Drawing {
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
  const d = symPath(
    [400, waistY],
    [
      { to: [534, waistY] },
      { c: [552, waistY + 90], to: [556, waistY + 210] },
      { to: [outerX, hemY] },
      { to: [innerX, hemY] },
      { to: [400, crotchY] },
    ],
  );
  const thread = denim ? DENIM_THREAD : p.d;
  const band = waistY + 44;

  let inside = rect(100, waistY, 600, 44, { fill: joggers ? p.s : p.c });
  inside += stroke(across(band), p.o, 3) + stroke(`M400,${band} L400,${crotchY}`, p.o, 3);
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
    inside += stroke(across(hemY - 20), thread, 3, DASHED);
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
