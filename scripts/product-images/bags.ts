/** Bags: the tote, the crossbody and the backpack, standing on the ground. */
import type { Illustration } from "../../db/seed/data/types";
import { BRASS, mix, panel, type Palette } from "./palette";
import type { Drawing } from "./render";
import { both, outlined, path_, rect, roundedBox, stroke } from "./svg";

export const BAGS = new Set<Illustration>(["tote", "crossbody", "backpack"]);

export function bag(p: Palette, kind: Illustration): Drawing {
  switch (kind) {
    case "tote":
      return {
        ground: { y: 868, rx: 260 },
        over:
          outlined("M330,420 Q330,170 430,170 Q520,170 520,420", mix(p.c, "#000000", 0.2), 28, p.o, 3) +
          path_("M200,400 L600,400 L628,846 Q628,862 612,862 L188,862 Q172,862 172,846 Z", { fill: p.c }) +
          outlined("M280,420 Q280,190 390,190 Q490,190 490,420", p.c, 28, p.o, 3) +
          stroke("M202,436 L598,436", p.d, 3, { "stroke-dasharray": "10 7" }) +
          both((t) => rect(t([280, 0])[0] - 18, 400, 36, 80, { fill: p.c, "stroke-width": 3 })),
      };
    case "crossbody":
      return {
        ground: { y: 790, rx: 230 },
        over:
          stroke("M232,560 Q220,150 400,140 Q580,150 568,560", p.s, 14) +
          path_(roundedBox(220, 470, 580, 776, 30, 36), { fill: p.c }) +
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
          both((t) =>
            path_(
              `M${t([548, 320])} Q${t([600, 500])} ${t([586, 820])} L${t([560, 820])} Q${t([570, 520])} ${t([530, 320])} Z`,
              {
                fill: p.s,
              },
            ),
          ) +
          stroke("M360,250 Q360,200 400,200 Q440,200 440,250", p.s, 16) +
          path_("M230,360 Q230,240 400,240 Q570,240 570,360 L570,830 Q570,866 534,866 L266,866 Q230,866 230,830 Z", {
            fill: p.c,
          }) +
          stroke("M250,380 Q256,270 400,266 Q544,270 550,380", p.d, 4) +
          path_(roundedBox(270, 560, 530, 830, 20), panel(p)) +
          stroke("M290,600 L510,600", p.d, 4) +
          rect(490, 594, 12, 30, { fill: p.s, rx: 3, "stroke-width": 2 }) +
          rect(536, 374, 12, 30, { fill: p.s, rx: 3, "stroke-width": 2 }),
      };
    default:
      throw new Error(`${kind} is not a bag`);
  }
}
