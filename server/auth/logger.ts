import "server-only";
// next-auth re-exports this class from here; imported from the source so tests can load it without Next.
import { CredentialsSignin } from "@auth/core/errors";
import type { Logger } from "pino";
import { log } from "@/server/log";

/**
 * Auth.js's logger, into the server log. A refused sign-in (wrong password, throttled) is the
 * form's business, not a server error: debug at most. It is recognised by class, or by the `type`
 * Auth.js gives it, never by `name`, which is the subclass's own (SignInFailed) and which
 * minification renames anyway. Auth.js's debug events carry form bodies: never logged.
 */
export function authLogger(to: Logger = log) {
  return {
    error(error: Error) {
      if (error instanceof CredentialsSignin || (error as { type?: unknown }).type === "CredentialsSignin") {
        to.debug({ code: (error as CredentialsSignin).code }, "sign-in refused");
      } else {
        to.error({ err: error }, "auth failed");
      }
    },
    warn(code: string) {
      to.warn({ code }, "auth warning");
    },
    debug() {},
  };
}
