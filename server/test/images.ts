import sharp from "sharp";

let next = 0;

/**
 * A small real image made on the spot (no binary fixtures in the repository): a flat colour, a
 * different one each call unless `rgb` is given, so each call's bytes (and hash) are new.
 */
export async function testImage(
  opts: { width?: number; height?: number; format?: "png" | "jpeg" | "webp"; rgb?: [number, number, number] } = {},
): Promise<Uint8Array<ArrayBuffer>> {
  const n = next++;
  const background = opts.rgb ?? [(n * 37) % 256, (n * 91 + 40) % 256, (n * 53 + 80) % 256];
  const image = sharp({
    create: {
      width: opts.width ?? 600,
      height: opts.height ?? 750,
      channels: 3,
      background: { r: background[0], g: background[1], b: background[2] },
    },
  });
  const format = opts.format ?? "png";
  const encoded = format === "jpeg" ? image.jpeg() : format === "webp" ? image.webp() : image.png();
  return new Uint8Array(await encoded.toBuffer());
}

/** A PNG whose header claims `width`×`height` while its bytes are tiny: a decompression bomb. */
export async function bombPng(width: number, height: number): Promise<Buffer> {
  const png = Buffer.from(await testImage({ width: 200, height: 200 }));
  // IHDR's data starts at byte 16 (8 signature, 4 length, 4 type): width, height, then its CRC at 29.
  png.writeUInt32BE(width, 16);
  png.writeUInt32BE(height, 20);
  png.writeUInt32BE(crc32(png.subarray(12, 29)), 29);
  return png;
}

function crc32(bytes: Uint8Array): number {
  let crc = 0xffffffff;
  for (const byte of bytes) {
    crc ^= byte;
    for (let k = 0; k < 8; k++) crc = crc & 1 ? (crc >>> 1) ^ 0xedb88320 : crc >>> 1;
  }
  return (crc ^ 0xffffffff) >>> 0;
}
