import { serveMedia } from "@/server/api/media";
import { getDatabase } from "@/server/db";

export const dynamic = "force-dynamic";

/** An uploaded image's rendition, e.g. /api/media/<sha256>/w640.avif: server/api/media.ts. */
export async function GET(req: Request, { params }: { params: Promise<{ hash: string; name: string }> }) {
  const { hash, name } = await params;
  return serveMedia(req, (await getDatabase()).db, hash, name);
}
