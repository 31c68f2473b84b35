import "server-only";

/** What the plain (non-tRPC) API routes share: the error shape, the same-origin check, a bounded body. */

export const refuse = (status: number, message: string) => Response.json({ error: { message } }, { status });

/**
 * Route handlers sit outside Next's CSRF protection, so a write from a browser on another origin
 * is refused by its caller. Scripts and servers send no Origin and are let through.
 */
export function crossOrigin(req: Request): boolean {
  const origin = req.headers.get("origin");
  if (!origin) return false;
  const host = req.headers.get("x-forwarded-host") ?? req.headers.get("host");
  try {
    return new URL(origin).host !== host;
  } catch {
    return true;
  }
}

/** The body read whole, or null when it is larger than `limit` (declared or as it streams in). */
export async function boundedBody(req: Request, limit: number): Promise<Uint8Array<ArrayBuffer> | null> {
  if (Number(req.headers.get("content-length") ?? 0) > limit) return null;
  const chunks: Uint8Array[] = [];
  let size = 0;
  if (req.body) {
    // A chunked body declares no length: count it as it arrives and stop reading at the limit.
    for await (const chunk of req.body as unknown as AsyncIterable<Uint8Array>) {
      size += chunk.byteLength;
      if (size > limit) return null;
      chunks.push(chunk);
    }
  }
  const body = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    body.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return body;
}
