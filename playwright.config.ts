import { defineConfig, devices } from "@playwright/test";
import { chromiumExecutable } from "./scripts/browser.mjs";

const port = Number(process.env.E2E_PORT ?? 3210);
const baseURL = `http://127.0.0.1:${port}`;

// Debian's Chromium, else Playwright's own, chosen as scripts/ensure-browser.mjs (run before the
// tests by `npm run test:e2e`) chose it; undefined leaves Playwright to say what is missing.
const launchOptions = {
  executablePath: chromiumExecutable() ?? undefined,
  args: [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
  ],
};

export default defineConfig({
  // Specs by surface: e2e/shop, e2e/staff, e2e/cross-channel (helpers in e2e/support). Every spec
  // runs in both projects; a spec that needs one viewport skips itself in the other.
  testDir: "e2e",
  testMatch: "**/*.spec.ts",
  outputDir: "test-results",
  fullyParallel: true,
  workers: 2,
  retries: process.env.CI ? 1 : 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [["list"]],
  // English unless a spec asks for Spanish (test.use({ locale: "es-ES" })): the shop follows Accept-Language.
  // API calls through `request` send no browser language of their own: the header says it for them.
  use: {
    baseURL,
    locale: "en-GB",
    extraHTTPHeaders: { "accept-language": "en-GB,en;q=0.9" },
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    launchOptions,
  },
  projects: [
    { name: "phone", use: { ...devices["Pixel 7"], viewport: { width: 390, height: 844 }, launchOptions } },
    { name: "desktop", use: { ...devices["Desktop Chrome"], viewport: { width: 1440, height: 900 }, launchOptions } },
  ],
  // A fresh embedded database per run, on the production build (`npm run test:e2e` builds first).
  webServer: {
    command: `rm -rf .data-e2e && node scripts/start.mjs`,
    url: `${baseURL}/api/health`,
    timeout: 300_000,
    reuseExistingServer: false,
    stdout: "pipe",
    env: { PORT: String(port), PGLITE_DIR: ".data-e2e", DATABASE_URL: "" },
  },
});
