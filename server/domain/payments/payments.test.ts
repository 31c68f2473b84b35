import { afterEach, describe, expect, it } from "vitest";
import { cardBrand, cardInput, isExpired, last4, luhnValid, normaliseCardNumber, parseExpiry } from "./inputs";
import { getPaymentProvider, setPaymentProviderForTests, type PaymentProvider } from "./provider";
import { createTestPaymentProvider, TEST_CARDS } from "./test-provider";

const nov2026 = new Date(2026, 10, 15);
const amount = { amountMinor: 4_990, currency: "EUR" };
const card = (number: string) => ({ number, expiry: "12/99", cvc: "123" });

/** A card that expires two years from today, so these tests do not rot. */
function futureExpiry(): string {
  const now = new Date();
  return `${String(now.getMonth() + 1).padStart(2, "0")}/${String((now.getFullYear() + 2) % 100).padStart(2, "0")}`;
}

function fieldErrors(input: unknown) {
  const result = cardInput.safeParse(input);
  if (result.success) return {};
  const errors: Record<string, string[]> = {};
  for (const issue of result.error.issues) (errors[String(issue.path[0])] ??= []).push(issue.message);
  return errors;
}

describe("card numbers", () => {
  it("accepts numbers that pass the Luhn check and refuses typos", () => {
    expect(luhnValid("4242424242424242")).toBe(true);
    expect(luhnValid("79927398713")).toBe(true);
    expect(luhnValid("4242424242424241")).toBe(false);
    expect(luhnValid("4242 4242 4242 4242")).toBe(false);
    expect(luhnValid("")).toBe(false);
  });

  it("strips the spaces and dashes shoppers type", () => {
    expect(normaliseCardNumber(" 4242 4242-4242 4242 ")).toBe("4242424242424242");
  });

  it("names the brand and keeps only the last four digits", () => {
    expect(cardBrand("4242 4242 4242 4242")).toBe("visa");
    expect(cardBrand(TEST_CARDS.mastercard)).toBe("mastercard");
    expect(cardBrand("2223003122003222")).toBe("mastercard");
    expect(cardBrand("378282246310005")).toBe("amex");
    expect(cardBrand("6011111111111117")).toBe("card");
    expect(last4("4242 4242 4242 4242")).toBe("4242");
  });
});

describe("expiry dates", () => {
  it("reads MM/YY, MM / YY and MM/YYYY", () => {
    expect(parseExpiry("11/26", nov2026)).toEqual({ month: 11, year: 2026 });
    expect(parseExpiry("03 / 28", nov2026)).toEqual({ month: 3, year: 2028 });
    expect(parseExpiry("03/2028", nov2026)).toEqual({ month: 3, year: 2028 });
  });

  it("refuses malformed dates", () => {
    for (const bad of ["13/26", "00/26", "1126", "11/2", "11/202", "ab/cd", ""]) {
      expect(parseExpiry(bad, nov2026), bad).toBeNull();
    }
  });

  it("keeps a card valid through its expiry month", () => {
    expect(isExpired({ month: 11, year: 2026 }, nov2026)).toBe(false);
    expect(isExpired({ month: 11, year: 2026 }, new Date(2026, 10, 30, 23, 59))).toBe(false);
    expect(isExpired({ month: 10, year: 2026 }, nov2026)).toBe(true);
    expect(isExpired({ month: 12, year: 2025 }, nov2026)).toBe(true);
  });
});

describe("card form input", () => {
  it("accepts a good card", () => {
    expect(fieldErrors({ number: "4242 4242 4242 4242", expiry: futureExpiry(), cvc: "123" })).toEqual({});
  });

  it("names the field that is wrong", () => {
    expect(fieldErrors({ number: "4242 4242 4242 4241", expiry: "13/30", cvc: "12" })).toEqual({
      number: ["Check the card number."],
      expiry: ["Enter the expiry as MM/YY."],
      cvc: ["Enter the 3 or 4 digit security code."],
    });
    expect(fieldErrors({ number: "4242", expiry: futureExpiry(), cvc: "1234" })).toEqual({
      number: ["Check the card number."],
    });
  });

  it("refuses a card that expired last month but not one that expires this month", () => {
    const now = new Date();
    const yy = String(now.getFullYear() % 100).padStart(2, "0");
    const thisMonth = `${now.getMonth() + 1}/${yy}`;
    const lastMonth =
      now.getMonth() === 0 ? `12/${String((now.getFullYear() - 1) % 100).padStart(2, "0")}` : `${now.getMonth()}/${yy}`;
    expect(fieldErrors({ number: TEST_CARDS.visa, expiry: thisMonth, cvc: "123" })).toEqual({});
    expect(fieldErrors({ number: TEST_CARDS.visa, expiry: lastMonth, cvc: "123" })).toEqual({
      expiry: ["This card has expired."],
    });
  });

  it("bounds every string and says so once per field", () => {
    expect(fieldErrors({ number: "4".repeat(31), expiry: "12/2099 12", cvc: "12345" })).toEqual({
      number: ["Check the card number."],
      expiry: ["Enter the expiry as MM/YY."],
      cvc: ["Enter the 3 or 4 digit security code."],
    });
    expect(fieldErrors({ number: "4".repeat(31), expiry: futureExpiry(), cvc: "1" })).toEqual({
      number: ["Check the card number."],
      cvc: ["Enter the 3 or 4 digit security code."],
    });
  });
});

