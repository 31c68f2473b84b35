/**
 * One tRPC mutation over XMLHttpRequest, for the one place a page needs to show how much of its
 * request has gone: a CSV of up to 10 MB on a shop's connection. fetch() cannot report upload
 * progress; the wire format is tRPC's own (superjson, whose plain JSON is `{ json }`), so the
 * procedure, its input check and its role check are exactly what the tRPC client would reach.
 */
export class CallError extends Error {
  constructor(
    /** The server's own message, when it answered with one: shown as it is. */
    readonly serverMessage: string | null,
    /** null: the request never got an answer (offline, dropped, stopped). */
    readonly status: number | null,
    /** Why, when the server gave no words: the page says it in the reader's language. */
    readonly reason: "server" | "too-large" | "refused" | "unreachable" | "stopped",
  ) {
    super(serverMessage ?? reason);
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
          body?.error?.json?.message
            ? new CallError(body.error.json.message, xhr.status, "server")
            : new CallError(null, xhr.status, xhr.status === 413 ? "too-large" : "refused"),
        );
    };
    xhr.onerror = () => reject(new CallError(null, null, "unreachable"));
    xhr.onabort = () => reject(new CallError(null, null, "stopped"));
    signal?.addEventListener("abort", () => xhr.abort());
    xhr.send(JSON.stringify({ json: input }));
  });
}
