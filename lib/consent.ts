/**
 * The shopper's cookie choice (LSSI art. 22.2, GDPR): necessary cookies (cart, sign-in, security)
 * are always on; analytics (recording views, searches and adds to build their history) only when
 * allowed. Remembered in one first-party cookie the server reads; a new version asks again.
 */
export const CONSENT_COOKIE = "mostrador_consent";

/** Raise it when the purposes change: every earlier choice is then asked again. */
export const CONSENT_VERSION = 1;

export type Consent = { analytics: boolean };

/** `1.necessary` or `1.necessary-analytics`: the version, then the purposes allowed. */
export function consentCookieValue(consent: Consent): string {
  return `${CONSENT_VERSION}.necessary${consent.analytics ? "-analytics" : ""}`;
}

/** The choice a cookie holds; null when there is none, it is unreadable or of an earlier version. */
export function parseConsent(value: string | null | undefined): Consent | null {
  const match = /^(\d{1,4})\.([a-z-]{1,64})$/.exec(value ?? "");
  if (!match || Number(match[1]) !== CONSENT_VERSION) return null;
  const purposes = match[2]!.split("-");
  if (!purposes.includes("necessary")) return null;
  return { analytics: purposes.includes("analytics") };
}
