import "server-only";
import { notFound } from "next/navigation";
import { cache } from "react";
import { productInput } from "@/server/domain/catalog/inputs";
import { api, orNotFound } from "@/trpc/server";

/** A slug the API would refuse as bad input is simply a page that does not exist. */
const isSlug = (slug: string) => productInput.safeParse({ slug }).success;

/** Cached per request, so a layout, generateMetadata and the page share one query. */
export const getCategory = cache(async (slug: string) => {
  if (!isSlug(slug)) notFound();
  return orNotFound(api.catalog.category({ slug }));
});

export const getProduct = cache(async (slug: string) => {
  if (!isSlug(slug)) notFound();
  return orNotFound(api.catalog.product({ slug }));
});

export const getLocations = cache(() => api.locations.list());
export const getChosenStore = cache(() => api.locations.chosen());
export const getCategories = cache(() => api.catalog.categories());
