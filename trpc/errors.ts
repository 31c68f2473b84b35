import { TRPCClientError } from "@trpc/client";
import type { TRPC_ERROR_CODE_KEY } from "@trpc/server";
import type { AppRouter } from "@/server/api/root";
import type { DomainErrorCode } from "@/server/errors";

/**
 * The one client-side reader of a failed API call. What a caller branches on is a code the server
 * sends (server/api/trpc.ts errorFormatter: the HTTP code, the domain's own code, field errors and
 * details), never the message's words; the message is only ever shown.
 */
export type ApiFailure = {
  /** The server answered; false for a network failure (or anything that is not an API error). */
  answered: boolean;
  /** The server's message, or the error's own when there was no answer (callers choose their words then). */
  message: string;
  /** The tRPC code (BAD_REQUEST, CONFLICT…), null when there was no answer. */
  trpcCode: TRPC_ERROR_CODE_KEY | null;
  /** The domain's own code (OUT_OF_STOCK, PAYMENT_DECLINED…; server/errors.ts), finer than the tRPC one. */
  domainCode: DomainErrorCode | null;
  httpStatus: number | null;
  /** Messages by dotted field path, from the input's schema. */
  fieldErrors: Record<string, string[]> | null;
  details: Record<string, unknown> | null;
};

export function apiFailure(err: unknown): ApiFailure {
  const message = err instanceof Error ? err.message : "";
  const data = err instanceof TRPCClientError ? (err as TRPCClientError<AppRouter>).data : undefined;
  if (!data)
    return {
      answered: false,
      message,
      trpcCode: null,
      domainCode: null,
      httpStatus: null,
      fieldErrors: null,
      details: null,
    };
  return {
    answered: true,
    message,
    trpcCode: data.code,
    domainCode: data.domainCode,
    httpStatus: data.httpStatus,
    fieldErrors: data.fieldErrors,
    details: data.details,
  };
}

/** The first message for each of these fields that the server placed on one. */
export function fieldMessages<F extends string>(failure: ApiFailure, fields: readonly F[]): Partial<Record<F, string>> {
  const found: Partial<Record<F, string>> = {};
  for (const field of fields) {
    const message = failure.fieldErrors?.[field]?.[0];
    if (message) found[field] = message;
  }
  return found;
}

/** How long a limit asks the caller to wait (details.retryAfterSeconds), if it says. */
export function retryAfterSeconds(failure: ApiFailure): number | null {
  const retry = failure.details?.retryAfterSeconds;
  return typeof retry === "number" ? retry : null;
}
