/**
 * Names /api/trpc answers for procedures called otherwise. The issue names the import's second
 * step `studio.import.apply`, a name tRPC refuses for a procedure (`apply` is a function's own
 * method, and routers are proxies over functions); the procedure is `studio.import.commit`, and
 * scripts may call it by either name.
 */
const ALIASES: Record<string, string> = { "studio.import.apply": "studio.import.commit" };

/** The request's address with aliased procedure names (one, or a batch "a,b,c") replaced. */
export function aliasedUrl(address: string): string {
  const url = new URL(address);
  const segments = url.pathname.split("/");
  const last = segments.pop() ?? "";
  const renamed = last
    .split(",")
    .map((path) => ALIASES[path] ?? path)
    .join(",");
  if (renamed === last) return address;
  url.pathname = [...segments, renamed].join("/");
  return url.toString();
}

/** Every procedure in these calls starts with `prefix` (a batch of CSV imports, say). */
export function onlyProcedures(address: string, prefix: string): boolean {
  const paths = new URL(address).pathname.split("/").pop()?.split(",") ?? [];
  return paths.length > 0 && paths.every((p) => p.startsWith(prefix));
}
