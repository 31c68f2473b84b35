/** Knitwear, tees, shirts, the polo, the tank and the hoodie: the top silhouette with each garment's details. */
import type { Illustration } from "../../db/seed/data/types";
import {
  armholes,
  backNeck,
  buttons,
  cuffBands,
  hemBand,
  hood,
  neckline,
  patchPocket,
  patchPockets,
  ribLines,
  seams,
  shirtCollar,
  sleeveHemStitch,
  stitchAcross,
  topShape,
} from "./garment";
import { BRASS, ECRU, palette, panel, type Palette } from "./palette";
import type { Drawing } from "./render";
import { back, both, circle, path_, poly, range, rect, stroke, W } from "./svg";

export const TOPS = new Set<Illustration>([
  "jumper",
  "rollneck",
  "vneck",
  "zipneck",
  "cardigan",
  "knit-vest",
  "tshirt",
  "stripe-tee",
  "pocket-tee",
  "henley",
  "shirt",
  "polo",
  "tank",
  "hoodie",
  "overshirt",
]);

export function top(p: Palette, kind: Illustration): Drawing {
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
      const arms = vest ? armholes(g, p, 34) : cuffBands(g, p) + seams(g, p);
      return {
        body: g.d,
        under: backNeck(g, p),
        inside: hemBand(g, p) + arms + stroke(neckline(g, true), p.s, 34),
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
      const stripeRows = stripes
        ? range(318, 800, 54)
            .map((y) => rect(0, y, W, 22, { fill: p.c }))
            .join("")
        : "";
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
      const pockets = over ? patchPockets(448, 350, 92, 104, p, true) : patchPocket(448, 360, 84, 92, p);
      return {
        body: g.d,
        under: backNeck(g, p, 20),
        inside:
          both((t) =>
            path_(
              poly(
                [back(g.sleeveTop, g.cuffOuter, 48), g.cuffOuter, g.cuffInner, back(g.armpit, g.cuffInner, 48)].map(t),
              ),
              panel(p),
            ),
          ) +
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
      const g = topShape({
        neck: "scoop",
        sleeve: "none",
        neckHalf: 62,
        neckDip: 360,
        shoulder: [500, 206],
        armpit: [578, 436],
        hem: [572, 792],
      });
      return {
        body: g.d,
        under: backNeck(g, p, 10),
        inside: ribLines(120, 680, 150, 820, p, 16) + stroke(neckline(g), p.s, 18) + armholes(g, p, 18),
      };
    }
    case "hoodie": {
      const g = topShape({ neck: "crew", sleeve: "long", neckHalf: 70, neckDip: 300, hem: [584, 796] });
      return {
        body: g.d,
        under: hood(p, "M300,300 Q284,136 400,126 Q516,136 500,300 Z", "M336,292 Q336,184 400,178 Q464,184 464,292 Z"),
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
    default:
      throw new Error(`${kind} is not a top`);
  }
}
