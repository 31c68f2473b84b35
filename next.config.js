import fs from "node:fs";
import path from "node:path";
import createNextIntlPlugin from "next-intl/plugin";

/**
 * Turbopack compiles only files under its root, found from the nearest lockfile. A git worktree
 * whose node_modules links to another checkout needs a root that holds both (elsewhere: this folder).
 */
function turbopackRoot() {
  const here = import.meta.dirname;
  let root = here;
  const linked = path.join(here, "node_modules");
  if (!fs.existsSync(linked)) return root;
  const modules = path.dirname(fs.realpathSync(linked));
  while (path.relative(root, modules).startsWith("..")) root = path.dirname(root);
  return root;
}

/**
 * Security headers on every response: pages, API, assets, files and 404s. Pages replace this CSP
 * with their nonce policy in proxy.ts; anything else runs no script, so it may load nothing at all.
 * The camera is for the store tablets' scanner, on this origin only.
 */
const securityHeaders = [
  { key: "content-security-policy", value: "default-src 'none'; frame-ancestors 'none'" },
  // For browsers without frame-ancestors: the console cannot be framed (clickjacking a handover).
  { key: "x-frame-options", value: "DENY" },
  { key: "x-content-type-options", value: "nosniff" },
  { key: "referrer-policy", value: "strict-origin-when-cross-origin" },
  {
    key: "permissions-policy",
    value: "camera=(self), microphone=(), geolocation=(), payment=(), usb=(), serial=(), bluetooth=()",
  },
];

/** @type {import('next').NextConfig} */
const nextConfig = {
  // PGlite ships WASM and data files that must be loaded from node_modules at run time, not bundled.
  serverExternalPackages: ["@electric-sql/pglite", "pg"],
  poweredByHeader: false,
  // forbidden(): a page refused to a signed-in person answers 403, not 200.
  experimental: { authInterrupts: true },
  // Each build goes to its own folder when NEXT_DIST_DIR is set (tests), so a running instance never sees a rebuild.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  turbopack: { root: turbopackRoot() },
  async headers() {
    return [
      { source: "/:path*", headers: securityHeaders },
      // Only over https (as the TLS proxy in front says): over plain http a browser ignores it anyway.
      {
        source: "/:path*",
        has: [{ type: "header", key: "x-forwarded-proto", value: "https" }],
        headers: [{ key: "strict-transport-security", value: "max-age=63072000; includeSubDomains" }],
      },
    ];
  },
};

// next-intl reads each request's language and messages from i18n/request.ts.
export default createNextIntlPlugin("./i18n/request.ts")(nextConfig);
