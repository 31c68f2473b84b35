import "server-only";
import { getHTTPStatusCodeFromError } from "@trpc/server/http";
import { TRPCError } from "@trpc/server";
import type { Db } from "@/db/client";
import type { Locale } from "@/i18n/locales";
import { MAX_UPLOAD_BYTES } from "@/server/domain/studio/inputs-images";
import { STUDIO_ROLES } from "@/server/domain/studio/inputs";
import { storeUpload } from "@/server/domain/studio/media";
import { DomainError, say, type Said } from "@/server/errors";
import { log, safeErrorMessage } from "@/server/log";
import { boundedBody, crossOrigin, refuse } from "./requests";
import type { SessionUser } from "./trpc";

const tooLarge: Said = { key: "errors.upload.tooLarge", values: { mb: MAX_UPLOAD_BYTES / 1024 / 1024 } };
// A multipart body carries its boundary and headers besides the file.
const MULTIPART_SLACK = 64 * 1024;

/** The file's bytes: the raw body, or the `file` field of a multipart form; or why not, with its status. */
async function fileBytes(req: Request): Promise<Uint8Array | { status: number; said: Said }> {
  const multipart = req.headers.get("content-type")?.startsWith("multipart/form-data") ?? false;
  const body = await boundedBody(req, MAX_UPLOAD_BYTES + (multipart ? MULTIPART_SLACK : 0));
  if (!body) return { status: 413, said: tooLarge };
  if (!multipart) return body;
  let file: FormDataEntryValue | null;
  try {
    file = (await new Response(body as BodyInit, { headers: req.headers }).formData()).get("file");
  } catch {
    return { status: 400, said: { key: "errors.upload.unreadable" } };
  }
  if (!(file instanceof Blob)) return { status: 400, said: { key: "errors.upload.noFile" } };
  if (file.size > MAX_UPLOAD_BYTES) return { status: 413, said: tooLarge };
  return new Uint8Array(await file.arrayBuffer());
}

/**
 * POST /api/studio/uploads: one image, for marketers and admins. Checked by its content, resized
 * once and stored by the SHA-256 of its bytes (server/domain/studio/media.ts); answers its hash and
 * size, 201 when new, 200 when the same file was uploaded before. Refusals are said in the
 * calling page's language (the context's; English without one).
 */
export async function handleUpload(
  req: Request,
  ctx: { db: Db; user: SessionUser | null; locale?: Locale },
): Promise<Response> {
  const locale = ctx.locale ?? "en";
  const refused = (status: number, said: Said) => refuse(status, say(said, locale));
  if (crossOrigin(req)) return refused(403, { key: "errors.access.crossOrigin" });
  if (!ctx.user) return refused(401, { key: "errors.access.signIn" });
  if (!STUDIO_ROLES.includes(ctx.user.role)) return refused(403, { key: "errors.access.uploadMarketers" });
  const bytes = await fileBytes(req);
  if (!(bytes instanceof Uint8Array)) return refused(bytes.status, bytes.said);
  try {
    const stored = await storeUpload(ctx.db, { id: ctx.user.id, name: ctx.user.name || ctx.user.email }, bytes);
    return Response.json(stored, { status: stored.created ? 201 : 200 });
  } catch (err) {
    if (err instanceof DomainError)
      return refuse(getHTTPStatusCodeFromError(new TRPCError({ code: err.trpcCode })), err.messageIn(locale));
    log.error({ err, message: safeErrorMessage(err) }, "upload failed");
    return refused(500, { key: "errors.internal" });
  }
}
