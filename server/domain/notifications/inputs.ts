import { z } from "zod";

export const mailboxListInput = z
  .object({ limit: z.number().int().min(1).max(200).default(50) })
  .default({ limit: 50 });
export const mailboxMessageInput = z.object({ id: z.uuid() });
