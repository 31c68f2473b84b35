/**
 * How a price list's rule turns a base price into a sale price, the same in the studio's form
 * (what the marketer sees) and on the server (what is saved).
 */
export type PriceRule = { kind: "percent"; percent: number } | { kind: "amount"; amountMinor: number };

/** A percentage off, to the nearest 10 cents (39,92 € → 39,90 €); never below zero. */
export function percentOff(amountMinor: number, percent: number): number {
  return Math.max(0, Math.round((amountMinor * (100 - percent)) / 1000) * 10);
}

export function applyRule(baseMinor: number, rule: PriceRule): number {
  return rule.kind === "percent" ? percentOff(baseMinor, rule.percent) : Math.max(0, baseMinor - rule.amountMinor);
}
