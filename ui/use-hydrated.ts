import { useSyncExternalStore } from "react";

const never = () => () => {};

/**
 * False in the server's HTML and until React has taken over the page, then true. A button whose
 * work is JavaScript is marked busy until then, so an early tap is not silently lost (and
 * Playwright, which treats aria-disabled as disabled, waits for it too).
 */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    never,
    () => true,
    () => false,
  );
}
