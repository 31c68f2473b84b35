/**
 * One tRPC mutation over XMLHttpRequest, for the one place a page needs to show how much of its
 * request has gone: a CSV of up to 10 MB on a shop's connection. fetch() cannot report upload
 * progress; the wire format is tRPC's own (superjson, whose plain JSON is `{ json }`), so the
 * procedure, its input check and its role check are exactly what the tRPC client would reach.
 */
export class CallError extends Error {
  constructor(
    message: string,
    /** null: the request never got an answer (offline, dropped). */
    readonly status: number | null,
  ) {
    super(message);
  }
}

export function callWithProgress<T>(
  procedure: string,
  input: unknown,
  onProgress: (sent: number, total: number) => void,
  signal?: AbortSignal,
): Promise<T> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open("POST", `/api/trpc/${procedure}`);
    xhr.setRequestHeader("content-type", "application/json");
    xhr.responseType = "json";
    xhr.upload.onprogress = (e) => onProgress(e.loaded, e.lengthComputable ? e.total : 0);
    xhr.onload = () => {
      const body = xhr.response as {
        result?: { data?: { json?: T } };
        error?: { json?: { message?: string } };
      } | null;
      if (xhr.status >= 200 && xhr.status < 300 && body?.result?.data && "json" in body.result.data)
        resolve(body.result.data.json as T);
      else
        reject(
          new CallError(
            body?.error?.json?.message ??
              (xhr.status === 413
                ? "The file is too large: at most 10 MB, please split it."
                : "The server refused the file."),
            xhr.status,
          ),
        );
    };
    xhr.onerror = () =>
      reject(new CallError("We couldn’t reach the server. Check your connection and try again.", null));
    xhr.onabort = () => reject(new CallError("Stopped.", null));
    signal?.addEventListener("abort", () => xhr.abort());
    xhr.send(JSON.stringify({ json: input }));
  });
}
