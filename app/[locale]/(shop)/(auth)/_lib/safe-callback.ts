const BASE = "http://mostrador.invalid";

/**
 * Where to go after signing in: only a path of this site ("/account", "/c/knitwear?size=M"), never
 * another host, so the sign-in page cannot be used as an open redirect. The value is resolved the
 * way a browser would (encodings, dot segments, backslashes, stripped tabs and newlines), and what
 * comes out is the normalised path, not the raw value: "/..//evil" would otherwise normalise to
 * "//evil", which a browser reads as a host.
 */
export function safeCallbackUrl(value: string | null | undefined): string | null {
  if (!value || value.length > 2000 || !value.startsWith("/")) return null;
  let url: URL;
  try {
    url = new URL(value, BASE);
  } catch {
    return null;
  }
  if (url.origin !== BASE) return null;
  const path = `${url.pathname}${url.search}${url.hash}`;
  if (path.startsWith("//")) return null;
  if (url.pathname.startsWith("/sign-in") || url.pathname.startsWith("/sign-up")) return null;
  return path;
}
