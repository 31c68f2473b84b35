import "server-only";
import { env } from "@/env";

/** An absolute link to a path of the shop, for emails (SITE_URL; see env.ts). */
export function siteLink(path: string): string {
  const base = env.SITE_URL ?? `http://localhost:${env.PORT}`;
  return new URL(path, base).toString();
}
