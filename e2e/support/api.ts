import { expect, type APIRequestContext } from "@playwright/test";

/** A tRPC mutation through `request` (its cookies are the caller's), which must answer 200. */
export async function call<T>(request: APIRequestContext, procedure: string, input: unknown): Promise<T> {
  const res = await request.post(`/api/trpc/${procedure}`, { data: { json: input } });
  expect(res.status(), `${procedure}: ${await res.text()}`).toBe(200);
  return (await res.json()).result.data.json as T;
}

/** A tRPC query, with or without input, which must answer 200. */
export async function query<T>(request: APIRequestContext, procedure: string, input?: unknown): Promise<T> {
  const search = input === undefined ? "" : `?input=${encodeURIComponent(JSON.stringify({ json: input }))}`;
  const res = await request.get(`/api/trpc/${procedure}${search}`);
  expect(res.status(), procedure).toBe(200);
  return (await res.json()).result.data.json as T;
}
