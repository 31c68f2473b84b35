import { endGuestOnSignIn } from "@/server/api/shopper";
import { handlers } from "@/server/auth";

export const { GET } = handlers;

/** Sign-in (and sign-out) posts; a sign-in also ends the browser's guest (endGuestOnSignIn says why). */
export async function POST(request: Parameters<typeof handlers.POST>[0]) {
  return endGuestOnSignIn(request, await handlers.POST(request));
}
