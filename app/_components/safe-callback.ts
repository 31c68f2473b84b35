/**
 * Where to go after signing in: only a same-origin relative path ("/account", "/c/knitwear?size=M"),
 * never "//evil.example" or "https://…", so the sign-in page cannot be used as an open redirect.
 */
export function safeCallbackUrl(value: string | null | undefined): string | null {
  if (!value || !value.startsWith("/") || value.startsWith("//") || value.startsWith("/\\")) return null;
  try {
    const base = "http://mostrador.invalid";
    const url = new URL(value, base);
    if (url.origin !== base) return null;
    if (url.pathname.startsWith("/sign-in") || url.pathname.startsWith("/sign-up")) return null;
    return `${url.pathname}${url.search}${url.hash}`;
  } catch {
    return null;
  }
}
