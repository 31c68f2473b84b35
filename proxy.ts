import { NextResponse, type NextRequest } from "next/server";
import { GUEST_COOKIE, newGuestCookie } from "@/server/api/shopper";

/**
 * A first visit to any page gets its guest cookie before the page's own calls start. Otherwise
 * a new visitor's first two calls (a search noted in their history, an item added to the cart)
 * can race, each mint a guest, and the later cookie wins: the search would belong to nobody.
 */
export function proxy(request: NextRequest) {
  if (request.cookies.has(GUEST_COOKIE)) return NextResponse.next();
  const secure = (request.headers.get("x-forwarded-proto") ?? request.nextUrl.protocol).startsWith("https");
  const { token, header } = newGuestCookie(secure);
  // The page rendering now sees the same guest as the calls it makes afterwards.
  const headers = new Headers(request.headers);
  headers.set("cookie", [request.headers.get("cookie"), `${GUEST_COOKIE}=${token}`].filter(Boolean).join("; "));
  const response = NextResponse.next({ request: { headers } });
  response.headers.append("set-cookie", header);
  return response;
}

// Pages only: API calls mint their own when a change needs one; files and assets need none.
export const config = { matcher: ["/((?!api/|_next/|favicon|.*\\.[a-z0-9]+$).*)"] };
