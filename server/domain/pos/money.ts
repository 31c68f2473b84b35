/** "12,50 €": money in the words staff read out (the same format as the shop's). */
export function formatMinor(money: { amountMinor: number; currency: string }): string {
  return new Intl.NumberFormat("es-ES", { style: "currency", currency: money.currency }).format(money.amountMinor / 100);
}
