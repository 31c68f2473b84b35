import "server-only";
import { env } from "@/env";

/**
 * The address a request came from, for limits per client. `npm start` serves through
 * scripts/server.mjs, which appends the connecting socket's address to X-Forwarded-For (as nginx's
 * $proxy_add_x_forwarded_for does), so the last entry is the one nobody could forge. Behind
 * TRUSTED_PROXY_HOPS proxies that each append too, the client is that many entries further left;
 * anything left of it was written by the client and is ignored.
 */
export function clientAddress(headers: Headers, trustedHops: number = env.TRUSTED_PROXY_HOPS): string | null {
  const chain = (headers.get("x-forwarded-for") ?? "")
    .split(",")
    .map((part) => part.trim())
    .filter(Boolean);
  const address = chain[chain.length - 1 - trustedHops] ?? chain[0];
  if (!address) return null;
  // IPv4 clients of a dual-stack socket show up as ::ffff:1.2.3.4.
  return address.replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/, "").slice(0, 64);
}
