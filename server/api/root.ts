import "server-only";
import { accountRouter } from "./routers/account";
import { catalogRouter } from "./routers/catalog";
import { locationsRouter } from "./routers/locations";
import { createCallerFactory, router } from "./trpc";

export const appRouter = router({
  account: accountRouter,
  catalog: catalogRouter,
  locations: locationsRouter,
});

export type AppRouter = typeof appRouter;

export const createCaller = createCallerFactory(appRouter);
