import "server-only";
import { TRPCError } from "@trpc/server";
import { notFound } from "next/navigation";
import { cache } from "react";
import { z } from "zod";
import { api } from "@/trpc/server";

/** One product for the editor's layout and tab, read once per request; an unknown id is a 404. */
export const studioProduct = cache(async (id: string) => {
  if (!z.uuid().safeParse(id).success) notFound();
  try {
    return await api.studio.products.get({ id });
  } catch (err) {
    if (err instanceof TRPCError && err.code === "NOT_FOUND") notFound();
    throw err;
  }
});
