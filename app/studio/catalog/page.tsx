import { FileSpreadsheet, Plus } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { api } from "@/trpc/server";
import { StudioShell } from "../_components/shell";
import { studioAccess } from "../_lib/access";
import { ProductList } from "./_components/product-list";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("studio.catalog"))("title") };
}

export default async function CatalogPage() {
  // The role is checked here, in the page, not only in a layout.
  const person = await studioAccess("/studio/catalog");
  const [categories, t] = await Promise.all([api.studio.categories.list(), getTranslations("studio.catalog")]);
  return (
    <StudioShell
      person={person}
      title={t("title")}
      description={t("description")}
      actions={
        <>
          <Link
            href="/studio/catalog/import"
            className="inline-flex h-9 items-center gap-2 rounded-lg border border-stone-300 bg-white px-3.5 text-sm font-medium text-stone-900 hover:border-stone-400 hover:bg-stone-50"
          >
            <FileSpreadsheet aria-hidden="true" className="size-4" />
            {t("importExport")}
          </Link>
          <Link
            href="/studio/catalog/new"
            className="inline-flex h-9 items-center gap-2 rounded-lg bg-stone-950 px-3.5 text-sm font-semibold text-white hover:bg-stone-800"
          >
            <Plus aria-hidden="true" className="size-4" />
            {t("newProduct")}
          </Link>
        </>
      }
    >
      <ProductList categories={categories.map(({ id, name }) => ({ id, name }))} />
    </StudioShell>
  );
}
