import { LOCALES } from "@/i18n/locales";
import { z } from "zod";
import { isStorableText } from "@/lib/storable-text";
import { addedQuantity, lineQuantity } from "@/server/domain/cart/inputs";

export const email = z
  .string()
  .trim()
  .max(254, "That email address is too long.")
  .pipe(z.email("Enter a valid email address."))
  .transform((e) => e.toLowerCase());

export const signUpInput = z.object({
  name: z.string().trim().min(1, "errors.account.nameRequired").max(120, "errors.input.tooLong"),
  email,
  password: z.string().min(8, "errors.input.tooShort").max(200, "errors.input.tooLong"),
});
export type SignUpInput = z.infer<typeof signUpInput>;

/** Auth.js's sign-in form reaches no tRPC procedure, so it refuses unstorable text itself. */
export const credentialsInput = z.object({
  email,
  password: z.string().min(1).max(200).refine(isStorableText, "errors.input.unusualPassword"),
});

export const changePasswordInput = z.object({
  currentPassword: z.string().min(1, "Enter your current password.").max(200, "Use at most 200 characters."),
  newPassword: z.string().min(8, "Use at least 8 characters.").max(200, "Use at most 200 characters."),
});
export type ChangePasswordInput = z.infer<typeof changePasswordInput>;

/** The token of an emailed link (43 base64url characters today). */
export const linkTokenInput = z
  .string()
  .trim()
  .min(20)
  .max(200)
  .regex(/^[A-Za-z0-9_-]+$/);

/** Staff look a customer up by name, email, phone or an order number. */
export const findCustomersInput = z.object({ query: z.string().trim().min(2, "Type at least 2 characters.").max(120) });
export const customerIdInput = z.object({ customerId: z.uuid() });
/** Staff change the customer's own cart for them: the shopper's bounds, with the customer named. */
export const addToCustomerCartInput = customerIdInput.extend({ variantId: z.uuid(), quantity: addedQuantity });
export const setCustomerCartQuantityInput = customerIdInput.extend({ variantId: z.uuid(), quantity: lineQuantity });
export const removeFromCustomerCartInput = customerIdInput.extend({ variantId: z.uuid() });

/** The language switch, for a signed-in person. */
export const accountLocaleInput = z.object({ locale: z.enum(LOCALES) });
