/** Small accessories: caps, beanies, scarves, socks, belts, sunglasses and card holders. */
import type { Illustration } from "../../db/seed/data/types";
import { ribLines } from "./garment";
import { behind, BRASS, type Palette } from "./palette";
import type { Drawing } from "./render";
import { both, circle, ellipse, type P, path_, range, rect, roundedBox, stroke } from "./svg";

export function accessory(p: Palette, kind: Illustration): Drawing {
  switch (kind) {
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
          range(204, 600, 24)
            .map((x) => stroke(`M${x},${590 - 6} L${x},${748}`, p.d, 2, { opacity: 0.4 }))
            .join(""),
      };
    }
    case "scarf":
      return {
        over:
          path_(
            "M290,190 Q290,140 400,140 Q510,140 510,190 L540,740 L420,740 L430,230 Q400,210 370,230 L380,820 L260,820 Z",
            { fill: p.c },
          ) +
          [300, 340, 700, 740]
            .map((y) => stroke(`M${y > 600 ? 262 : 290},${y} L${y > 600 ? 380 : 400},${y}`, p.s, 10))
            .join("") +
          [300, 340, 620, 660]
            .map((y) => stroke(`M${y > 600 ? 420 : 430},${y} L${y > 600 ? 536 : 512},${y}`, p.s, 10))
            .join("") +
          range(268, 374, 12)
            .map((x) => stroke(`M${x},822 L${x},864`, p.c, 4))
            .join("") +
          range(426, 534, 12)
            .map((x) => stroke(`M${x},742 L${x},784`, p.c, 4))
            .join(""),
      };
    case "socks": {
      const sock = (x: number, y: number, pal: Palette) =>
        `<g transform="translate(${x},${y})">` +
        path_(
          "M0,0 L130,0 L130,300 Q130,340 170,350 L280,370 Q330,380 320,430 Q310,470 260,464 L60,440 Q0,432 0,370 Z",
          { fill: pal.c },
        ) +
        rect(0, 0, 130, 60, { fill: pal.s, "stroke-width": 3 }) +
        ribLines(12, 120, 2, 58, pal, 14) +
        path_("M250,368 Q330,380 320,430 Q310,470 256,464 Z", { fill: pal.s, "stroke-width": 3 }) +
        path_("M0,372 Q0,432 60,440 L70,380 Q30,384 0,340 Z", { fill: pal.s, "stroke-width": 3 }) +
        "</g>";
      return { over: sock(170, 190, behind(p)) + sock(300, 290, p) };
    }
    case "belt":
      return {
        ground: { y: 770, rx: 240 },
        over:
          circle(400, 500, 230, { fill: p.c }) +
          [190, 150, 110].map((r) => circle(400, 500, r, { fill: "none", stroke: p.s, "stroke-width": 4 })).join("") +
          circle(400, 500, 72, { fill: p.disc }) +
          path_("M560,300 L700,240 L716,284 L580,344 Z", { fill: p.c }) +
          rect(534, 268, 70, 100, {
            fill: "none",
            stroke: BRASS,
            "stroke-width": 12,
            rx: 8,
            transform: "rotate(-24 569 318)",
          }) +
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
          path_(roundedBox(210, 380, 590, 720, 20), { fill: p.c }) +
          path_("M210,440 L590,440 L590,470 Q400,486 210,470 Z", { fill: p.s, "stroke-width": 3 }) +
          path_("M210,540 L590,540 L590,570 Q400,586 210,570 Z", { fill: p.s, "stroke-width": 3 }) +
          rect(228, 398, 344, 304, {
            fill: "none",
            stroke: p.d,
            "stroke-width": 2.5,
            "stroke-dasharray": "8 6",
            rx: 10,
          }),
      };
    default:
      throw new Error(`${kind} is not an accessory`);
  }
}
