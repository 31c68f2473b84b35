import "server-only";
import { TRPCError } from "@trpc/server";
import { headers } from "next/headers";
import { notFound } from "next/navigation";
import { cache } from "react";
import { createCaller } from "@/server/api/root";
import { createTRPCContext } from "@/server/api/context";

const createContext = cache(async () => createTRPCContext({ headers: new Headers(await headers()) }));

/** Server components call procedures directly, with the same checks as over HTTP. */
export const api = createCaller(createContext);

/** Turns a NOT_FOUND from a procedure into the page's 404. */
export async function orNotFound<T>(promise: Promise<T>): Promise<T> {
  try {
    return await promise;
  } catch (err) {
    if (err instanceof TRPCError && err.code === "NOT_FOUND") notFound();
    throw err;
  }
}
