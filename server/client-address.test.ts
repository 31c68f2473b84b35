import { describe, expect, it } from "vitest";
import { clientAddress } from "./client-address";

const from = (xff?: string) => new Headers(xff === undefined ? {} : { "x-forwarded-for": xff });

// scripts/server.mjs appends the socket's address, so the last entry is the connection itself.
describe("clientAddress", () => {
  it("is the socket's address, whatever the client wrote to the left of it", () => {
    expect(clientAddress(from("203.0.113.9"), 0)).toBe("203.0.113.9");
    expect(clientAddress(from("1.2.3.4, 5.6.7.8, 203.0.113.9"), 0)).toBe("203.0.113.9");
    expect(clientAddress(from("1.2.3.4,203.0.113.9"), 0)).toBe("203.0.113.9");
  });

  it("behind trusted proxies, is the entry the outermost proxy wrote", () => {
    // client forged "6.6.6.6"; the TLS proxy appended the client it saw; our server appended the proxy.
    expect(clientAddress(from("6.6.6.6, 198.51.100.7, 10.0.0.2"), 1)).toBe("198.51.100.7");
    expect(clientAddress(from("6.6.6.6, 198.51.100.7, 10.0.0.3, 10.0.0.2"), 2)).toBe("198.51.100.7");
  });

  it("strips the IPv4-mapped prefix of a dual-stack socket, and keeps real IPv6", () => {
    expect(clientAddress(from("1.2.3.4, ::ffff:127.0.0.1"), 0)).toBe("127.0.0.1");
    expect(clientAddress(from("2001:db8::1"), 0)).toBe("2001:db8::1");
  });

  it("is null without any address", () => {
    expect(clientAddress(from(), 0)).toBeNull();
    expect(clientAddress(from(" , "), 0)).toBeNull();
  });
});

describe("what scripts/server.mjs hands to the app", () => {
  it("a forged X-Forwarded-For cannot choose the address the app sees", async () => {
    const { appendForwardedFor } = await import("../scripts/forwarded-for.mjs");
    const forwarded = appendForwardedFor("6.6.6.6", "::ffff:192.0.2.10");
    expect(clientAddress(from(forwarded), 0)).toBe("192.0.2.10");
    expect(clientAddress(from(appendForwardedFor(["6.6.6.6", "7.7.7.7"], "192.0.2.10")), 0)).toBe("192.0.2.10");
    expect(clientAddress(from(appendForwardedFor(undefined, "192.0.2.10")), 0)).toBe("192.0.2.10");
  });
});
