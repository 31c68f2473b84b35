import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_ACCOUNTS } from "@/db/seed/fixtures";
import { handleUpload } from "@/server/api/uploads";
import { serveMedia } from "@/server/api/media";
import type { SessionUser } from "@/server/api/trpc";
import { MAX_UPLOAD_BYTES } from "@/server/domain/studio/inputs-images";
import { callerFor, sessionUserFor, trpcCodeOf } from "@/server/test/caller";
import { createTestDatabase, type TestDatabase } from "@/server/test/database";
import { testImage } from "@/server/test/images";

let t: TestDatabase;
let marketer: SessionUser;
let studio: ReturnType<typeof callerFor>["api"]["studio"];
let knitwear: string;

beforeAll(async () => {
  t = await createTestDatabase();
  marketer = await sessionUserFor(t.db, DEMO_ACCOUNTS.marketer);
  studio = callerFor(t, marketer).api.studio;
  knitwear = (await studio.categories.list()).find((c) => c.name === "Knitwear")!.id;
});
afterAll(() => t.close());

const HOST = "shop.test";
/** A browser's upload, as the route receives it. */
function uploadRequest(body: BodyInit, headers: Record<string, string> = {}) {
  return new Request(`http://${HOST}/api/studio/uploads`, {
    method: "POST",
    body,
    headers: { host: HOST, origin: `http://${HOST}`, ...headers },
  });
}
const upload = async (who: SessionUser | null, body: BodyInit, headers?: Record<string, string>) => {
  const res = await handleUpload(uploadRequest(body, headers), { db: t.db, user: who });
  return { status: res.status, body: (await res.json()) as Record<string, unknown> & { error?: { message: string } } };
};

describe("POST /api/studio/uploads", () => {
  it("is for marketers and admins: a guest gets 401, a shopper and store staff 403", async () => {
    const png = await testImage();
    expect((await upload(null, png)).status).toBe(401);
    for (const email of [DEMO_ACCOUNTS.customer, DEMO_ACCOUNTS.staffMadrid]) {
      const refused = await upload(await sessionUserFor(t.db, email), png);
      expect(refused, email).toEqual({
        status: 403,
        body: { error: { message: "Only marketers can upload images." } },
      });
    }
    const admin = await upload(await sessionUserFor(t.db, DEMO_ACCOUNTS.admin), png);
    expect(admin.status).toBe(201);
    // The same bytes again: found, not stored twice.
    const again = await upload(marketer, png);
    expect(again).toMatchObject({ status: 200, body: { hash: admin.body.hash, created: false } });
  });

  it("judges the file by its content: a PNG named .jpg is a PNG, text named .jpg is refused", async () => {
    const png = new File([await testImage({ width: 500, height: 600 })], "photo.jpg", { type: "image/jpeg" });
    const form = new FormData();
    form.set("file", png);
    const accepted = await upload(marketer, form);
    expect(accepted).toMatchObject({ status: 201, body: { mime: "image/png", width: 500, height: 600 } });

    const text = new FormData();
    text.set("file", new File(["just some words"], "photo.jpg", { type: "image/jpeg" }));
    expect(await upload(marketer, text)).toEqual({
      status: 400,
      body: { error: { message: "That file is not a JPEG, PNG or WebP image." } },
    });
    expect((await upload(marketer, "hello", { "content-type": "image/jpeg" })).status).toBe(400);
  });

  it("answers 413 above 15 MB, and 403 to a page on another site", async () => {
    const big = new Uint8Array(MAX_UPLOAD_BYTES + 1);
    big.set([0xff, 0xd8, 0xff]);
    const tooLarge = await upload(marketer, big);
    expect(tooLarge.status).toBe(413);
    expect(tooLarge.body.error?.message).toMatch(/larger than 15 MB/);
    const elsewhere = await upload(marketer, await testImage(), { origin: "https://evil.test" });
    expect(elsewhere.status).toBe(403);
  });
});

describe("GET /api/media/<hash>/<name>", () => {
  it("serves a rendition with its type, an ETag and a year's immutable cache, and 404 for unknown addresses", async () => {
    const { body } = await upload(marketer, await testImage({ width: 700, height: 700 }));
    const hash = body.hash as string;
    const get = (name: string, headers: Record<string, string> = {}) =>
      serveMedia(new Request(`http://${HOST}/api/media/${hash}/${name}`, { headers }), t.db, hash, name);
    const res = await get("w640.avif");
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("image/avif");
    expect(res.headers.get("cache-control")).toBe("public, max-age=31536000, immutable");
    const etag = res.headers.get("etag")!;
    expect(etag).toMatch(/^".+"$/);
    expect((await res.arrayBuffer()).byteLength).toBeGreaterThan(0);
    expect((await get("w640.avif", { "if-none-match": etag })).status).toBe(304);
    expect((await get("w700.webp")).headers.get("content-type")).toBe("image/webp");
    expect((await get("w960.webp")).status).toBe(404);
    expect((await serveMedia(new Request(`http://${HOST}/x`), t.db, "f".repeat(64), "w640.avif")).status).toBe(404);
  });
});

