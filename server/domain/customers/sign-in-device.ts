import "server-only";
import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";

/**
 * OWASP's "device cookie": a browser that has signed in to an account before carries a token
 * naming that account (a keyed hash of its email) and a random id, signed with the server secret.
 * Its attempts on that account are counted against the token's own small limit, not the account's
 * lockout, so someone guessing elsewhere cannot keep the owner out.
 */
export const DEVICE_COOKIE = "mostrador_device";
/** Long enough that a regular shopper or staff member keeps their browser trusted. */
export const DEVICE_COOKIE_DAYS = 180;

const VERSION = "d1";

function mac(accountKey: string, id: string, secret: string): string {
  return createHmac("sha256", secret).update(`sign-in-device:${accountKey}.${id}`).digest("base64url");
}

/** A fresh token for the account whose key (subjectHash of the email) is given. */
export function issueDeviceToken(accountKey: string, secret: string): string {
  const id = randomBytes(16).toString("base64url");
  return [VERSION, accountKey, id, mac(accountKey, id, secret)].join(".");
}

/** The token's device id when it is genuine and names this account; null otherwise. */
export function deviceIdFor(token: string | null | undefined, accountKey: string, secret: string): string | null {
  if (!token || token.length > 200) return null;
  const [version, key, id, signature, ...rest] = token.split(".");
  if (version !== VERSION || !key || !id || !signature || rest.length) return null;
  const expected = Buffer.from(mac(key, id, secret));
  const given = Buffer.from(signature);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  return key === accountKey ? id : null;
}
