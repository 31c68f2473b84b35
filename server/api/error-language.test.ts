import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { callerFor, trpcErrorOf } from "@/server/test/caller";
import { createTestDatabase, type TestDatabase } from "@/server/test/database";
import { callOverHttp } from "@/server/test/over-http";

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(() => t.close());

const emptyCartOrder = {
  idempotencyKey: randomUUID(),
  contact: { email: "nobody@example.com", name: "Ana" },
  fulfilment: {
    type: "delivery" as const,
    address: { name: "Ana", line1: "Calle Mayor 1", city: "Madrid", postalCode: "28013", country: "ES" as const },
  },
  payment: { method: "card" as const, card: { number: "4242424242424242", expiry: "12/30", cvc: "123" } },
};

describe("the server speaks the calling page's language", () => {
  it("says a refusal in Spanish to a Spanish page and in English to an English one", async () => {
    const es = await trpcErrorOf(callerFor(t, null, {}, { locale: "es" }).api.checkout.placeOrder(emptyCartOrder));
    expect(es.message).toBe("Tu cesta está vacía.");
    const en = await trpcErrorOf(callerFor(t, null, {}, { locale: "en" }).api.checkout.placeOrder(emptyCartOrder));
    expect(en.message).toBe("Your cart is empty.");
  });

  it("words each form field's problem in the page's language, over HTTP", async () => {
    const form = { name: "", email: "ana@example.com", password: "short" };
    const es = await callOverHttp(t, "account.signUp", form, { locale: "es" });
    expect(es.status).toBe(400);
    expect(es.error?.data.fieldErrors).toMatchObject({
      name: ["Escribe tu nombre."],
      password: ["Escribe al menos 8 caracteres."],
    });
    expect(es.error?.message).toBe("Escribe tu nombre.");
    const en = await callOverHttp(t, "account.signUp", form, { locale: "en" });
    expect(en.error?.data.fieldErrors).toMatchObject({ name: ["Enter your name."] });
  });

  it("turns zod's own wording into the shop's, in either language", async () => {
    const es = await callOverHttp(t, "catalog.search", { q: 42 }, { locale: "es" });
    expect(es.status).toBe(400);
    expect(es.error?.message).toBe("Revisa este campo.");
  });
});
