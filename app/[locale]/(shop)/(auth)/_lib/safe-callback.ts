const BASE = "http://mostrador.invalid";

/** A storefront path's language, when it carries one: "/en/account" → "/en". */
const LANGUAGE = /^\/(es|en)(?=[/?#]|$)/;
/** The console and the studio have no language in their addresses. */
const UNPREFIXED = /^\/(staff|studio)(?=[/?#]|$)/;

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
  const page = url.pathname.replace(LANGUAGE, "");
  if (page.startsWith("/sign-in") || page.startsWith("/sign-up")) return null;
  return path;
}

/**
 * A safe path as a storefront page without its language ("/en/c/knitwear" → "/c/knitwear"), for
 * the i18n redirect or router to put the reader's own in front; null for a console or studio
 * page, which has no language in its address and is followed as it is.
 */
export function shopPath(path: string): string | null {
  if (UNPREFIXED.test(path)) return null;
  const rest = path.replace(LANGUAGE, "");
  return rest.startsWith("/") ? rest : `/${rest}`;
}
