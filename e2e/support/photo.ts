import sharp from "sharp";

/** A small photo made on the spot (no binary fixtures): a flat colour with a darker square. */
export async function photo(format: "png" | "jpeg", background: string) {
  const square = await sharp({
    create: { width: 200, height: 200, channels: 3, background: "#222222" },
  })
    .png()
    .toBuffer();
  const image = sharp({ create: { width: 800, height: 1000, channels: 3, background } }).composite([
    { input: square, top: 100, left: 100 },
  ]);
  return (format === "png" ? image.png() : image.jpeg()).toBuffer();
}
