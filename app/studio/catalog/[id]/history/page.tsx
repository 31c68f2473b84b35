import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { studioAccess } from "@/app/studio/_lib/access";
import { api } from "@/trpc/server";
import { studioProduct } from "../_lib/product";
import { ProductHistory } from "./_components/product-history";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const [product, t] = await Promise.all([studioProduct((await params).id), getTranslations("studio.editor.meta")]);
  return { title: t("history", { name: product.content.en.name }) };
}

export default async function ProductHistoryPage({ params }: Props) {
  const { id } = await params;
  await studioAccess(`/studio/catalog/${id}/history`);
  const [product, categories] = await Promise.all([studioProduct(id), api.studio.categories.list()]);
  // Category ids in the history read as names, including ones renamed since.
  return <ProductHistory productId={product.id} categories={categories.map((c) => [c.id, c.name])} />;
}
