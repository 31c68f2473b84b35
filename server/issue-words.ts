import "server-only";
import { z, type core } from "zod";
import type { Locale } from "@/i18n/locales";
import { translateKey } from "@/messages/translate";

type Issue = core.$ZodIssue;

/**
 * Where a schema gives no message, zod's own English ("Too small: expected string to have >=3
 * characters") is replaced by this mark, so issueMessage words it in the reader's language.
 */
const ZOD_DEFAULT = "errors.input.invalid";
z.config({ customError: () => ZOD_DEFAULT });
const say = translateKey;

/** Zod's own wording of an issue (no custom message given in the schema), as the reader's words. */
function plainWords(issue: Issue, locale: Locale): string {
  const t = say(locale);
  switch (issue.code) {
    case "too_small":
      if (issue.origin === "string")
        return Number(issue.minimum) <= 1
          ? t("errors.input.required")
          : t("errors.input.tooShort", { minimum: Number(issue.minimum) });
      if (issue.origin === "array" || issue.origin === "set")
        return t("errors.input.tooFew", { minimum: Number(issue.minimum) });
      return t("errors.input.tooSmall", { minimum: Number(issue.minimum) });
    case "too_big":
      if (issue.origin === "string") return t("errors.input.tooLong", { maximum: Number(issue.maximum) });
      if (issue.origin === "array" || issue.origin === "set")
        return t("errors.input.tooMany", { maximum: Number(issue.maximum) });
      return t("errors.input.tooBig", { maximum: Number(issue.maximum) });
    case "invalid_format":
      return issue.format === "email" ? t("errors.input.email") : t("errors.input.format");
    case "invalid_type":
      // Zod does not keep the input, so a missing field and a wrong type read alike.
      return t("errors.input.invalid");
    default:
      return t("errors.input.invalid");
  }
}

/**
 * What a field's zod issue says to the reader. A schema's own message is a key of errors.json
 * ("errors.checkout.postalCode"), said with the issue's limits; zod's default wording becomes ours.
 * Used wherever zod is: the mark is set when this module loads (server/api/trpc.ts imports it).
 * A schema message still written in English (not yet a key) is said as it is.
 */
export function issueMessage(issue: Issue, locale: Locale): string {
  const message = issue.message;
  if (message === ZOD_DEFAULT) return plainWords(issue, locale);
  if (message.startsWith("errors.")) {
    const values = {
      ...("minimum" in issue ? { minimum: Number(issue.minimum) } : {}),
      ...("maximum" in issue ? { maximum: Number(issue.maximum) } : {}),
    };
    return say(locale)(message, values);
  }
  return message;
}
