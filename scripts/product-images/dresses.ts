/** Dresses: strapped or sleeved bodices over a flared or fitted skirt, with each style's folds, tiers or tie. */
import type { Illustration } from "../../db/seed/data/types";
import { cuffBands, ribLines, STITCHED } from "./garment";
import { insideShade, type Palette } from "./palette";
import type { Drawing } from "./render";
import { both, m, type P, path_, range, type Seg, stroke, symPath } from "./svg";

export const DRESSES = new Set<Illustration>(["dress", "slip-dress", "knit-dress", "wrap-dress", "tiered-dress"]);

export function dress(p: Palette, kind: Illustration): Drawing {
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
    under += path_(`M${m(ns)} Q400,176 ${ns} L450,300 L350,300 Z`, { fill: insideShade(p) });
    inside += stroke(wrap ? `M${m(ns)} L400,400 L${ns}` : `M${m(ns)} Q354,262 400,262 Q446,262 ${ns}`, p.s, 20);
    inside += both((t) => stroke(`M${t([514, 214])} Q${t([522, 280])} ${t([522, 342])}`, p.d, 3, { opacity: 0.5 }));
  }
  if (knit) {
    inside += ribLines(150, 650, 200, 920, p, 18);
    inside += cuffBands(
      { sleeveTop: [570, 282], cuffOuter: [640, 640], armpit: [522, 350], cuffInner: [584, 660] },
      p,
      40,
    );
  } else if (kind === "tiered-dress") {
    inside += [560, 720]
      .map((y) => {
        const gathers = range(150, 650, 26).map((x) =>
          stroke(`M${x},${y + 10} L${x + 3},${y + 44}`, p.d, 2, { opacity: 0.4 }),
        );
        return stroke(`M0,${y} Q400,${y + 18} 800,${y}`, p.s, 5) + gathers.join("");
      })
      .join("");
    inside += stroke(`M0,${waist[1]} L800,${waist[1]}`, p.s, 5);
  } else if (wrap) {
    inside +=
      stroke(`M450,204 Q440,380 310,${waist[1]}`, p.d, 3) +
      stroke(`M310,${waist[1]} Q300,700 260,${hemY + 20}`, p.d, 3);
    // The tie: a loop and a hanging end at the side of the waist.
    const w = waist[1];
    over += path_(`M300,${w - 4} Q250,${w - 40} 236,${w + 6} Q262,${w + 26} 300,${w + 8} Z`, { fill: p.c });
    over += path_(`M302,${w + 6} Q270,${w + 90} 252,${w + 170} L272,${w + 174} Q290,${w + 96} 312,${w + 12} Z`, {
      fill: p.c,
    });
  } else {
    inside += stroke(`M0,${waist[1]} L800,${waist[1]}`, p.d, 3, STITCHED);
    const fold = (i: number) =>
      `M${400 + i * 40},${waist[1] + 20} Q${400 + i * 56},${waist[1] + 200} ${400 + i * 86},${hemY + 10}`;
    inside += range(-2, 2, 1)
      .map((i) => stroke(fold(i), p.s, 3, { opacity: 0.7 }))
      .join("");
  }
  if (kind === "slip-dress")
    inside += path_(`M440,300 Q470,600 580,${hemY + 30} L500,${hemY + 30} Q430,600 420,300 Z`, {
      fill: p.l,
      opacity: 0.3,
    });
  return { body: d, under, inside, over };
}
