import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { media, mediaRendition } from "@/db/schema";
import { createTestDatabase, type TestDatabase } from "@/server/test/database";
import { bombPng, testImage } from "@/server/test/images";
import { failureOf } from "@/server/test/shop";
import { readRendition, renditionsOf, sniffImage, storeUpload } from "./media";

let t: TestDatabase;
const marta = { id: randomUUID(), name: "Marta Marketing" };

beforeAll(async () => {
  t = await createTestDatabase({ seed: false });
});
afterAll(() => t.close());

describe("an upload is checked by its content", () => {
  it("knows a JPEG, a PNG and a WebP by their first bytes, and text by none of them", async () => {
    expect(sniffImage(await testImage({ format: "jpeg" }))).toBe("jpeg");
    expect(sniffImage(await testImage({ format: "png" }))).toBe("png");
    expect(sniffImage(await testImage({ format: "webp" }))).toBe("webp");
    expect(sniffImage(new TextEncoder().encode("GIF89a is not one of ours"))).toBeNull();
    expect(sniffImage(new Uint8Array())).toBeNull();
  });

  it("refuses a text file, an empty file and a damaged image, in words", async () => {
    const text = await failureOf(storeUpload(t.db, marta, new TextEncoder().encode("not a photo at all")));
    expect(text).toMatchObject({ code: "INVALID_INPUT", message: "That file is not a JPEG, PNG or WebP image." });
    expect((await failureOf(storeUpload(t.db, marta, new Uint8Array()))).message).toBe("That file is empty.");
    const png = await testImage();
    const damaged = Buffer.concat([png.subarray(0, 40), Buffer.alloc(200, 7)]);
    expect((await failureOf(storeUpload(t.db, marta, damaged))).message).toMatch(/could not be read/);
    expect(await t.db.select().from(media)).toEqual([]);
  });

  it("refuses images too small, too long and thin, or too many pixels to decode (a bomb)", async () => {
    const tiny = await failureOf(storeUpload(t.db, marta, await testImage({ width: 120, height: 150 })));
    expect(tiny.message).toBe("That image is 120×150 pixels: at least 200 on each side, please.");
    const sliver = await failureOf(storeUpload(t.db, marta, await testImage({ width: 2400, height: 300 })));
    expect(sliver.message).toMatch(/at most 5 times as long/);
    const bomb = await bombPng(30_000, 30_000);
    expect(bomb.byteLength).toBeLessThan(10_000);
    expect((await failureOf(storeUpload(t.db, marta, bomb))).message).toMatch(
      /30000×30000 pixels, too large|could not be read/,
    );
    expect(await t.db.select().from(media)).toEqual([]);
  });
});

describe("renditions", () => {
  it("stores the original and every width up to its own in AVIF and WebP, never larger", async () => {
    const png = await testImage({ width: 1000, height: 1250 });
    const stored = await storeUpload(t.db, marta, png);
    expect(stored).toMatchObject({
      mime: "image/png",
      width: 1000,
      height: 1250,
      bytes: png.byteLength,
      created: true,
    });
    expect(stored.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(stored.url).toBe(`/api/media/${stored.hash}/w960.webp`);
    const names = (await renditionsOf(t.db, stored.hash)).map((r) => `${r.name}:${r.width}`);
    expect(names).toEqual([
      "original.png:1000",
      "w1000.avif:1000",
      "w1000.webp:1000",
      "w320.avif:320",
      "w320.webp:320",
      "w640.avif:640",
      "w640.webp:640",
      "w960.avif:960",
      "w960.webp:960",
    ]);
    for (const name of ["w320.avif", "w960.webp"]) {
      const r = await readRendition(t.db, stored.hash, name);
      const meta = await sharp(r!.data).metadata();
      expect({ mime: r!.mime, width: meta.width, height: meta.height }).toEqual({
        mime: name.endsWith("avif") ? "image/avif" : "image/webp",
        width: Number(name.slice(1, 4)),
        height: Math.round(Number(name.slice(1, 4)) * 1.25),
      });
    }
    const original = await readRendition(t.db, stored.hash, "original.png");
    expect(Buffer.compare(original!.data, png)).toBe(0);
  });

  it("makes the five standard widths of a large photo, and only its own of a small one", async () => {
    const large = await storeUpload(t.db, marta, await testImage({ width: 2400, height: 3000, format: "jpeg" }));
    const widths = (await renditionsOf(t.db, large.hash)).filter((r) => r.name.endsWith(".webp")).map((r) => r.width);
    expect(widths.sort((a, b) => a - b)).toEqual([320, 640, 960, 1280, 1920]);
    const small = await storeUpload(t.db, marta, await testImage({ width: 300, height: 300, format: "webp" }));
    expect((await renditionsOf(t.db, small.hash)).map((r) => r.name)).toEqual([
      "original.webp",
      "w300.avif",
      "w300.webp",
    ]);
  });

  it("stores the same file once, however often it is uploaded", async () => {
    const png = await testImage({ width: 400, height: 500 });
    const first = await storeUpload(t.db, marta, png);
    const again = await storeUpload(t.db, { id: randomUUID(), name: "Someone Else" }, Buffer.from(png));
    expect(again).toEqual({ ...first, created: false });
    expect(await t.db.select({ hash: media.hash }).from(media).where(eq(media.hash, first.hash))).toHaveLength(1);
    const rows = await t.db
      .select({ name: mediaRendition.name })
      .from(mediaRendition)
      .where(eq(mediaRendition.hash, first.hash));
    expect(rows).toHaveLength(5);
  });

  it("answers nothing for an address that names no rendition", async () => {
    const stored = await storeUpload(t.db, marta, await testImage({ width: 400, height: 400 }));
    expect(await readRendition(t.db, stored.hash, "w640.avif")).toBeNull();
    expect(await readRendition(t.db, "0".repeat(64), "w400.avif")).toBeNull();
    expect(await readRendition(t.db, stored.hash, "../../etc/passwd")).toBeNull();
    expect(await readRendition(t.db, "nothex", "w400.avif")).toBeNull();
  });
});
