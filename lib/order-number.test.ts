import { describe, expect, it } from "vitest";
import { isOrderNumber, ORDER_NUMBER_HINT, ORDER_NUMBER_PATTERN, orderNumberInput } from "./order-number";

describe("order numbers", () => {
  it("are a location code and a number, in any case", () => {
    for (const n of ["MAD-1042", "bcn-1", "WEB-1203", "ABCD-1234567890"]) expect(isOrderNumber(n)).toBe(true);
    for (const n of ["", "MAD1042", "M-1", "ABCDE-1", "MAD-", "MAD-12345678901", " MAD-1042", "MAD-1042 ", "MAD-10a"])
      expect(isOrderNumber(n)).toBe(false);
  });

  it("are read from input trimmed, with words a person can act on", () => {
    expect(orderNumberInput.parse("  MAD-1042 ")).toBe("MAD-1042");
    expect(orderNumberInput.safeParse("").error?.issues[0]?.message).toBe("Enter the order number.");
    expect(orderNumberInput.safeParse("MAD 1042").error?.issues[0]?.message).toBe(ORDER_NUMBER_HINT);
    expect(orderNumberInput.safeParse(`MAD-${"1".repeat(30)}`).error?.issues[0]?.message).toBe(ORDER_NUMBER_HINT);
  });

  it("can be found inside a longer text, such as a pickup QR", () => {
    const qr = new RegExp(`^MOSTRADOR:(${ORDER_NUMBER_PATTERN}):(\\d{6})$`, "i").exec("MOSTRADOR:mad-1042:123456");
    expect(qr?.[1]).toBe("mad-1042");
  });
});
