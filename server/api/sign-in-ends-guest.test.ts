import { describe, expect, it } from "vitest";
import { endGuestOnSignIn, GUEST_COOKIE } from "./shopper";

const guestToken = "a".repeat(43);

function signInPost(
  cookie = `${GUEST_COOKIE}=${guestToken}`,
  url = "http://localhost:3000/api/auth/callback/credentials",
) {
  return new Request(url, { method: "POST", headers: { cookie } });
}

function authResponse(...setCookies: string[]) {
  const headers = new Headers({ "content-type": "application/json" });
  for (const c of setCookies) headers.append("set-cookie", c);
  return new Response(JSON.stringify({ url: "http://localhost:3000/account" }), { status: 200, headers });
}

describe("signing in ends the browser's guest", () => {
  it("clears the guest cookie on the response that starts a session, keeping the session cookie and the body", async () => {
    const session = "authjs.session-token=eyJhbGciOi; Path=/; HttpOnly; SameSite=Lax";
    const response = endGuestOnSignIn(signInPost(), authResponse("authjs.csrf-token=x; Path=/", session));
    const cookies = response.headers.getSetCookie();
    expect(cookies).toContain(session);
    expect(cookies).toContain(`${GUEST_COOKIE}=; Path=/; Max-Age=0; SameSite=Lax; HttpOnly`);
    expect(await response.json()).toEqual({ url: "http://localhost:3000/account" });
  });

  it("over https too, where the session cookie is __Secure- prefixed and may come in chunks", () => {
    const response = endGuestOnSignIn(
      signInPost(undefined, "https://shop.example/api/auth/callback/credentials"),
      authResponse("__Secure-authjs.session-token.0=abc; Path=/; Secure"),
    );
    expect(response.headers.getSetCookie()).toContain(
      `${GUEST_COOKIE}=; Path=/; Max-Age=0; SameSite=Lax; HttpOnly; Secure`,
    );
  });

  it("leaves a failed sign-in, a sign-out and a browser with no guest alone", () => {
    const failed = authResponse("authjs.csrf-token=x; Path=/");
    expect(endGuestOnSignIn(signInPost(), failed)).toBe(failed);
    const signedOut = authResponse("authjs.session-token=; Path=/; Max-Age=0");
    expect(endGuestOnSignIn(signInPost(), signedOut)).toBe(signedOut);
    const noGuest = authResponse("authjs.session-token=abc; Path=/");
    expect(endGuestOnSignIn(signInPost("other=1"), noGuest)).toBe(noGuest);
  });
});
