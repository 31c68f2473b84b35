/**
 * EAN-13 barcodes, as printed on labels and scanned at the counter. The last digit is a check
 * digit over the first twelve (weights 1 and 3 alternating), so a mistyped digit is caught.
 */

export function ean13CheckDigit(first12: string): number {
  if (!/^\d{12}$/.test(first12)) throw new Error("An EAN-13 check digit is computed over 12 digits.");
  let sum = 0;
  for (let i = 0; i < 12; i++) sum += Number(first12[i]) * (i % 2 === 0 ? 1 : 3);
  return (10 - (sum % 10)) % 10;
}

export function isEan13(code: string): boolean {
  return /^\d{13}$/.test(code) && ean13CheckDigit(code.slice(0, 12)) === Number(code[12]);
}

/** What is wrong with a typed barcode, for words in any language; null when it is a valid EAN-13. */
export function ean13Fault(code: string): "digits" | "length" | "check" | null {
  if (!/^\d+$/.test(code)) return "digits";
  if (code.length !== 13) return "length";
  if (!isEan13(code)) return "check";
  return null;
}

/** Why a typed barcode is refused, or null when it is a valid EAN-13. */
export function ean13Problem(code: string): string | null {
  const fault = ean13Fault(code);
  if (fault === "digits") return "A barcode has digits only.";
  if (fault === "length") return `An EAN-13 barcode has 13 digits; this one has ${code.length}.`;
  if (fault === "check") return "The last digit does not match: check the barcode for a mistyped digit.";
  return null;
}

/**
 * The shop's own barcodes: GS1 prefix 20–29 is for numbers used inside one company, so generated
 * codes can never collide with a manufacturer's. `serial` is the shop's running number.
 */
export function storeEan13(serial: number): string {
  if (!Number.isInteger(serial) || serial < 0 || serial >= 1e10) throw new Error("A serial has at most 10 digits.");
  const first12 = `20${String(serial).padStart(10, "0")}`;
  return first12 + ean13CheckDigit(first12);
}
