/** What POST /api/studio/uploads answers for a stored image (server/domain/studio/media.ts StoredMedia). */
export type Uploaded = { hash: string; mime: string; width: number; height: number; bytes: number; url: string };

/**
 * Why an upload failed: the server's own message when it gave one (shown as it is), else the
 * HTTP status, or null when the studio could not be reached at all (the page says it in words).
 */
export class UploadFailed extends Error {
  constructor(
    readonly serverMessage: string | null,
    readonly status: number | null,
  ) {
    super(serverMessage ?? `Upload failed (${status ?? "no answer"})`);
  }
}

/**
 * One file sent as the request's body, with progress (fetch cannot report an upload's progress).
 * Resolves with the stored image, or rejects with an UploadFailed.
 */
export function uploadImage(file: File, onProgress: (fraction: number) => void): Promise<Uploaded> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open("POST", "/api/studio/uploads");
    xhr.setRequestHeader("Content-Type", file.type || "application/octet-stream");
    xhr.responseType = "json";
    xhr.upload.onprogress = (e) => {
      if (e.lengthComputable) onProgress(e.loaded / e.total);
    };
    xhr.onload = () => {
      const body = xhr.response as (Uploaded & { error?: { message?: string } }) | null;
      if (xhr.status >= 200 && xhr.status < 300 && body?.hash) return resolve(body);
      reject(new UploadFailed(body?.error?.message ?? null, xhr.status));
    };
    xhr.onerror = () => reject(new UploadFailed(null, null));
    xhr.send(file);
  });
}