describe("test payment provider", () => {
  it("authorizes the success cards with their brand and last four digits", async () => {
    const provider = createTestPaymentProvider();
    const visa = await provider.authorize({ amount, card: card("4242 4242 4242 4242"), reference: "order-1" });
    expect(visa).toMatchObject({ ok: true, brand: "visa", last4: "4242" });
    expect(visa.ok && visa.authorizationId).toMatch(/^test_auth_[0-9a-f]+$/);
    const mastercard = await provider.authorize({ amount, card: card(TEST_CARDS.mastercard), reference: "order-2" });
    expect(mastercard).toMatchObject({ ok: true, brand: "mastercard", last4: "4444" });
    const other = await provider.authorize({ amount, card: card("378282246310005"), reference: "order-3" });
    expect(other).toMatchObject({ ok: true, brand: "amex", last4: "0005" });
  });

  it("refuses the declined and insufficient funds cards without throwing", async () => {
    const provider = createTestPaymentProvider();
    expect(await provider.authorize({ amount, card: card(TEST_CARDS.declined), reference: "order-1" })).toEqual({
      ok: false,
      reason: "declined",
      message: "Your card was declined. Try another card or choose pay at pickup.",
    });
    expect(
      await provider.authorize({ amount, card: card(TEST_CARDS.insufficientFunds), reference: "order-1" }),
    ).toEqual({
      ok: false,
      reason: "insufficient_funds",
      message: "Your card has insufficient funds.",
    });
  });

  it("fails the try-again card once per reference, then succeeds", async () => {
    const provider = createTestPaymentProvider();
    const attempt = (reference: string) => provider.authorize({ amount, card: card(TEST_CARDS.tryAgain), reference });
    expect(await attempt("order-1")).toMatchObject({ ok: false, reason: "try_again" });
    expect(await attempt("order-1")).toMatchObject({ ok: true, last4: "0119" });
    expect(await attempt("order-2")).toMatchObject({ ok: false, reason: "try_again" });
  });

  it("tracks each authorization through capture and void", async () => {
    const provider = createTestPaymentProvider();
    const authorize = async () => {
      const result = await provider.authorize({ amount, card: card(TEST_CARDS.visa), reference: "order-1" });
      if (!result.ok) throw new Error("expected an authorization");
      return result.authorizationId;
    };
    const captured = await authorize();
    expect(provider.inspect(captured)).toBe("authorized");
    await provider.capture(captured, amount);
    expect(provider.inspect(captured)).toBe("captured");
    await expect(provider.capture(captured, amount)).rejects.toThrow();
    await expect(provider.void(captured)).rejects.toThrow();

    const voided = await authorize();
    await provider.void(voided);
    expect(provider.inspect(voided)).toBe("voided");
    await expect(provider.capture(voided, amount)).rejects.toThrow();

    const tooMuch = await authorize();
    await expect(provider.capture(tooMuch, { ...amount, amountMinor: amount.amountMinor + 1 })).rejects.toThrow();
    expect(provider.inspect(tooMuch)).toBe("authorized");
  });

  it("refunds a captured payment in parts, never more than was taken", async () => {
    const provider = createTestPaymentProvider();
    const result = await provider.authorize({ amount, card: card(TEST_CARDS.visa), reference: "order-1" });
    if (!result.ok) throw new Error("expected an authorization");
    const id = result.authorizationId;
    expect(await provider.refund(id, { ...amount, amountMinor: 1_000 }, "r1")).toMatchObject({ ok: false });
    await provider.capture(id, { ...amount, amountMinor: 3_000 });
    const first = await provider.refund(id, { ...amount, amountMinor: 1_000 }, "r1");
    expect(first.ok && first.refundId).toMatch(/^test_refund_[0-9a-f]+$/);
    expect(await provider.refund(id, { ...amount, amountMinor: 2_001 }, "r2")).toMatchObject({ ok: false });
    expect(await provider.refund(id, { ...amount, amountMinor: 2_000 }, "r2")).toMatchObject({ ok: true });
    expect(provider.refunded(id)).toBe(3_000);
  });

  it("throws for an authorization it never gave", async () => {
    const provider = createTestPaymentProvider();
    expect(provider.inspect("test_auth_nope")).toBeUndefined();
    await expect(provider.capture("test_auth_nope", amount)).rejects.toThrow();
    await expect(provider.void("test_auth_nope")).rejects.toThrow();
  });
});

describe("choosing the provider", () => {
  afterEach(() => setPaymentProviderForTests(null));

  it("uses one test provider per process, and lets a test plug in a fake", () => {
    expect(getPaymentProvider().name).toBe("test");
    expect(getPaymentProvider()).toBe(getPaymentProvider());
    const fake: PaymentProvider = {
      name: "fake",
      authorize: async () => ({ ok: false, reason: "declined", message: "No." }),
      capture: async () => {},
      void: async () => {},
      refund: async () => ({ ok: false, message: "No." }),
    };
    setPaymentProviderForTests(fake);
    expect(getPaymentProvider()).toBe(fake);
    setPaymentProviderForTests(null);
    expect(getPaymentProvider().name).toBe("test");
  });
});
