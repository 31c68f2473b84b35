/** Money as the shop shows it: integer minor units and a currency, formatted the Spanish way. Shared by server and browser. */

export type Money = { amountMinor: number; currency: string };

const formatters = new Map<string, Intl.NumberFormat>();

function formatterFor(currency: string, wholeUnits: boolean): Intl.NumberFormat {
  const key = `${currency}:${wholeUnits ? "0" : "2"}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.NumberFormat("es-ES", {
      style: "currency",
      currency,
      ...(wholeUnits ? { minimumFractionDigits: 0, maximumFractionDigits: 0 } : {}),
    });
    formatters.set(key, formatter);
  }
  return formatter;
}

/** 4995 EUR -> "49,95 €". Amounts are in minor units (cents). */
export function formatMoney(amountMinor: number, currency = "EUR"): string {
  return formatterFor(currency, false).format(amountMinor / 100);
}

/** Like formatMoney, but "50 €" instead of "50,00 €" for whole amounts (filters, ranges). */
export function formatMoneyShort(amountMinor: number, currency = "EUR"): string {
  return formatterFor(currency, amountMinor % 100 === 0).format(amountMinor / 100);
}
