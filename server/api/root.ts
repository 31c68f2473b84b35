import "server-only";
import { accountRouter } from "./routers/account";
import { cartRouter } from "./routers/cart";
import { catalogRouter } from "./routers/catalog";
import { checkoutRouter } from "./routers/checkout";
import { consentRouter } from "./routers/consent";
import { customersRouter } from "./routers/customers";
import { historyRouter } from "./routers/history";
import { insightsRouter } from "./routers/insights";
import { inventoryRouter } from "./routers/inventory";
import { liveRouter } from "./routers/live";
import { notificationsRouter } from "./routers/notifications";
import { ordersRouter } from "./routers/orders";
import { pickupRouter } from "./routers/pickup";
import { posRouter } from "./routers/pos";
import { returnsRouter } from "./routers/returns";
import { staffRouter } from "./routers/staff";
import { studioRouter } from "./routers/studio";
import { locationsRouter } from "./routers/locations";
import { createCallerFactory, router } from "./trpc";

export const appRouter = router({
  account: accountRouter,
  cart: cartRouter,
  catalog: catalogRouter,
  checkout: checkoutRouter,
  consent: consentRouter,
  customers: customersRouter,
  history: historyRouter,
  insights: insightsRouter,
  inventory: inventoryRouter,
  live: liveRouter,
  locations: locationsRouter,
  notifications: notificationsRouter,
  orders: ordersRouter,
  pickup: pickupRouter,
  pos: posRouter,
  returns: returnsRouter,
  staff: staffRouter,
  studio: studioRouter,
});

export type AppRouter = typeof appRouter;

export const createCaller = createCallerFactory(appRouter);
