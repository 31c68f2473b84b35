import type { createTranslator, Messages, NamespaceKeys, NestedKeyOf } from "next-intl";

/**
 * A translator for one part of the messages, as useTranslations() and getTranslations() both
 * return it: for the plain functions that put a studio label or sentence into words.
 */
export type Translate<Namespace extends NamespaceKeys<Messages, NestedKeyOf<Messages>>> = ReturnType<
  typeof createTranslator<Messages, Namespace>
>;
