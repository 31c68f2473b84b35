/** What POST /api/studio/uploads answers for a stored image (server/domain/studio/media.ts StoredMedia). */
export type Uploaded = { hash: string; mime: string; width: number; height: number; bytes: number; url: string };

/**
 * One file sent as the request's body, with progress (fetch cannot report an upload's progress).
 * Resolves with the stored image, or rejects with an error whose message a marketer can read.
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
      reject(new Error(body?.error?.message ?? `The upload failed (${xhr.status}). Try again.`));
    };
    xhr.onerror = () => reject(new Error("The studio could not be reached. Check the connection and try again."));
    xhr.send(file);
  });
}
