// Which Chromium the end-to-end tests drive. Playwright's own download host is blocked on the
// machines this project is built on (only the npm registry and Debian's mirrors answer), so
// Debian's package comes first; a browser from `npx playwright install chromium` is the fallback.
// playwright.config.ts and scripts/ensure-browser.mjs both ask here, so they never disagree.
import fs from "node:fs";
import { chromium } from "@playwright/test";

export const DEBIAN_CHROMIUM = "/usr/bin/chromium";

/** Playwright's own Chromium, if it has been downloaded; else null. */
export function playwrightChromium() {
  const own = chromium.executablePath();
  return own && fs.existsSync(own) ? own : null;
}

/** The Chromium to launch: Debian's, else Playwright's own; null when neither is installed. */
export function chromiumExecutable() {
  return fs.existsSync(DEBIAN_CHROMIUM) ? DEBIAN_CHROMIUM : playwrightChromium();
}
