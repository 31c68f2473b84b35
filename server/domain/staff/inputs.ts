import { z } from "zod";

/** The roles of db/schema/users.ts, written out so this file stays safe for the browser. */
export const roles = ["customer", "staff", "marketer", "admin"] as const;

export const changeRoleInput = z.object({
  userId: z.uuid("Choose an account."),
  role: z.enum(roles, "Choose a role."),
  /** The store a staff member works at; ignored for other roles. */
  staffLocationId: z.uuid("Choose a store.").nullable().default(null),
});
export type ChangeRoleInput = z.infer<typeof changeRoleInput>;

/** An admin's choice of the store the console works for. */
export const switchStoreInput = z.object({ locationId: z.uuid("Choose a store.") });
