import { z } from "zod";

export const email = z
  .string()
  .trim()
  .max(254, "That email address is too long.")
  .pipe(z.email("Enter a valid email address."))
  .transform((e) => e.toLowerCase());

export const signUpInput = z.object({
  name: z.string().trim().min(1, "Enter your name.").max(120, "Use at most 120 characters."),
  email,
  password: z.string().min(8, "Use at least 8 characters.").max(200, "Use at most 200 characters."),
});
export type SignUpInput = z.infer<typeof signUpInput>;

export const credentialsInput = z.object({
  email,
  password: z.string().min(1).max(200),
});

export const changePasswordInput = z.object({
  currentPassword: z.string().min(1, "Enter your current password.").max(200, "Use at most 200 characters."),
  newPassword: z.string().min(8, "Use at least 8 characters.").max(200, "Use at most 200 characters."),
});
export type ChangePasswordInput = z.infer<typeof changePasswordInput>;

/** The token of an emailed link (43 base64url characters today). */
export const linkTokenInput = z.string().trim().min(20).max(200).regex(/^[A-Za-z0-9_-]+$/);