describe("studio.images", () => {
  it("is for marketers and admins: a guest gets 401, a shopper and store staff 403", async () => {
    const productId = crypto.randomUUID();
    const calls = (api: ReturnType<typeof callerFor>["api"]) => [
      api.studio.images.list({ productId }),
      api.studio.images.add({ productId, mediaHash: "a".repeat(64), alt: "x" }),
      api.studio.images.update({ id: productId, alt: "x" }),
      api.studio.images.reorder({ productId, ids: [productId] }),
      api.studio.images.remove({ id: productId }),
    ];
    for (const call of calls(callerFor(t).api)) expect(await trpcCodeOf(call)).toBe("UNAUTHORIZED");
    for (const email of [DEMO_ACCOUNTS.customer, DEMO_ACCOUNTS.staffMadrid]) {
      const api = callerFor(t, await sessionUserFor(t.db, email)).api;
      for (const call of calls(api)) expect(await trpcCodeOf(call), email).toBe("FORBIDDEN");
    }
    const admin = callerFor(t, await sessionUserFor(t.db, DEMO_ACCOUNTS.admin)).api;
    expect(await admin.studio.images.list({ productId })).toEqual([]);
  });

  it("adds, relabels, reorders and removes a product's images, recorded in its history", async () => {
    const made = await studio.products.create({
      name: "Gallery Coat",
      categoryId: knitwear,
      variants: [
        { colour: "Navy", size: "M", priceMinor: 9900 },
        { colour: "Camel", size: "M", priceMinor: 9900 },
      ],
    });
    const hashes = [];
    for (let i = 0; i < 3; i++)
      hashes.push((await upload(marketer, await testImage({ width: 400, height: 500 }))).body.hash as string);
    const added = [];
    for (const [i, mediaHash] of hashes.entries())
      added.push(
        await studio.images.add({ productId: made.id, mediaHash, alt: `View ${i + 1}`, altEs: `Vista ${i + 1}` }),
      );
    expect(added[0]).toEqual({
      id: expect.any(String),
      productId: made.id,
      url: `/api/media/${hashes[0]}/w400.webp`,
      mediaHash: hashes[0],
      alt: "View 1",
      altEs: "Vista 1",
      colour: null,
      position: 0,
      width: 400,
      height: 500,
    });
    await studio.images.update({ id: added[2]!.id, colour: "Camel", alt: "Camel, back" });
    const reordered = await studio.images.reorder({
      productId: made.id,
      ids: [added[2]!.id, added[0]!.id, added[1]!.id],
    });
    expect(reordered.map((i) => i.alt)).toEqual(["Camel, back", "View 1", "View 2"]);
    await studio.images.remove({ id: added[1]!.id });
    expect((await studio.images.list({ productId: made.id })).map((i) => [i.alt, i.position, i.colour])).toEqual([
      ["Camel, back", 0, "Camel"],
      ["View 1", 1, null],
    ]);
    const history = await studio.history({ productId: made.id });
    expect(history.filter((h) => h.entity === "image").map((h) => h.field)).toEqual(
      expect.arrayContaining(["added", "alt", "colour", "position", "removed"]),
    );
    expect(history.find((h) => h.field === "removed")?.actor.name).toEqual(expect.any(String));
  });

  it("answers bad input with 400 and a message, never a 500", async () => {
    const productId = crypto.randomUUID();
    const refusals = [
      studio.images.add({ productId, mediaHash: "not-a-hash", alt: "x" }),
      studio.images.add({ productId, mediaHash: "a".repeat(64), alt: "" }),
      studio.images.add({ productId, mediaHash: "a".repeat(64), alt: "x".repeat(301) }),
      studio.images.update({ id: "nope" }),
      studio.images.reorder({ productId, ids: [] }),
      studio.images.reorder({ productId, ids: Array.from({ length: 41 }, () => crypto.randomUUID()) }),
    ];
    for (const [i, call] of refusals.entries()) expect(await trpcCodeOf(call), `call ${i}`).toBe("BAD_REQUEST");
    expect(await trpcCodeOf(studio.images.remove({ id: productId }))).toBe("NOT_FOUND");
    expect(await trpcCodeOf(studio.images.add({ productId, mediaHash: "a".repeat(64), alt: "x" }))).toBe("NOT_FOUND");
  });
});
