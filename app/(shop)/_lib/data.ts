import "server-only";
import { notFound } from "next/navigation";
import { cache } from "react";
import { api, orNotFound } from "@/trpc/server";

/** The slug rule the API enforces; anything else is a 404, never a validation error (500). */
const SLUG = /^[a-z0-9-]{1,120}$/;

/** Cached per request, so a layout, generateMetadata and the page share one query. */
export const getCategory = cache(async (slug: string) => {
  if (!SLUG.test(slug)) notFound();
  return orNotFound(api.catalog.category({ slug }));
});

export const getProduct = cache(async (slug: string) => {
  if (!SLUG.test(slug)) notFound();
  return orNotFound(api.catalog.product({ slug }));
});

export const getLocations = cache(() => api.locations.list());
export const getChosenStore = cache(() => api.locations.chosen());
export const getCategories = cache(() => api.catalog.categories());
