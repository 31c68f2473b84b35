import { TRPCClientError } from "@trpc/client";
import { describe, expect, it } from "vitest";
import { apiFailure, fieldMessages, retryAfterSeconds } from "./errors";

function answered(message: string, data: Record<string, unknown>) {
  return new TRPCClientError(message, {
    result: {
      error: {
        message,
        code: -32600,
        data: {
          code: "BAD_REQUEST",
          domainCode: null,
          httpStatus: 400,
          path: "x",
          fieldErrors: null,
          details: null,
          ...data,
        },
      },
    },
  });
}

describe("the API error reader", () => {
  it("reads the codes, field errors and details the server sends", () => {
    const failure = apiFailure(
      answered("Too many attempts.", {
        code: "TOO_MANY_REQUESTS",
        domainCode: "RATE_LIMITED",
        httpStatus: 429,
        details: { retryAfterSeconds: 40 },
      }),
    );
    expect(failure).toMatchObject({
      answered: true,
      message: "Too many attempts.",
      trpcCode: "TOO_MANY_REQUESTS",
      domainCode: "RATE_LIMITED",
      httpStatus: 429,
    });
    expect(retryAfterSeconds(failure)).toBe(40);
  });

  it("gives the first message of each field asked for", () => {
    const failure = apiFailure(
      answered("Check the details.", {
        fieldErrors: { email: ["Enter a valid email address.", "Too long."], other: ["x"] },
      }),
    );
    expect(fieldMessages(failure, ["email", "name"])).toEqual({ email: "Enter a valid email address." });
  });

  it("says when the server did not answer", () => {
    expect(apiFailure(new TypeError("Failed to fetch"))).toMatchObject({
      answered: false,
      message: "Failed to fetch",
      trpcCode: null,
      domainCode: null,
      details: null,
    });
    expect(apiFailure("nonsense")).toMatchObject({ answered: false, message: "" });
    expect(retryAfterSeconds(apiFailure(null))).toBeNull();
  });
});
