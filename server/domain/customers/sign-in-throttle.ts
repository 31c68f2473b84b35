import "server-only";
import type { Db } from "@/db/client";
import { clearHits, giveBackHit, takeHit, type Limit } from "@/server/domain/security/rate-limit";
import type { Locale } from "@/i18n/locales";
import { DomainError, say } from "@/server/errors";

/*
 * Sign-in limits. Every attempt takes its hits (one atomic upsert per limit, shared by every
 * instance) before the password is checked, so parallel guesses cannot slip past a count. A hit
 * is given back when the attempt succeeds or a later limit refuses it, so the counts are failed
 * password checks (plus the ones in flight).
 */

/** Per account, for browsers it does not trust: five tries, then wait out the quarter hour. */
export const ACCOUNT_LIMIT: Limit = { rule: "sign-in-account", max: 5, windowSeconds: 15 * 60 };
/** Per account per day, so the quarter-hour windows do not add up to hundreds of guesses a day. */
export const ACCOUNT_DAY_LIMIT: Limit = { rule: "sign-in-account-day", max: 30, windowSeconds: 24 * 60 * 60 };
/**
 * Per client address, across accounts: a person mistypes a few times, a script spraying one
 * password over many accounts does not. Generous enough for a store's tablets behind one address.
 */
export const ADDRESS_LIMIT: Limit = { rule: "sign-in-address", max: 20, windowSeconds: 15 * 60 };
/**
 * Across every account and address: a ceiling on guessing from many addresses at once. A shop's
 * normal failures are a few per quarter hour; this is about a hundred times that. Trusted browsers
 * are not under it, so reaching it never keeps an account's owner out.
 */
export const EVERYONE_LIMIT: Limit = { rule: "sign-in-everyone", max: 1000, windowSeconds: 15 * 60 };
/** Per trusted browser (device cookie): its own small allowance of mistakes. */
export const DEVICE_LIMIT: Limit = { rule: "sign-in-device", max: 5, windowSeconds: 15 * 60 };

export type SignInLimits = {
  account: Limit;
  accountDay: Limit;
  address: Limit;
  everyone: Limit;
  device: Limit;
};

export const SIGN_IN_LIMITS: SignInLimits = {
  account: ACCOUNT_LIMIT,
  accountDay: ACCOUNT_DAY_LIMIT,
  address: ADDRESS_LIMIT,
  everyone: EVERYONE_LIMIT,
  device: DEVICE_LIMIT,
};

type Lane = { limit: Limit; subject: string };

/** The hits one attempt holds, to settle once its password is checked. */
export type SignInTicket = { lanes: Lane[]; clearOnSuccess: Lane[] };

/**
 * Takes the hits for one attempt, or refuses it. A trusted browser counts against its own device
 * limit only. Anyone else counts against the ceiling, their address and the account, in that
 * order: an attempt the ceiling refuses writes nothing else, so rows stay bounded by it.
 */
export async function takeSignInAttempt(
  db: Pick<Db, "execute">,
  who: { accountKey: string; addressKey: string | null; deviceId: string | null },
  limits: SignInLimits,
  now: Date,
): Promise<SignInTicket> {
  if (who.deviceId) {
    const device = { limit: limits.device, subject: who.deviceId };
    await take(db, [device], now);
    return { lanes: [], clearOnSuccess: [device] };
  }
  const account = { limit: limits.account, subject: who.accountKey };
  const accountDay = { limit: limits.accountDay, subject: who.accountKey };
  const lanes: Lane[] = [
    { limit: limits.everyone, subject: "all" },
    ...(who.addressKey ? [{ limit: limits.address, subject: who.addressKey }] : []),
  ];
  await take(db, [...lanes, account, accountDay], now);
  return { lanes, clearOnSuccess: [account, accountDay] };
}

/** After a right password: the account's (or device's) failures are forgotten, shared hits given back. */
export async function settleSuccess(db: Pick<Db, "execute">, ticket: SignInTicket): Promise<void> {
  for (const lane of ticket.clearOnSuccess) await clearHits(db, lane.limit, lane.subject);
  for (const lane of ticket.lanes) await giveBackHit(db, lane.limit, lane.subject);
}

async function take(db: Pick<Db, "execute">, lanes: Lane[], now: Date) {
  const taken: Lane[] = [];
  for (const lane of lanes) {
    const result = await takeHit(db, lane.limit, lane.subject, now);
    if (!result.allowed) {
      // Nothing is checked: the earlier limits get their hit back (and forget a row it created).
      for (const done of taken) await giveBackHit(db, done.limit, done.subject);
      const seconds = result.retryAfterSeconds;
      throw new DomainError(
        "TOO_MANY_ATTEMPTS",
        { key: "errors.account.tooManyFailedAttempts", values: (locale) => ({ wait: waitWords(seconds, locale) }) },
        { retryAfterSeconds: seconds },
      );
    }
    taken.push(lane);
  }
}

/** "40 seconds", "15 minutes", "3 hours" ("15 minutos"): a wait as a person reads it. */
export function waitWords(seconds: number, locale: Locale): string {
  const [amount, unit] =
    seconds < 90
      ? [seconds, "second"]
      : seconds < 90 * 60
        ? [Math.ceil(seconds / 60), "minute"]
        : [Math.ceil(seconds / 3600), "hour"];
  return say({ key: "errors.wait", values: { amount, unit } }, locale);
}
