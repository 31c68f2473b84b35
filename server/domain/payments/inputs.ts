// No `server-only` here: the checkout form imports this for instant validation in the browser.
import { z } from "zod";

export type CardBrand = "visa" | "mastercard" | "amex" | "card";

/** Shoppers type numbers in groups; providers want bare digits. */
export function normaliseCardNumber(input: string): string {
  return input.replace(/[\s-]/g, "");
}

/** The Luhn checksum catches most typos before a request ever reaches the provider. */
export function luhnValid(digits: string): boolean {
  if (!/^\d+$/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}

/** "MM/YY", "MM / YY" or "MM/YYYY". Two-digit years belong to the century of `now`. */
export function parseExpiry(input: string, now: Date): { month: number; year: number } | null {
  const match = /^\s*(\d{1,2})\s*\/\s*(\d{2}|\d{4})\s*$/.exec(input);
  if (!match) return null;
  const month = Number(match[1]);
  if (month < 1 || month > 12) return null;
  const yearDigits = match[2]!;
  const year =
    yearDigits.length === 2 ? Math.floor(now.getFullYear() / 100) * 100 + Number(yearDigits) : Number(yearDigits);
  return { month, year };
}

/** A card is good through the last day of its expiry month, so compare whole months. */
export function isExpired(expiry: { month: number; year: number }, now: Date): boolean {
  return expiry.year * 12 + expiry.month < now.getFullYear() * 12 + now.getMonth() + 1;
}

export function cardBrand(number: string): CardBrand {
  const digits = normaliseCardNumber(number);
  if (/^4/.test(digits)) return "visa";
  if (/^3[47]/.test(digits)) return "amex";
  const first4 = Number(digits.slice(0, 4));
  if (/^5[1-5]/.test(digits) || (first4 >= 2221 && first4 <= 2720)) return "mastercard";
  return "card";
}

export function last4(number: string): string {
  return normaliseCardNumber(number).slice(-4);
}

const cardNumberMessage = "Check the card number.";
const expiryFormatMessage = "Enter the expiry as MM/YY.";
const cvcMessage = "Enter the 3 or 4 digit security code.";

const maxLength = { number: 30, expiry: 9, cvc: 4 } as const;

export const cardInput = z
  .object({
    number: z.string().trim().max(maxLength.number, cardNumberMessage),
    expiry: z.string().trim().max(maxLength.expiry, expiryFormatMessage),
    cvc: z.string().trim().max(maxLength.cvc, cvcMessage),
  })
  .superRefine((card, ctx) => {
    // A field over its bound already carries its message; saying it twice reads as two problems.
    const checked = (field: keyof typeof maxLength) => card[field].length <= maxLength[field];
    const digits = normaliseCardNumber(card.number);
    if (checked("number") && (!/^\d{12,19}$/.test(digits) || !luhnValid(digits))) {
      ctx.addIssue({ code: "custom", path: ["number"], message: cardNumberMessage });
    }
    // Read the clock at parse time: a schema built at import would go stale in a long-lived server.
    const now = new Date();
    const expiry = parseExpiry(card.expiry, now);
    if (checked("expiry") && !expiry) {
      ctx.addIssue({ code: "custom", path: ["expiry"], message: expiryFormatMessage });
    } else if (expiry && isExpired(expiry, now)) {
      ctx.addIssue({ code: "custom", path: ["expiry"], message: "This card has expired." });
    }
    if (checked("cvc") && !/^\d{3,4}$/.test(card.cvc)) {
      ctx.addIssue({ code: "custom", path: ["cvc"], message: cvcMessage });
    }
  });
export type CardInput = z.infer<typeof cardInput>;
