"use client";

import { QueryClientProvider, type QueryClient } from "@tanstack/react-query";
import { createTRPCClient, httpBatchLink, httpSubscriptionLink, loggerLink, retryLink, splitLink } from "@trpc/client";
import { createTRPCContext } from "@trpc/tanstack-react-query";
import { useState } from "react";
import superjson from "superjson";
import { LOCALE_HEADER } from "@/i18n/locales";
import type { AppRouter } from "@/server/api/root";
import { MAX_BATCH_CALLS } from "./limits";
import { makeQueryClient } from "./query-client";

export const { TRPCProvider, useTRPC } = createTRPCContext<AppRouter>();

let browserQueryClient: QueryClient | undefined;
function getQueryClient() {
  // On the server a new client per request; in the browser one for the page's life.
  if (typeof window === "undefined") return makeQueryClient();
  return (browserQueryClient ??= makeQueryClient());
}

export function TRPCReactProvider({ children }: { children: React.ReactNode }) {
  const queryClient = getQueryClient();
  const [trpcClient] = useState(() =>
    createTRPCClient<AppRouter>({
      links: [
        loggerLink({
          enabled: (op) =>
            process.env.NODE_ENV === "development" && op.direction === "down" && op.result instanceof Error,
        }),
        // Subscriptions are server-sent event streams; everything else goes in batched requests.
        splitLink({
          condition: (op) => op.type === "subscription",
          true: [
            // A dropped stream comes back with a growing wait (0.5 s, 1 s, 2 s… up to 30 s, with
            // jitter so a restarted server is not hit by every tab at once); a refusal does not.
            retryLink({
              retry: ({ error }) => !error.data || error.data.httpStatus >= 500,
              retryDelayMs: (attempt) => Math.min(30_000, 500 * 2 ** attempt) * (0.75 + Math.random() / 2),
            }),
            httpSubscriptionLink({ url: "/api/trpc", transformer: superjson }),
          ],
          false: httpBatchLink({
            url: "/api/trpc",
            transformer: superjson,
            maxItems: MAX_BATCH_CALLS,
            // The page's language (root layout's <html lang>), so the server's messages are said in it.
            headers: () => ({ [LOCALE_HEADER]: document.documentElement.lang }),
          }),
        }),
      ],
    }),
  );
  return (
    <QueryClientProvider client={queryClient}>
      <TRPCProvider trpcClient={trpcClient} queryClient={queryClient}>
        {children}
      </TRPCProvider>
    </QueryClientProvider>
  );
}
