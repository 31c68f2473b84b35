import "server-only";

/** One cookie from a request's Cookie header, decoded; null when absent. */
export function readCookie(headers: Headers, name: string): string | null {
  const header = headers.get("cookie");
  if (!header) return null;
  for (const part of header.split(";")) {
    const [key, ...value] = part.trim().split("=");
    if (key !== name) continue;
    try {
      return decodeURIComponent(value.join("="));
    } catch {
      return null;
    }
  }
  return null;
}

/** The name and value a Set-Cookie header sets; an empty value means the cookie is cleared. */
export function setCookiePair(header: string): { name: string; value: string | null } | null {
  const [pair = ""] = header.split(";");
  const at = pair.indexOf("=");
  return at > 0 ? { name: pair.slice(0, at), value: pair.slice(at + 1) || null } : null;
}

/**
 * The browser reached us over https (so cookies may be Secure): Next's server sets
 * x-forwarded-proto, and so does a TLS proxy in front of it.
 */
export function cameOverHttps(headers: Headers, url?: string): boolean {
  if (url && new URL(url).protocol === "https:") return true;
  return headers.get("x-forwarded-proto")?.split(",")[0]?.trim() === "https";
}
