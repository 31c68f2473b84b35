// Run before `playwright test`: makes sure a Chromium is there for it, installing Debian's when it
// can, or says what to install. The order matches scripts/browser.mjs: Debian's /usr/bin/chromium;
// else, as root with apt-get, Debian's package is installed (it brings the system libraries a bare
// Playwright download lacks); else Playwright's own download; else a message and exit code 1.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import { DEBIAN_CHROMIUM, playwrightChromium } from "./browser.mjs";

const say = (message) => console.log(`[browser] ${message}`);

function hasAptGet() {
  return spawnSync("sh", ["-c", "command -v apt-get"], { stdio: "ignore" }).status === 0;
}

function apt(...args) {
  say(`apt-get ${args.join(" ")}`);
  const run = spawnSync("apt-get", args, {
    stdio: "inherit",
    env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" },
  });
  return run.status === 0;
}

function installDebianChromium() {
  // A fresh machine often has no package lists yet: refresh them only when the install needs it.
  if (!apt("install", "-y", "-qq", "chromium")) {
    if (!apt("update", "-qq") || !apt("install", "-y", "-qq", "chromium")) return false;
  }
  return fs.existsSync(DEBIAN_CHROMIUM);
}

function main() {
  if (fs.existsSync(DEBIAN_CHROMIUM)) return (say(`using ${DEBIAN_CHROMIUM}`), 0);

  const isRoot = process.getuid?.() === 0;
  if (isRoot && hasAptGet()) {
    say(`no ${DEBIAN_CHROMIUM}: installing Debian's chromium package`);
    if (installDebianChromium()) return (say(`using ${DEBIAN_CHROMIUM}`), 0);
    say("installing Debian's chromium failed; looking for Playwright's own browser");
  }

  const own = playwrightChromium();
  if (own) return (say(`using Playwright's ${own}`), 0);

  console.error(
    [
      "[browser] The end-to-end tests need Chromium, and none is installed.",
      "  On Debian or Ubuntu:  sudo apt-get install chromium   (installs /usr/bin/chromium)",
      "  Or Playwright's own:  npx playwright install --with-deps chromium   (needs access to Playwright's download host)",
      "Then run the tests again.",
    ].join("\n"),
  );
  return 1;
}

process.exit(main());
