import { describe, expect, it } from "vitest";
import { DELIVERY_FEE_MINOR, deliveryFee, FREE_DELIVERY_FROM_MINOR } from "./delivery-fee";

describe("the delivery fee", () => {
  it("is charged below the free-delivery threshold, in the goods' currency", () => {
    expect(deliveryFee({ amountMinor: 0, currency: "EUR" })).toEqual({
      amountMinor: DELIVERY_FEE_MINOR,
      currency: "EUR",
    });
    expect(deliveryFee({ amountMinor: FREE_DELIVERY_FROM_MINOR - 1, currency: "GBP" })).toEqual({
      amountMinor: 495,
      currency: "GBP",
    });
  });

  it("is nothing from the threshold on", () => {
    expect(deliveryFee({ amountMinor: FREE_DELIVERY_FROM_MINOR, currency: "EUR" })).toEqual({
      amountMinor: 0,
      currency: "EUR",
    });
    expect(deliveryFee({ amountMinor: 50_000, currency: "EUR" })).toEqual({ amountMinor: 0, currency: "EUR" });
  });
});
