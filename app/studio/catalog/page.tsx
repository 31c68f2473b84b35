import type { Metadata } from "next";
import { api } from "@/trpc/server";
import { StudioShell } from "../_components/shell";
import { studioAccess } from "../_lib/access";
import { ProductList } from "./_components/product-list";
import { filtersFrom } from "./_lib/filters";

export const dynamic = "force-dynamic";

export const metadata: Metadata = { title: "Products" };

export default async function CatalogPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  // The role is checked here, in the page, not only in a layout.
  const person = await studioAccess("/studio/catalog");
  const [categories, raw] = await Promise.all([api.studio.categories.list(), searchParams]);
  return (
    <StudioShell
      person={person}
      title="Products"
      description="Every product in the catalog, drafts included, on every channel."
    >
      <ProductList categories={categories.map(({ id, name }) => ({ id, name }))} initialFilters={filtersFrom(raw)} />
    </StudioShell>
  );
}
