/** Coats and jackets: the top silhouette, longer or wider, with lapels, belts, quilting, zips and hoods. */
import type { Illustration } from "../../db/seed/data/types";
import {
  across,
  backNeck,
  buttons,
  cuffBands,
  hemBand,
  hood,
  patchPockets,
  seams,
  shirtCollar,
  STITCHED,
  topShape,
  zip,
} from "./garment";
import { BRASS, panel, type Palette } from "./palette";
import type { Drawing } from "./render";
import { back, both, path_, poly, range, rect, stroke, W } from "./svg";

export const OUTERWEAR = new Set<Illustration>(["overcoat", "trench", "puffer", "jacket", "bomber", "rain-jacket"]);

export function outerwear(p: Palette, kind: Illustration): Drawing {
  switch (kind) {
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
        path_(
          poly(
            (
              [
                [462, 228],
                [530, 320],
                [512, 334],
                [528, 352],
                [402, 480],
              ] as const
            ).map(t),
          ),
          panel(p),
        ),
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
          (trench
            ? belt +
              both((t) =>
                stroke(`M${t(back(g.sleeveTop, g.cuffOuter, 90))} L${t(back(g.armpit, g.cuffInner, 90))}`, p.s, 14),
              )
            : ""),
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
        .map(
          (y) =>
            rect(0, y + 24, W, 18, { fill: p.l, opacity: 0.28 }) + stroke(`M0,${y} Q400,${y + 16} 800,${y}`, p.s, 6),
        )
        .join("");
      return {
        body: g.d,
        inside: quilts + cuffBands(g, p, 26) + seams(g, p),
        over:
          path_("M330,250 L332,178 Q400,166 468,178 L470,250 Q400,266 330,250 Z", { fill: p.c }) +
          zip(400, 176, 800, p),
      };
    }
    case "jacket":
    case "bomber":
    case "rain-jacket": {
      const bomber = kind === "bomber";
      const rain = kind === "rain-jacket";
      const hemY = bomber ? 770 : rain ? 800 : 772;
      const g = topShape({
        neck: "crew",
        sleeve: "long",
        neckHalf: 62,
        neckDip: 264,
        hem: [584, hemY],
        shoulder: [590, 258],
      });
      const hooded = rain
        ? hood(p, "M306,300 Q290,120 400,112 Q510,120 494,300 Z", "M338,292 Q338,176 400,170 Q462,176 462,292 Z")
        : "";
      let inside = seams(g, p) + cuffBands(g, p, bomber ? 44 : 28);
      let over = "";
      if (bomber) {
        inside += hemBand(g, p, 54);
        over += path_("M334,248 Q400,290 466,248 L470,224 Q400,262 330,224 Z", { fill: p.s }) + zip(400, 262, 770, p);
        over += path_("M636,420 L676,408 L684,448 L644,460 Z", panel(p));
      } else if (rain) {
        inside += stroke(across(g.hem[1] - 24), p.d, 3, STITCHED);
        over += zip(400, 262, 800, p) + both((t) => stroke(`M${t([456, 420])} L${t([520, 380])}`, p.d, 4));
      } else {
        inside += stroke(across(g.hem[1] - 60), p.d, 3, STITCHED);
        over +=
          stroke(`M400,${g.dip} L400,${g.hem[1]}`, p.o, 3) +
          patchPockets(440, 352, 90, 96, p, true) +
          buttons(414, [310, 450, 580, 700], p, 9, BRASS) +
          shirtCollar(g, p, 12);
      }
      return { body: g.d, under: hooded + backNeck(g, p, 20), inside, over };
    }
    default:
      throw new Error(`${kind} is not outerwear`);
  }
}
