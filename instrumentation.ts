// Runs once when a server process starts: open (and on first start migrate and seed) the
// database now, so a misconfiguration stops the process with a message instead of failing requests.
export async function register() {
  // Read literally (not through env.ts) so Next can drop the Node-only database code from the
  // edge bundle, which otherwise warns about process.cwd and friends at every build.
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { env } = await import("./env");
  if (env.NEXT_PHASE === "phase-production-build") return;
  const { closeDatabase, getDatabase } = await import("./server/db");
  const { log } = await import("./server/log");
  // Open event streams would keep `next start` from ever finishing a graceful stop: end them, and
  // their browsers reconnect (to the restarted server, or another instance). Browsers retrying on
  // kept-alive sockets could hold a draining server open forever, so it gets a few seconds, no more.
  const { closeAllStreams } = await import("./server/domain/events/bus");
  for (const signal of ["SIGTERM", "SIGINT"] as const) {
    process.once(signal, () => {
      closeAllStreams();
      closeBeforeExit(closeDatabase, (err) => log.error({ err }, "closing the database failed"));
      setTimeout(() => process.exit(0), 3_000).unref();
    });
  }
  try {
    const database = await getDatabase();
    const { driver, db } = database;
    log.info({ driver }, "database ready");
    // Uncollected pickup orders expire by themselves: checked now and every 15 minutes.
    const { expireUncollected } = await import("./server/domain/pickup/expiry");
    const { getPaymentProvider } = await import("./server/domain/payments/provider");
    const expire = () =>
      expireUncollected(db, getPaymentProvider(), { days: env.PICKUP_EXPIRY_DAYS })
        .then(({ expired }) => expired.length && log.info({ orders: expired }, "expired uncollected orders"))
        .catch((err: unknown) => log.error({ err }, "expiring uncollected orders failed"));
    // Customer mail the outbox could not send straight after its change is retried on the same beat.
    const { deliverPending } = await import("./server/domain/notifications/outbox");
    const { mailTransport } = await import("./server/domain/notifications/transports");
    const transport = mailTransport();
    const deliver = () =>
      deliverPending(db, transport).catch((err: unknown) => log.error({ err }, "delivering mail failed"));
    // PGlite has no autovacuum: the same beat clears dead rows and refreshes the planner's statistics.
    const { tidyPglite } = await import("./db/client");
    const tidy = () =>
      tidyPglite(database).catch((err: unknown) => log.error({ err }, "vacuuming the database failed"));
    // Ended rate-limit windows are forgotten on the same beat, so that table stays bounded.
    const { sweepRateLimits } = await import("./server/domain/security/rate-limit");
    // So are ended sessions and expired emailed links.
    const { sweepSessions } = await import("./server/domain/security/sessions");
    const { sweepLinks } = await import("./server/domain/customers/sign-up");
    const sweep = () =>
      Promise.all([sweepRateLimits(db), sweepSessions(db), sweepLinks(db)]).catch((err: unknown) =>
        log.error({ err }, "sweeping rate limits, sessions and links failed"),
      );
    setInterval(() => void expire().then(deliver).then(sweep).then(tidy), 15 * 60_000).unref();
    void expire().then(deliver);
    // Touchpoints older than the retention period are deleted once a day, and a few minutes after
    // start (not at once: the first start migrates and seeds), in batches that let checkout through.
    const { deleteOldInteractions } = await import("./server/domain/history/retention");
    const months = env.INTERACTION_RETENTION_MONTHS;
    const retain = () =>
      void deleteOldInteractions(db, { months })
        .then(({ deleted, before }) => log.info({ deleted, before, months }, "deleted old interactions"))
        .catch((err: unknown) => log.error({ err }, "deleting old interactions failed"));
    setTimeout(retain, 3 * 60_000).unref();
    setInterval(retain, 24 * 60 * 60_000).unref();
    // The insights rollups follow the orders a minute at a time (idempotent: several instances may
    // run it; they take turns on an advisory lock). Figures say when they were computed.
    const { REFRESH_PACE, refreshSales } = await import("./server/domain/insights/rollup");
    let refreshing = false;
    const refresh = () => {
      if (refreshing) return; // a long first run on a big history is not stacked
      refreshing = true;
      void refreshSales(db, { pace: REFRESH_PACE })
        .catch((err: unknown) => log.error({ err }, "refreshing the insights rollups failed"))
        .finally(() => (refreshing = false));
    };
    setInterval(refresh, 60_000).unref();
    refresh();
  } catch (err) {
    log.fatal({ err }, "cannot open the database");
    process.exit(1);
  }
}

/**
 * Next ends the process with process.exit once a stop has drained its server: the database is
 * closed first (a clean PGlite shutdown, its lock file removed), for two seconds at most.
 */
function closeBeforeExit(close: () => Promise<void>, onError: (err: unknown) => void) {
  const exit = process.exit.bind(process);
  let closing = false;
  process.exit = ((code?: number) => {
    if (closing) return;
    closing = true;
    setTimeout(() => exit(code), 2_000).unref();
    void close()
      .catch(onError)
      .finally(() => exit(code));
  }) as typeof process.exit;
}
