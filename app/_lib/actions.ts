"use server";

import { cookies } from "next/headers";
import { GUEST_COOKIE } from "@/server/api/shopper";
import { auth, signOut } from "@/server/auth";

/**
 * The one server action: signing out from the header menu or the account page. The browser
 * starts again as a new guest, so the next person at a shared computer sees none of this one's
 * guest cart, history or orders.
 */
export async function signOutAction() {
  const session = await auth();
  (await cookies()).delete(GUEST_COOKIE);
  // Staff sign out at the counter: the tablet goes back to the console's sign-in, not the shop.
  await signOut({ redirectTo: session?.user?.role === "staff" ? "/sign-in?callbackUrl=%2Fstaff" : "/" });
}
