import { spawn, type ChildProcess } from "node:child_process";
import { randomUUID } from "node:crypto";
import { expect, test, type Browser, type Page } from "@playwright/test";
import pg from "pg";
import { DEMO_ACCOUNTS } from "../../db/seed/fixtures";
import { signIn } from "../support/sign-in";

// Two `next start` processes over one PostgreSQL, as behind a load balancer: what happens
// through one shows live on screens served by the other. Runs when TEST_DATABASE_URL is set (CI).
const serverUrl = process.env.TEST_DATABASE_URL;
test.skip(!serverUrl, "needs PostgreSQL: set TEST_DATABASE_URL");
test.skip(({ isMobile }) => isMobile, "one run covers both instances");
test.describe.configure({ mode: "serial", timeout: 180_000 });

const ports = [3231, 3232] as const;
const dbName = `mostrador_e2e_${randomUUID().replaceAll("-", "").slice(0, 12)}`;
let databaseUrl = "";
const servers: ChildProcess[] = [];

async function admin<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

function run(command: string, args: string[], env: Record<string, string>): ChildProcess {
  return spawn(command, args, { env: { ...process.env, ...env }, stdio: ["ignore", "pipe", "pipe"], detached: true });
}

async function healthy(port: number) {
  await expect
    .poll(async () => (await fetch(`http://127.0.0.1:${port}/api/health`).catch(() => null))?.status ?? 0, {
      timeout: 120_000,
      intervals: [500],
    })
    .toBe(200);
}

test.beforeAll(async () => {
  await admin((c) => c.query(`create database ${dbName}`));
  const url = new URL(serverUrl!);
  url.pathname = `/${dbName}`;
  databaseUrl = url.toString();
  const seeding = run("npm", ["run", "db:seed"], { DATABASE_URL: databaseUrl });
  const code = await new Promise<number | null>((resolve) => seeding.on("exit", resolve));
  expect(code, "npm run db:seed").toBe(0);
  for (const port of ports)
    servers.push(run(process.execPath, ["scripts/start.mjs"], { DATABASE_URL: databaseUrl, PORT: String(port) }));
  await Promise.all(ports.map(healthy));
});

test.afterAll(async () => {
  for (const server of servers) {
    try {
      process.kill(-server.pid!, "SIGTERM");
    } catch {
      // already gone
    }
  }
  await new Promise((r) => setTimeout(r, 1_000));
  await admin((c) => c.query(`drop database if exists ${dbName} with (force)`));
});

async function signedIn(browser: Browser, port: number): Promise<Page> {
  const context = await browser.newContext({
    baseURL: `http://127.0.0.1:${port}`,
    viewport: { width: 1280, height: 900 },
  });
  const page = await context.newPage();
  await signIn(page, DEMO_ACCOUNTS.customer, "/account");
  return page;
}

async function variantId(page: Page, slug: string) {
  const res = await page.request.get(
    `/api/trpc/catalog.product?input=${encodeURIComponent(JSON.stringify({ json: { slug } }))}`,
  );
  return ((await res.json()).result.data.json as { variants: { id: string }[] }).variants[0]!.id;
}

test("an order placed through one instance appears live on the other, and a cart changed through the other updates the first", async ({
  browser,
}) => {
  const [onA, onB] = [await signedIn(browser, ports[0]), await signedIn(browser, ports[1])];
  const post = (page: Page, path: string, input: unknown) =>
    page.request.post(`/api/trpc/${path}`, { data: { json: input } });

  // B watches the account; the order goes in through A.
  await expect(onB.getByText("No orders yet")).toBeVisible();
  expect(
    (await post(onA, "cart.addItem", { variantId: await variantId(onA, "leather-belt"), quantity: 1 })).status(),
  ).toBe(200);
  const locations = (await (await onA.request.get("/api/trpc/locations.list")).json()).result.data.json as {
    id: string;
    name: string;
  }[];
  const placed = await post(onA, "checkout.placeOrder", {
    idempotencyKey: randomUUID(),
    fulfilment: { type: "pickup", locationId: locations.find((l) => l.name === "Mostrador Madrid")!.id },
    payment: { method: "pay_at_pickup" },
  });
  expect(placed.status()).toBe(200);
  const { orderNumber } = (await placed.json()).result.data.json as { orderNumber: string };
  await expect(onB.getByRole("link", { name: new RegExp(orderNumber) }).first()).toBeVisible();

  // A watches the cart; B changes it.
  await onA.goto("/cart");
  await expect(onA.getByRole("heading", { name: "Your cart is empty" })).toBeVisible();
  expect(
    (await post(onB, "cart.addItem", { variantId: await variantId(onB, "canvas-tote-bag"), quantity: 1 })).status(),
  ).toBe(200);
  await expect(onA.getByRole("link", { name: "Canvas Tote Bag" }).first()).toBeVisible();
  await expect(onA.getByRole("link", { name: "Cart, 1 item" })).toBeVisible();
});
