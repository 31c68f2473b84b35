import { z } from "zod";

export const recordViewInput = z.object({ slug: z.string().min(1).max(120) });
export const recordSearchInput = z.object({
  query: z.string().trim().min(1).max(120),
  resultCount: z.number().int().min(0).max(1_000_000),
});
