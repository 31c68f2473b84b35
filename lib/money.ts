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

/**
 * A price as a person types it, in euros: "49,90", "49.90", "1.299,00", "€ 12" → cents, or null
 * when it is not a price (more than two decimals, letters, negative).
 */
export function parseEuros(text: string): number | null {
  let t = text.replace(/[€\s\u00a0]/g, "");
  if (!t) return null;
  // A comma is the decimal separator when it comes last; dots before it group thousands.
  if (/,\d{1,2}$/.test(t)) t = t.replace(/\./g, "").replace(",", ".");
  else if (/^\d{1,3}(\.\d{3})+$/.test(t)) t = t.replace(/\./g, "");
  // Commas group thousands only before a decimal point ("1,299.00"): "4,999" is refused, not guessed.
  else if (/^\d{1,3}(,\d{3})+\.\d{1,2}$/.test(t)) t = t.replace(/,/g, "");
  if (!/^\d+(\.\d{1,2})?$/.test(t)) return null;
  return Math.round(Number(t) * 100);
}

/** Cents as a price field shows them for editing: 4990 → "49,90". */
export function eurosForInput(amountMinor: number): string {
  return (amountMinor / 100).toFixed(2).replace(".", ",");
}
