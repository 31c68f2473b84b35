import { describe, expect, it } from "vitest";
import { isClosed, ORDER_STATUS_WORDS, ORDER_STATUSES, statusWords } from "./order-status";

describe("order status words", () => {
  it("word every status in every form", () => {
    for (const status of ORDER_STATUSES) {
      for (const words of Object.values(ORDER_STATUS_WORDS[status])) expect(words).not.toBe("");
    }
  });

  it("give one form as a table", () => {
    expect(statusWords("label")).toMatchObject({ ready: "Ready to collect", expired: "Not collected" });
    expect(statusWords("step")).toMatchObject({ picking: "Picking", expired: "Expired" });
    expect(statusWords("atCounter")).toMatchObject({
      placed: "Being prepared",
      picking: "Being prepared",
      shipped: "On its way",
    });
    expect(statusWords("inSentence")).toMatchObject({ placed: "new", ready: "ready for pickup" });
  });

  it("say when nothing more will happen to an order", () => {
    expect(ORDER_STATUSES.filter(isClosed)).toEqual(["collected", "delivered", "cancelled", "expired"]);
  });
});
