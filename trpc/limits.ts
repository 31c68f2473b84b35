/**
 * The most calls one /api/trpc request may carry (the route answers 400 above it). A page batches
 * what it asks for in one tick: at most 3 today (checkout: cart.get, checkout.options and a search
 * suggestion; the staff sale: customers.get and pos.findItem), plus what a mutation invalidates.
 * The browser client splits larger batches at this size, so no page of the app ever meets it.
 */
export const MAX_BATCH_CALLS = 10;

/** The largest request body /api/trpc reads (413 above it): a full cart or POS sale is under 10 kB. */
export const MAX_BODY_BYTES = 100 * 1024;
