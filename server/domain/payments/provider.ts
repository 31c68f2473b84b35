import "server-only";
import type { PaymentProvider } from "./payments";
import { createTestPaymentProvider } from "./test-provider";

/** The contract lives in payments.ts (test-provider.ts implements it without importing this file). */
export type { AuthorizeResult, CardDetails, DeclineReason, Money, PaymentProvider, RefundResult } from "./payments";

// One per process: the test provider keeps its authorizations in memory, so there must be one.
let defaultProvider: PaymentProvider | undefined;
let override: PaymentProvider | null = null;

export function getPaymentProvider(): PaymentProvider {
  if (override) return override;
  defaultProvider ??= createTestPaymentProvider();
  return defaultProvider;
}

/** Plug a fake in for a test; `null` restores the built-in provider. */
export function setPaymentProviderForTests(provider: PaymentProvider | null): void {
  override = provider;
}
