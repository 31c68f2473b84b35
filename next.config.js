/** @type {import('next').NextConfig} */
const nextConfig = {
  // PGlite ships WASM and data files that must be loaded from node_modules at run time, not bundled.
  serverExternalPackages: ["@electric-sql/pglite", "pg"],
  poweredByHeader: false,
  // forbidden(): a page refused to a signed-in person answers 403, not 200.
  experimental: { authInterrupts: true },
  // Each build goes to its own folder when NEXT_DIST_DIR is set (tests), so a running instance never sees a rebuild.
  distDir: process.env.NEXT_DIST_DIR || ".next",
};

export default nextConfig;
