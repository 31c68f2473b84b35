import "server-only";
import { getHTTPStatusCodeFromError } from "@trpc/server/http";
import { TRPCError } from "@trpc/server";
import type { Db } from "@/db/client";
import { MAX_UPLOAD_BYTES } from "@/server/domain/studio/inputs-images";
import { STUDIO_ROLES } from "@/server/domain/studio/inputs";
import { storeUpload } from "@/server/domain/studio/media";
import { DomainError } from "@/server/errors";
import { log, safeErrorMessage } from "@/server/log";
import { boundedBody, crossOrigin, refuse } from "./requests";
import type { SessionUser } from "./trpc";

const tooLarge = () =>
  refuse(413, `That file is larger than ${MAX_UPLOAD_BYTES / 1024 / 1024} MB. Choose a smaller one.`);
// A multipart body carries its boundary and headers besides the file.
const MULTIPART_SLACK = 64 * 1024;

/** The file's bytes: the raw body, or the `file` field of a multipart form. */
async function fileBytes(req: Request): Promise<Uint8Array | Response> {
  const multipart = req.headers.get("content-type")?.startsWith("multipart/form-data") ?? false;
  const body = await boundedBody(req, MAX_UPLOAD_BYTES + (multipart ? MULTIPART_SLACK : 0));
  if (!body) return tooLarge();
  if (!multipart) return body;
  let file: FormDataEntryValue | null;
  try {
    file = (await new Response(body as BodyInit, { headers: req.headers }).formData()).get("file");
  } catch {
    return refuse(400, "That upload could not be read. Choose the file again.");
  }
  if (!(file instanceof Blob)) return refuse(400, "Send the image in a form field named “file”.");
  if (file.size > MAX_UPLOAD_BYTES) return tooLarge();
  return new Uint8Array(await file.arrayBuffer());
}

/**
 * POST /api/studio/uploads: one image, for marketers and admins. Checked by its content, resized
 * once and stored by the SHA-256 of its bytes (server/domain/studio/media.ts); answers its hash and
 * size, 201 when new, 200 when the same file was uploaded before.
 */
export async function handleUpload(req: Request, ctx: { db: Db; user: SessionUser | null }): Promise<Response> {
  if (crossOrigin(req)) return refuse(403, "Cross-origin requests are not allowed.");
  if (!ctx.user) return refuse(401, "Sign in to continue.");
  if (!STUDIO_ROLES.includes(ctx.user.role)) return refuse(403, "Only marketers can upload images.");
  const bytes = await fileBytes(req);
  if (bytes instanceof Response) return bytes;
  try {
    const stored = await storeUpload(ctx.db, { id: ctx.user.id, name: ctx.user.name || ctx.user.email }, bytes);
    return Response.json(stored, { status: stored.created ? 201 : 200 });
  } catch (err) {
    if (err instanceof DomainError)
      return refuse(getHTTPStatusCodeFromError(new TRPCError({ code: err.trpcCode })), err.message);
    log.error({ err, message: safeErrorMessage(err) }, "upload failed");
    return refuse(500, "Something went wrong on our side. Please try again.");
  }
}
