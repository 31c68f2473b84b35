/**
 * Idle live-update subscribers on one app instance: what each costs in server memory, and how
 * long one order takes to reach all of them. The streams are plain HTTP requests from this
 * process, read the way a browser's EventSource reads them.
 */
import { randomUUID } from "node:crypto";
import http from "node:http";
import { settledRss, startApp, type AppServer } from "./app-server";

export const SUBSCRIBERS = Number(process.env.BENCH_SUBSCRIBERS ?? 2000);
/** Streams opened at once: enough to be quick, few enough not to overflow the listen backlog. */
const OPENING_AT_ONCE = 100;

export type FanOutResult = {
  subscribers: number;
  connectSeconds: number;
  rssBefore: number;
  rssAfter: number;
  received: number;
  placeOrderMs: number;
  firstMs: number;
  lastMs: number;
};

type Stream = { connected: Promise<void>; firstDataAt: number | null; close(): void };

/** One `live.stock` subscription; `connected` resolves on tRPC's first SSE event of that name. */
function openStream(base: string, variantId: string): Stream {
  const input = encodeURIComponent(JSON.stringify({ json: { variantIds: [variantId] } }));
  const req = http.get(new URL(`api/trpc/live.stock?input=${input}`, base), {
    agent: false,
    headers: { accept: "text/event-stream" },
  });
  const stream: Stream = { connected: Promise.resolve(), firstDataAt: null, close: () => req.destroy() };
  stream.connected = new Promise<void>((resolve, reject) => {
    req.on("error", reject);
    req.on("response", (res) => {
      if (res.statusCode !== 200) return reject(new Error(`live.stock answered ${res.statusCode}`));
      // Closing a stream on purpose aborts its response: that is not a failure.
      res.on("error", () => undefined);
      res.setEncoding("utf8");
      let buffer = "";
      res.on("data", (chunk: string) => {
        buffer += chunk;
        const blocks = buffer.split("\n\n");
        buffer = blocks.pop() ?? "";
        for (const block of blocks) {
          const name = /^event: (.*)$/m.exec(block)?.[1];
          if (name === "connected") resolve();
          // An unnamed event with data is a subscription value; pings and the rest are named.
          else if (!name && block.includes("data: ") && stream.firstDataAt === null)
            stream.firstDataAt = performance.now();
        }
      });
    });
  });
  return stream;
}

async function trpc<T>(base: string, path: string, init: { input?: unknown; body?: unknown; cookie?: string } = {}) {
  const url = new URL(`api/trpc/${path}`, base);
  if (init.input !== undefined) url.searchParams.set("input", JSON.stringify({ json: init.input }));
  const res = await fetch(url, {
    method: init.body === undefined ? "GET" : "POST",
    headers: { "content-type": "application/json", ...(init.cookie ? { cookie: init.cookie } : {}) },
    body: init.body === undefined ? undefined : JSON.stringify({ json: init.body }),
  });
  if (!res.ok) throw new Error(`${path} answered ${res.status}: ${await res.text()}`);
  const cookie = res.headers
    .getSetCookie()
    .map((c) => c.split(";")[0])
    .join("; ");
  return { data: ((await res.json()) as { result: { data: { json: T } } }).result.data.json, cookie };
}

type Product = { variants: { id: string; availability: { locationId: string; available: number }[] }[] };

/** A beanie variant with units at Madrid for two pickup orders there (a warm-up and the measured one). */
async function pickVariant(base: string) {
  const { data: locations } = await trpc<{ id: string; slug: string }[]>(base, "locations.list");
  const madrid = locations.find((l) => l.slug === "madrid");
  if (!madrid) throw new Error("No Madrid store in the seed.");
  const { data: product } = await trpc<Product>(base, "catalog.product", { input: { slug: "ribbed-beanie" } });
  const chosen = product.variants.find((v) =>
    v.availability.some((a) => a.locationId === madrid.id && a.available >= 2),
  );
  if (!chosen) throw new Error("Not enough ribbed beanies in stock at Madrid.");
  return { variantId: chosen.id, madridId: madrid.id };
}

/** A new guest's cart holding one unit; returns the guest cookie that owns it. */
async function fillCart(base: string, variantId: string) {
  const { cookie } = await trpc(base, "cart.addItem", { body: { variantId, quantity: 1 } });
  return cookie;
}

async function placeOrder(base: string, cookie: string, madridId: string) {
  await trpc(base, "checkout.placeOrder", {
    cookie,
    body: {
      idempotencyKey: randomUUID(),
      contact: { email: "b@example.com", name: "Bench" },
      fulfilment: { type: "pickup", locationId: madridId },
      payment: { method: "pay_at_pickup" },
    },
  });
}

async function openAll(base: string, variantId: string, count: number, streams: Stream[]) {
  for (let opened = 0; opened < count; opened += OPENING_AT_ONCE) {
    const batch = Array.from({ length: Math.min(OPENING_AT_ONCE, count - opened) }, () => openStream(base, variantId));
    streams.push(...batch);
    await Promise.all(batch.map((s) => s.connected));
  }
}

async function measure(server: AppServer, streams: Stream[]): Promise<FanOutResult> {
  const base = server.url;
  const { variantId, madridId } = await pickVariant(base);
  // Warm-up: one whole order and a few streams, so loading their code is not counted below.
  await placeOrder(base, await fillCart(base, variantId), madridId);
  const warm: Stream[] = [];
  await openAll(base, variantId, 20, warm);
  for (const s of warm) s.close();
  // The measured cart is filled before anyone listens: only the order's own events are counted.
  const cookie = await fillCart(base, variantId);
  const rssBefore = await settledRss(server.serverPid);

  const opening = performance.now();
  await openAll(base, variantId, SUBSCRIBERS, streams);
  const connectSeconds = (performance.now() - opening) / 1000;
  // "connected" is sent just before the subscription attaches to the bus; settling covers that.
  const rssAfter = await settledRss(server.serverPid);

  const placing = performance.now();
  await placeOrder(base, cookie, madridId);
  const placeOrderMs = performance.now() - placing;
  const deadline = performance.now() + 30_000;
  while (streams.some((s) => s.firstDataAt === null) && performance.now() < deadline)
    await new Promise((r) => setTimeout(r, 5));

  const times = streams.flatMap((s) => (s.firstDataAt === null ? [] : [s.firstDataAt - placing]));
  return {
    subscribers: streams.length,
    connectSeconds,
    rssBefore,
    rssAfter,
    received: times.length,
    placeOrderMs,
    firstMs: Math.min(...times),
    lastMs: Math.max(...times),
  };
}

export async function fanOut(): Promise<FanOutResult> {
  const server = await startApp();
  const streams: Stream[] = [];
  try {
    const result = await measure(server, streams);
    if (result.received < result.subscribers) {
      throw new Error(`LOST EVENTS — ${result.received} of ${result.subscribers} subscribers heard the order`);
    }
    return result;
  } finally {
    for (const s of streams) s.close();
    await server.stop();
  }
}
