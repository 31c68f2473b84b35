/**
 * The most calls one /api/trpc request may carry (the route answers 400 above it). A page batches
 * what it asks for in one tick: 2 at most today, measured over the shop, cart, checkout and every
 * console page (a search suggestion with cart.get); at most 3 on paper (checkout's cart.get and
 * checkout.options with a suggestion). The browser client splits larger batches at this size, so
 * no page of the app ever meets the limit.
 */
export const MAX_BATCH_CALLS = 10;

/** The largest request body /api/trpc reads (413 above it): a full cart or POS sale is under 10 kB. */
export const MAX_BODY_BYTES = 100 * 1024;

/** studio.import.* alone reads a whole CSV file: 10,000 rows is about 1.5 MB, 10 MB the most it takes. */
export const MAX_IMPORT_BODY_BYTES = 12 * 1024 * 1024;
