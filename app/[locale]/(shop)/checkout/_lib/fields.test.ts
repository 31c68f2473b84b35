import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import { MESSAGES } from "@/messages";
import {
  EMPTY_VALUES,
  fieldId,
  formatCardNumber,
  formatCvc,
  formatExpiry,
  sectionOf,
  validateSection as validateIn,
  type Section,
  type Values,
} from "./fields";

const values = (over: Partial<Values>): Values => ({ ...EMPTY_VALUES, ...over });
const inEnglish = createTranslator({ locale: "en", messages: MESSAGES.en, namespace: "checkout.fields.errors" });
const inSpanish = createTranslator({ locale: "es", messages: MESSAGES.es, namespace: "checkout.fields.errors" });
const validateSection = (section: Section, v: Values) => validateIn(section, v, inEnglish);

describe("checkout fields checked in the browser by the server's own schemas", () => {
  it("name each empty contact field with its message", () => {
    expect(validateSection("contact", EMPTY_VALUES)).toEqual({
      "contact.email": "Enter a valid email address.",
      "contact.name": "Enter your name.",
    });
    expect(validateSection("contact", values({ "contact.email": "ana@example.com", "contact.name": "Ana" }))).toEqual(
      {},
    );
  });

  it("refuse a card that fails its check digit, has expired, or has a short code", () => {
    const errors = validateSection(
      "card",
      values({ "payment.card.number": "4242424242424241", "payment.card.expiry": "01/20", "payment.card.cvc": "1" }),
    );
    expect(errors).toEqual({
      "payment.card.number": "Check the card number.",
      "payment.card.expiry": "This card has expired.",
      "payment.card.cvc": "Enter the 3 or 4 digit security code.",
    });
    expect(
      validateSection(
        "card",
        values({
          "payment.card.number": "4242 4242 4242 4242",
          "payment.card.expiry": "12/39",
          "payment.card.cvc": "123",
        }),
      ),
    ).toEqual({});
  });

  it("ask for a Spanish postcode on a delivery address, and leave the second line optional", () => {
    const errors = validateSection(
      "address",
      values({
        "fulfilment.address.name": "Ana",
        "fulfilment.address.line1": "Calle Mayor 1",
        "fulfilment.address.city": "Madrid",
        "fulfilment.address.postalCode": "2801",
      }),
    );
    expect(errors).toEqual({ "fulfilment.address.postalCode": "Enter a 5-digit postcode, like 28013." });
  });

  it("say how long a field may be, and tell a wrong expiry from a past one, in the shopper's language", () => {
    const long = values({ "contact.email": "ana@example.com", "contact.name": "A".repeat(121) });
    expect(validateSection("contact", long)).toEqual({ "contact.name": "Use at most 120 characters." });
    expect(validateIn("contact", long, inSpanish)).toEqual({ "contact.name": "Usa como máximo 120 caracteres." });
    const card = values({ "payment.card.number": "4242424242424242", "payment.card.cvc": "123" });
    expect(validateSection("card", { ...card, "payment.card.expiry": "13/30" })).toEqual({
      "payment.card.expiry": "Enter the expiry as MM/YY.",
    });
    expect(validateIn("card", { ...card, "payment.card.expiry": "01/20" }, inSpanish)).toEqual({
      "payment.card.expiry": "Esta tarjeta ha caducado.",
    });
  });

  it("place each field in its section and give it a stable id", () => {
    expect(sectionOf("contact.email")).toBe("contact");
    expect(sectionOf("fulfilment.address.city")).toBe("address");
    expect(sectionOf("payment.card.cvc")).toBe("card");
    expect(fieldId("payment.card.cvc")).toBe("checkout-payment-card-cvc");
  });
});

describe("card details as the shopper types them", () => {
  it("group the number in fours, keeping digits only, at most 19", () => {
    expect(formatCardNumber("4242424242424242")).toBe("4242 4242 4242 4242");
    expect(formatCardNumber("4242-4242 42")).toBe("4242 4242 42");
    expect(formatCardNumber("1".repeat(25))).toBe("1111 1111 1111 1111 111");
  });

  it("shape the expiry as MM/YY, from typed digits or a pasted full year", () => {
    expect(formatExpiry("4")).toBe("04");
    expect(formatExpiry("1")).toBe("1");
    expect(formatExpiry("1226")).toBe("12/26");
    expect(formatExpiry("12/2030")).toBe("12/30");
    expect(formatExpiry("1/2030")).toBe("01/30");
    expect(formatExpiry("3/")).toBe("03/");
  });

  it("keep at most four digits of the security code", () => {
    expect(formatCvc("12a34 5")).toBe("1234");
  });
});
