import { ensureBuild } from "./build.mjs";

try {
  console.log(`[build] ${ensureBuild()}`);
} catch (err) {
  console.error(`[build] ${err.message}`);
  process.exit(1);
}
