import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { alternates } from "@/i18n/alternates";
import { Breadcrumbs } from "@/app/[locale]/(shop)/_components/breadcrumbs";
import { ProductView } from "@/app/[locale]/(shop)/p/[slug]/_components/product-view";
import { LiveVariantsRefresh, RefreshAtPriceChange } from "@/app/_components/live";
import { RecordInteraction } from "@/app/[locale]/(shop)/_components/record-interaction";
import { PreviewNotice } from "@/app/[locale]/(shop)/p/[slug]/_components/preview-notice";
import { ProductText } from "@/app/[locale]/(shop)/p/[slug]/_components/product-text";
import { firstValue, type RawSearchParams } from "../../_lib/search-params";
import { getChosenStore, getLocations, getProduct, isPreview } from "../../_lib/data";

export const dynamic = "force-dynamic";

type Props = {
  params: Promise<{ slug: string }>;
  searchParams: Promise<RawSearchParams>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const [product, locale] = await Promise.all([
    params.then(async ({ slug }) => getProduct(slug, await isPreview())),
    getLocale(),
  ]);
  const image = product.images[0];
  return {
    title: product.name,
    alternates: alternates(`/p/${product.slug}`, locale),
    // A preview is for the marketer looking at it, never for search engines.
    robots: product.preview ? { index: false, follow: false } : undefined,
    description: product.description.slice(0, 160) || undefined,
    openGraph: image ? { images: [{ url: image.url, alt: image.alt }] } : undefined,
  };
}

export default async function ProductPage({ params, searchParams }: Props) {
  const { slug } = await params;
  const raw = await searchParams;
  const [product, locations, chosen, t] = await Promise.all([
    isPreview().then((preview) => getProduct(slug, preview)),
    getLocations(),
    getChosenStore(),
    getTranslations("shop"),
  ]);

  // The selection from the URL: ?variant=<id>, or ?colour=…&size=… (case-insensitive). Unknown values are ignored.
  const byId = product.variants.find((v) => v.id === firstValue(raw, "variant"));
  const match = (wanted: string | undefined, values: (string | null)[]) =>
    wanted ? (values.find((v) => v !== null && v.toLowerCase() === wanted.toLowerCase()) ?? null) : null;
  const colour = byId
    ? byId.colour
    : match(
        firstValue(raw, "colour") ?? firstValue(raw, "color"),
        product.variants.map((v) => v.colour),
      );
  const size = byId
    ? byId.size
    : match(
        firstValue(raw, "size"),
        product.variants.filter((v) => colour === null || v.colour === colour).map((v) => v.size),
      );

  return (
    <div className="mx-auto max-w-screen-2xl px-4 pt-6 pb-16 sm:px-6 lg:px-10 lg:pt-8 lg:pb-24">
      {product.preview ? (
        <PreviewNotice onWeb={product.onWeb} from={product.publication.from} until={product.publication.until} />
      ) : (
        <RecordInteraction kind="view" slug={product.slug} />
      )}
      <LiveVariantsRefresh variantIds={product.variants.map((v) => v.id)} />
      <RefreshAtPriceChange at={product.nextPriceChange} />
      <Breadcrumbs
        items={[
          { label: t("breadcrumbs.home"), href: "/" },
          { label: product.category.name, href: `/c/${product.category.slug}` },
          { label: product.name },
        ]}
        className="mb-3 sm:mb-6"
      />
      <ProductView
        product={product}
        locations={locations}
        chosenStoreId={chosen?.id ?? null}
        initialColour={colour}
        initialSize={size}
        header={
          <div>
            <p className="text-sm font-medium tracking-wide text-stone-500">{product.brand}</p>
            <h1 className="mt-1 text-3xl font-semibold tracking-tight text-stone-950 sm:text-4xl">{product.name}</h1>
          </div>
        }
      >
        <ProductText id="description-heading" title={t("product.about")} text={product.description} />
        <ProductText id="care-heading" title={t("product.care")} text={product.care} />
        <ProductText id="fit-heading" title={t("product.fit")} text={product.fit} />
      </ProductView>
    </div>
  );
}
