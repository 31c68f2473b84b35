/** Shoes: side views drawn as a pair (one behind the other), or top-down pairs. */
import type { Illustration } from "../../db/seed/data/types";
import { behind, BRASS, luminance, mix, type Palette } from "./palette";
import type { Drawing } from "./render";
import { circle, lerp, path_, range, rect, stroke } from "./svg";

export const SHOES = new Set<Illustration>([
  "trainer",
  "high-top",
  "chelsea-boot",
  "hiking-boot",
  "loafer",
  "sandal",
  "ballet-flat",
]);

const SOLE = "#F4F1EA";

function shoeSide(p: Palette, kind: Illustration): string {
  const o = { stroke: p.o };
  switch (kind) {
    case "trainer":
    case "high-top": {
      const high = kind === "high-top";
      const sole = path_("M140,640 L690,640 Q722,642 718,672 Q714,704 680,704 L172,704 Q138,702 140,670 Z", {
        fill: SOLE,
        ...o,
      });
      const upper = high
        ? "M150,642 L160,352 Q164,322 196,322 L306,326 Q330,328 336,356 L372,418 L440,432 Q560,500 652,560 Q700,592 700,642 Z"
        : "M150,642 L158,500 Q162,462 200,462 L290,478 Q318,482 336,460 L372,418 L440,432 Q560,500 652,560 Q700,592 700,642 Z";
      const tongue = high
        ? "M330,344 L340,300 Q350,282 372,292 L392,410 Z"
        : "M356,440 L368,394 Q378,374 402,380 Q424,386 426,408 L440,432 Z";
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
          : path_("M282,642 Q300,560 430,520 L470,528 Q350,580 336,642 Z", {
              fill: p.d,
              opacity: 0.55,
              stroke: "none",
            })) +
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
          range(180, 680, 50)
            .map((x) => rect(x, 706, 26, 14, { fill: p.bg, stroke: "none" }))
            .join("")
        : path_("M142,658 L706,658 Q716,664 712,684 L706,696 L262,696 L262,716 L152,716 L148,680 Z", {
            fill: soleColour,
          });
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
          range(250, 320, 12)
            .map((x) => stroke(`M${x},262 L${x + (290 - x) * 0.5},430`, p.d, 2, { opacity: 0.5 }))
            .join("") +
          path_("M168,262 L156,200 Q154,186 168,186 L188,190 L194,254 Z", { fill: p.s, "stroke-width": 3 });
      const welt = stroke(hiking ? "M150,640 L706,640" : "M152,650 L702,650", p.d, 2.5, { "stroke-dasharray": "8 6" });
      return path_(upper, { fill: p.c }) + detail + sole + welt;
    }
    case "loafer": {
      const upper =
        "M150,660 L156,556 Q158,536 182,536 Q280,544 370,532 Q420,510 470,508 Q560,508 630,552 Q700,592 708,648 L706,660 Z";
      return (
        path_(upper, { fill: p.c }) +
        stroke("M182,542 Q280,550 372,538", mix(p.c, "#000000", 0.35), 8) +
        // Saddle strap with its penny slot, then the moccasin seam over the toe.
        path_("M390,530 Q470,506 560,516 L572,556 Q478,546 398,570 Z", { fill: p.s, "stroke-width": 3 }) +
        path_("M456,530 Q500,522 530,524 L532,536 Q500,534 458,542 Z", {
          fill: mix(p.c, "#000000", 0.45),
          stroke: "none",
        }) +
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
    const bow = path_("M-30,-96 Q-4,-120 0,-90 Q4,-120 30,-96 Q4,-80 0,-86 Q-4,-80 -30,-96 Z", {
      fill: p.s,
      "stroke-width": 3,
    });
    return `<g transform="${t}">${path_(FOOT, { fill: p.c })}${path_(INSOLE, { fill: "#E9DCC6", "stroke-width": 3 })}${bow}</g>`;
  };
  return one(true) + one(false);
}

export function shoes(p: Palette, kind: Illustration): Drawing {
  if (kind === "sandal" || kind === "ballet-flat") return { over: shoeTop(p, kind) };
  return {
    ground: { y: 772, rx: 330 },
    over: `<g transform="translate(-44,-50)">${shoeSide(behind(p), kind)}</g><g transform="translate(18,66)">${shoeSide(p, kind)}</g>`,
  };
}
