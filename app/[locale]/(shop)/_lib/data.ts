import "server-only";
import { TRPCError } from "@trpc/server";
import { notFound, permanentRedirect } from "next/navigation";
import { headers } from "next/headers";
import { getLocale } from "next-intl/server";
import { cache } from "react";
import { getPathname } from "@/i18n/navigation";
import { PREVIEW_HEADER } from "@/lib/preview";
import { auth } from "@/server/auth";
import { productInput } from "@/server/domain/catalog/inputs";
import { STUDIO_ROLES } from "@/server/domain/studio/inputs";
import { api, orNotFound } from "@/trpc/server";

/** A slug the API would refuse as bad input is simply a page that does not exist. */
const isSlug = (slug: string) => productInput.safeParse({ slug }).success;

/** Cached per request, so a layout, generateMetadata and the page share one query. */
export const getCategory = cache(async (slug: string) => {
  if (!isSlug(slug)) notFound();
  return orNotFound(api.catalog.category({ slug }));
});

/**
 * Whether this request asks for a product's preview (?preview=1, which proxy.ts passes on as a
 * header, so the product layout can decide too) and may see it: marketers and admins. Anyone else
 * gets the page as it is on sale now, a 404 for a draft.
 */
export const isPreview = cache(async () => {
  if ((await headers()).get(PREVIEW_HEADER) !== "1") return false;
  const session = await auth();
  return !!session?.user?.id && STUDIO_ROLES.includes(session.user.role);
});

/**
 * A product page's data. An earlier slug redirects (308) to the product's current page, so shared
 * links never break. `preview` (see isPreview) shows the
 * page whatever its publication; anyone else gets the page as it is on sale now.
 */
export const getProduct = cache(async (slug: string, preview = false) => {
  if (!isSlug(slug)) notFound();
  if (preview) {
    const seen = await api.studio.products.preview({ slug }).catch((err: unknown) => {
      // Not the product's current address: the shop's own answer below redirects or says 404.
      if (err instanceof TRPCError && ["UNAUTHORIZED", "FORBIDDEN", "NOT_FOUND"].includes(err.code)) return null;
      throw err;
    });
    if (seen) return { ...seen, preview: true };
  }
  try {
    return { ...(await api.catalog.product({ slug })), preview: false };
  } catch (err) {
    if (!(err instanceof TRPCError && err.code === "NOT_FOUND")) throw err;
    const moved = await api.catalog.moved({ slug });
    if (moved.slug)
      permanentRedirect(
        getPathname({ href: `/p/${moved.slug}${preview ? "?preview=1" : ""}`, locale: await getLocale() }),
      );
    notFound();
  }
});

export const getLocations = cache(() => api.locations.list());
export const getChosenStore = cache(() => api.locations.chosen());
export const getCategories = cache(() => api.catalog.categories());
/** The cookie choice in force and whether to ask for one (the banner). */
export const getConsent = cache(() => api.consent.current());
