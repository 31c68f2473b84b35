/** Home goods: mugs, candles, cushions, throws and towels, lamps, notebooks, vases and plates. */
import type { Illustration } from "../../db/seed/data/types";
import { ECRU, mix, palette, type Palette } from "./palette";
import type { Drawing } from "./render";
import { circle, ellipse, outlined, path_, range, rect, roundedBox, stroke } from "./svg";

export const HOME = new Set<Illustration>([
  "mug",
  "candle",
  "cushion",
  "throw",
  "lamp",
  "notebook",
  "vase",
  "plates",
  "towel",
]);

/** A square cushion with pinched corners. */
const CUSHION = "M190,290 Q400,320 610,290 Q580,500 610,710 Q400,680 190,710 Q220,500 190,290 Z";

export function home(p: Palette, kind: Illustration): Drawing {
  switch (kind) {
    case "mug":
      return {
        ground: { y: 782, rx: 240 },
        over:
          outlined("M540,440 Q670,440 660,560 Q650,670 530,660", p.c, 46, p.o, 4) +
          path_("M230,380 L570,380 L560,740 Q560,780 520,780 L280,780 Q240,780 240,740 Z", { fill: p.c }) +
          path_("M242,730 L558,730 L556,750 Q552,780 520,780 L280,780 Q246,780 244,750 Z", {
            fill: "#CDB89A",
            "stroke-width": 3,
          }) +
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
          path_(roundedBox(260, 330, 540, 800, 30, 40), {
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
        over:
          layers
            .map((i) => {
              const y = 800 - (i + 1) * h;
              const pal = palette(mix(p.c, "#000000", (layers.length - 1 - i) * 0.05));
              const block = rect(170, y, 460, h, { rx: 28, fill: pal.c, stroke: pal.o });
              const texture =
                kind === "towel"
                  ? range(196, 604, 18)
                      .map((x) => stroke(`M${x},${y + 14} L${x},${y + h - 10}`, pal.s, 2, { opacity: 0.5 }))
                      .join("") + stroke(`M180,${y + h - 26} L620,${y + h - 26}`, pal.s, 8)
                  : stroke(`M170,${y + 60} L630,${y + 60}`, pal.d, 10, { opacity: 0.6 }) +
                    stroke(`M170,${y + 82} L630,${y + 82}`, pal.d, 4, { opacity: 0.6 });
              const fold = stroke(`M180,${y + h / 2 + 40} Q400,${y + h / 2 + 56} 620,${y + h / 2 + 40}`, pal.s, 3, {
                opacity: 0.5,
              });
              return block + texture + fold;
            })
            .join("") +
          (kind === "throw"
            ? range(190, 610, 14)
                .map((x) => stroke(`M${x},800 L${x},836`, p.s, 4))
                .join("")
            : ""),
      };
    }
    case "lamp":
      return {
        ground: { y: 870, rx: 200 },
        over:
          stroke("M400,470 L400,560", "#8a7a68", 10) +
          path_("M400,540 Q520,560 520,700 Q520,820 430,860 L370,860 Q280,820 280,700 Q280,560 400,540 Z", {
            fill: p.c,
          }) +
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
          range(246, 770, 12)
            .map((y) => stroke(`M584,${y} L590,${y}`, "#d8cbb3", 2))
            .join("") +
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
          path_("M412,360 Q470,320 500,340 Q460,380 412,372 Z", {
            fill: "#6E8B5A",
            stroke: "#4C6A3C",
            "stroke-width": 3,
          }) +
          circle(432, 186, 24, { fill: "#E8B4A0", stroke: "#B07A66", "stroke-width": 3 }) +
          circle(432, 186, 9, { fill: "#D9A441", stroke: "none" }) +
          path_("M370,430 L430,430 L428,520 Q540,580 530,700 Q520,830 400,830 Q280,830 270,700 Q260,580 372,520 Z", {
            fill: p.c,
            opacity: 0.85,
          }) +
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
          [3, 2, 1].map((i) => ellipse(400, 540 + i * 26, 280, 96, { fill: mix(p.c, "#000000", 0.04 * i) })).join("") +
          ellipse(400, 540, 280, 96, { fill: p.c }) +
          ellipse(400, 546, 190, 60, { fill: mix(p.c, "#000000", 0.06), "stroke-width": 3 }) +
          specks,
      };
    }
    default:
      throw new Error(`${kind} is not a home item`);
  }
}
