import { z } from "zod";

export const recordViewInput = z.object({ slug: z.string().min(1).max(120) });
export const recordSearchInput = z.object({
  query: z.string().trim().min(1).max(120),
  resultCount: z.number().int().min(0).max(1_000_000),
});

/** The banner's or the cookie dialog's choice: necessary cookies are always on, so only analytics is asked. */
export const consentChoiceInput = z.object({ analytics: z.boolean() });

/** The account page's privacy setting. */
export const analyticsConsentInput = z.object({ allowed: z.boolean() });
