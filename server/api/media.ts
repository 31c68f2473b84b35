import "server-only";
import type { Db } from "@/db/client";
import { readRendition } from "@/server/domain/studio/media";

// The address names the bytes (SHA-256 of the original, then the rendition): it never changes meaning.
const CACHE = "public, max-age=31536000, immutable";

/** GET /api/media/<hash>/<name>: a stored rendition, cacheable for a year; 404 for an address that names none. */
export async function serveMedia(req: Request, db: Db, hash: string, name: string): Promise<Response> {
  const etag = `"${hash.slice(0, 32)}-${name}"`;
  const headers = { "Cache-Control": CACHE, ETag: etag, "X-Content-Type-Options": "nosniff" };
  const rendition = await readRendition(db, hash, name);
  if (!rendition) return new Response("Not found", { status: 404, headers: { "Cache-Control": "no-store" } });
  if (
    req.headers
      .get("if-none-match")
      ?.split(/\s*,\s*/)
      .includes(etag)
  )
    return new Response(null, { status: 304, headers });
  return new Response(new Uint8Array(rendition.data), {
    headers: { ...headers, "Content-Type": rendition.mime, "Content-Length": String(rendition.data.byteLength) },
  });
}
