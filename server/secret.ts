import "server-only";
import { env } from "@/env";

/**
 * The one secret that signs sessions and keys the hashes of personal subjects (client addresses,
 * emails in rate limits). `npm start` and `npm run dev` provision one per checkout in .auth-secret
 * (scripts/build.mjs) when AUTH_SECRET is not set; nothing runs on a secret written in the code.
 */
export function serverSecret(): string {
  if (!env.AUTH_SECRET) {
    throw new Error(
      "AUTH_SECRET is not set: start the app with `npm start` or `npm run dev`, which provision one, or set it yourself.",
    );
  }
  return env.AUTH_SECRET;
}
