/**
 * A bulk price change: by a percentage (±, two decimals) or by an amount of cents (±), rounded to
 * the cent and never below 1 cent. Shared by the studio's preview and the server that applies it,
 * so the marketer sees exactly what will be stored.
 */
export type PriceChange = { by: "percent"; percent: number } | { by: "amount"; amountMinor: number };

export const MIN_PRICE_MINOR = 1;
export const MAX_PRICE_MINOR = 10_000_000;

export function changedPrice(priceMinor: number, change: PriceChange): number {
  let next: number;
  if (change.by === "percent") {
    // In basis points over integers: no float drift at the half cent.
    const basisPoints = Math.round(change.percent * 100);
    next = Math.round((priceMinor * (10_000 + basisPoints)) / 10_000);
  } else {
    next = priceMinor + change.amountMinor;
  }
  return Math.min(MAX_PRICE_MINOR, Math.max(MIN_PRICE_MINOR, next));
}
