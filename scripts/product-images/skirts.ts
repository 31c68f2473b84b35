/** Skirts: an A-line outline under a waistband, pleated, denim or satin. */
import type { Illustration } from "../../db/seed/data/types";
import { across, DASHED, DENIM_THREAD } from "./garment";
import { BRASS, type Palette } from "./palette";
import type { Drawing } from "./render";
import { both, circle, type P, path_, poly, range, rect, stroke, symPath } from "./svg";

export const SKIRTS = new Set<Illustration>(["skirt", "pleated-skirt", "mini-skirt"]);

export function skirt(p: Palette, kind: Illustration): Drawing {
  const mini = kind === "mini-skirt";
  const pleated = kind === "pleated-skirt";
  const hemY = mini ? 640 : 840;
  const hemX = mini ? 588 : pleated ? 646 : 612;
  const d = symPath(
    [400, 240],
    [{ to: [506, 240] }, { c: [530, 420], to: [hemX, hemY] }, { c: [500, hemY + 22], to: [400, hemY + 22] }],
  );
  let inside = rect(100, 240, 600, 44, { fill: p.s }) + stroke(across(284), p.o, 3);
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
      stroke("M432,284 L432,400 Q432,420 402,426", DENIM_THREAD, 3, DASHED) +
      stroke("M400,284 L400,660", p.o, 3) +
      both((t) => stroke(`M${t([470, 284])} Q${t([480, 350])} ${t([540, 360])}`, DENIM_THREAD, 3, DASHED)) +
      stroke(across(hemY - 16), DENIM_THREAD, 3, DASHED);
  } else {
    // Satin: a couple of soft highlights sell the sheen.
    inside +=
      path_(`M444,300 Q470,560 540,${hemY + 30} L500,${hemY + 30} Q440,560 430,300 Z`, { fill: p.l, opacity: 0.55 }) +
      path_(`M340,300 Q330,560 300,${hemY + 30} L284,${hemY + 30} Q316,560 330,300 Z`, { fill: p.l, opacity: 0.35 });
  }
  return { body: d, inside, over: mini ? circle(400, 262, 9, { fill: BRASS, "stroke-width": 2.5 }) : "" };
}
