/**
 * Draws the demo product images: one flat SVG illustration per product colour (or one per
 * product without colours) into public/products, named as db/seed/data/products.ts expects.
 * Run with `npm run images:generate`; the output is committed, so the app needs no image
 * service and the seed needs no network. One file per kind of item draws its templates.
 */
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { COLOURS } from "../../db/seed/data/colours";
import { PRODUCTS, productImages } from "../../db/seed/data/products";
import type { Illustration } from "../../db/seed/data/types";
import { accessory } from "./accessories";
import { bag, BAGS } from "./bags";
import { dress, DRESSES } from "./dresses";
import { home, HOME } from "./home";
import { outerwear, OUTERWEAR } from "./outerwear";
import { type Palette, palette } from "./palette";
import { type Drawing, render } from "./render";
import { shoes, SHOES } from "./shoes";
import { skirt, SKIRTS } from "./skirts";
import { top, TOPS } from "./tops";
import { bottoms, BOTTOMS } from "./trousers";

const OUT_DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), "..", "..", "public", "products");

type Template = (p: Palette, kind: Illustration) => Drawing;

/** Which file draws each kind; anything else is an accessory. */
const FAMILIES: readonly (readonly [ReadonlySet<Illustration>, Template])[] = [
  [TOPS, top],
  [OUTERWEAR, outerwear],
  [BOTTOMS, bottoms],
  [SKIRTS, skirt],
  [DRESSES, dress],
  [SHOES, shoes],
  [BAGS, bag],
  [HOME, home],
];

function illustrate(kind: Illustration, hex: string): string {
  const p = palette(hex);
  const draw = FAMILIES.find(([kinds]) => kinds.has(kind))?.[1] ?? accessory;
  return render(p, draw(p, kind));
}

function main(): void {
  fs.mkdirSync(OUT_DIR, { recursive: true });
  // Start clean so renamed products do not leave stale images behind.
  for (const file of fs.readdirSync(OUT_DIR)) if (file.endsWith(".svg")) fs.unlinkSync(path.join(OUT_DIR, file));
  let written = 0;
  for (const product of PRODUCTS) {
    for (const image of productImages(product)) {
      const hex = image.colour ? COLOURS[image.colour].hex : (product.tint ?? "#C9BFAE");
      fs.writeFileSync(path.join(OUT_DIR, image.file), illustrate(product.illustration, hex));
      written += 1;
    }
  }
  console.log(`Wrote ${written} images to ${path.relative(process.cwd(), OUT_DIR)}`);
}

main();
