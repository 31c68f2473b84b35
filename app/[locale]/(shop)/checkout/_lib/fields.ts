import type { z } from "zod";
import type { Messages } from "@/messages";
import { deliveryAddress, placeOrderInput } from "@/server/domain/checkout/inputs";
import { cardInput, isExpired, parseExpiry } from "@/server/domain/payments/inputs";

/*
 * The checkout's fields, named by their path in placeOrder's input, so the server's schemas
 * validate them in the browser too and an error lands next to the field it is about.
 */
export const FIELD_PATHS = [
  "contact.email",
  "contact.name",
  "fulfilment.address.name",
  "fulfilment.address.line1",
  "fulfilment.address.line2",
  "fulfilment.address.postalCode",
  "fulfilment.address.city",
  "fulfilment.address.phone",
  "payment.card.number",
  "payment.card.expiry",
  "payment.card.cvc",
] as const;
export type FieldPath = (typeof FIELD_PATHS)[number];
export type Values = Record<FieldPath, string>;
export type FieldErrors = Partial<Record<FieldPath, string>>;

export const EMPTY_VALUES = Object.fromEntries(FIELD_PATHS.map((p) => [p, ""])) as Values;

const contactInput = placeOrderInput.shape.contact.unwrap();

export type Section = "contact" | "address" | "card";

export function sectionOf(path: FieldPath): Section {
  return path.startsWith("contact.") ? "contact" : path.startsWith("fulfilment.") ? "address" : "card";
}

export function contactFrom(v: Values) {
  return { email: v["contact.email"], name: v["contact.name"] };
}

export function addressFrom(v: Values) {
  return {
    name: v["fulfilment.address.name"],
    line1: v["fulfilment.address.line1"],
    line2: v["fulfilment.address.line2"].trim() || undefined,
    city: v["fulfilment.address.city"],
    postalCode: v["fulfilment.address.postalCode"],
    country: "ES" as const,
    phone: v["fulfilment.address.phone"],
  };
}

export function cardFrom(v: Values) {
  return { number: v["payment.card.number"], expiry: v["payment.card.expiry"], cvc: v["payment.card.cvc"] };
}

const sections: Record<Section, { prefix: string; schema: z.ZodType; input: (v: Values) => unknown }> = {
  contact: { prefix: "contact.", schema: contactInput, input: contactFrom },
  address: { prefix: "fulfilment.address.", schema: deliveryAddress, input: addressFrom },
  card: { prefix: "payment.card.", schema: cardInput, input: cardFrom },
};

type Issue = z.ZodError["issues"][number];
export type FieldErrorKey = keyof Messages["checkout"]["fields"]["errors"];
/** The shopper's words for a field's problem: checkout.fields.errors, in the page's language. */
export type FieldWords = (key: FieldErrorKey, values?: { max: number }) => string;

/** What each field's refusal means (the schema's own words are English): empty, or not right. */
const PROBLEM: Record<FieldPath, FieldErrorKey> = {
  "contact.email": "emailInvalid",
  "contact.name": "nameRequired",
  "fulfilment.address.name": "recipientRequired",
  "fulfilment.address.line1": "line1Required",
  "fulfilment.address.line2": "tooLong",
  "fulfilment.address.postalCode": "postcode",
  "fulfilment.address.city": "cityRequired",
  "fulfilment.address.phone": "phone",
  "payment.card.number": "cardNumber",
  "payment.card.expiry": "expiryFormat",
  "payment.card.cvc": "cvc",
};

/** The message for one schema issue, told apart by the issue's code, never by its English words. */
function messageFor(path: FieldPath, issue: Issue, values: Values, words: FieldWords): string {
  if (path === "contact.email") return words(issue.code === "too_big" ? "emailTooLong" : "emailInvalid");
  // Card fields over their bound are simply wrong; a text field too long says how long it may be.
  if (issue.code === "too_big" && !path.startsWith("payment.")) return words("tooLong", { max: Number(issue.maximum) });
  if (path === "payment.card.expiry") {
    const now = new Date();
    const expiry = parseExpiry(values[path], now);
    if (expiry && isExpired(expiry, now)) return words("expired");
  }
  return words(PROBLEM[path]);
}

/** The first message for each field of one section, from the same schema the server uses. */
export function validateSection(section: Section, values: Values, words: FieldWords): FieldErrors {
  const { prefix, schema, input } = sections[section];
  const result = schema.safeParse(input(values));
  const errors: FieldErrors = {};
  if (result.success) return errors;
  for (const issue of result.error.issues) {
    const path = `${prefix}${issue.path.join(".")}` as FieldPath;
    if ((FIELD_PATHS as readonly string[]).includes(path)) errors[path] ??= messageFor(path, issue, values, words);
  }
  return errors;
}

/** "4242424242424242" -> "4242 4242 4242 4242"; at most 19 digits. */
export function formatCardNumber(raw: string): string {
  return raw
    .replace(/\D/g, "")
    .slice(0, 19)
    .replace(/(\d{4})(?=\d)/g, "$1 ");
}

/** Typed or pasted expiry -> "MM/YY" as the shopper goes: "4" -> "04", "1226" -> "12/26", "12/2030" -> "12/30". */
export function formatExpiry(raw: string): string {
  const full = /^\s*(\d{1,2})\s*\/\s*(\d{4})\s*$/.exec(raw);
  if (full) return `${full[1]!.padStart(2, "0")}/${full[2]!.slice(2)}`;
  const monthOnly = /^\s*(\d)\s*\/\s*$/.exec(raw);
  if (monthOnly) return `0${monthOnly[1]}/`;
  let digits = raw.replace(/\D/g, "").slice(0, 4);
  if (digits.length === 1 && Number(digits) > 1) digits = `0${digits}`;
  return digits.length > 2 ? `${digits.slice(0, 2)}/${digits.slice(2)}` : digits;
}

export function formatCvc(raw: string): string {
  return raw.replace(/\D/g, "").slice(0, 4);
}

export function fieldId(path: FieldPath): string {
  return `checkout-${path.replaceAll(".", "-")}`;
}
