/** One drawing's layers, and the page they are composed onto: backdrop, disc, shadow and outline. */
import type { Palette } from "./palette";
import { circle, ellipse, H, path_, rect, W } from "./svg";

export type Drawing = {
  /** Main silhouette: filled, then `inside` is clipped to it, then it is outlined. */
  body?: string;
  under?: string;
  inside?: string;
  over?: string;
  defs?: string;
  /** Contact shadow for things that stand on a surface. */
  ground?: { y: number; rx: number };
  /** Fill for the silhouette when it is not the main colour (e.g. striped tees). */
  bodyFill?: string;
};

export function render(p: Palette, dr: Drawing): string {
  const ground = dr.ground
    ? ellipse(400, dr.ground.y, dr.ground.rx, dr.ground.rx * 0.09, { fill: "#2b231c", opacity: 0.12 })
    : "";
  const body = dr.body
    ? path_(dr.body, { fill: dr.bodyFill ?? p.c }) +
      `<g clip-path="url(#body)" stroke="none">${dr.inside ?? ""}</g>` +
      path_(dr.body, { fill: "none" })
    : "";
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${W} ${H}" width="${W}" height="${H}">`,
    "<defs>",
    '<filter id="shadow" x="-20%" y="-20%" width="140%" height="140%">',
    '<feDropShadow dx="0" dy="12" stdDeviation="14" flood-color="#3a2e24" flood-opacity="0.16"/>',
    "</filter>",
    dr.body ? `<clipPath id="body"><path d="${dr.body}"/></clipPath>` : "",
    dr.defs ?? "",
    "</defs>",
    rect(0, 0, W, H, { fill: p.bg }),
    circle(400, 500, 340, { fill: p.disc }),
    ground,
    `<g filter="url(#shadow)" stroke="${p.o}" stroke-width="4" stroke-linejoin="round" stroke-linecap="round">`,
    dr.under ?? "",
    body,
    dr.over ?? "",
    "</g>",
    "</svg>",
    "",
  ].join("\n");
}
