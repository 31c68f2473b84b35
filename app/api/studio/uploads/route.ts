import { createTRPCContext } from "@/server/api/context";
import { handleUpload } from "@/server/api/uploads";

export const dynamic = "force-dynamic";

/** One image upload, for the studio's editor (binary bodies are not tRPC's): server/api/uploads.ts. */
export async function POST(req: Request) {
  return handleUpload(req, await createTRPCContext({ headers: req.headers }));
}
