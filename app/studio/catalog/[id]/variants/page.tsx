import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { studioAccess } from "@/app/studio/_lib/access";
import { studioProduct } from "../_lib/product";
import { VariantsEditor } from "./_components/variants-editor";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const [product, t] = await Promise.all([studioProduct((await params).id), getTranslations("studio.editor.meta")]);
  return { title: t("variants", { name: product.content.en.name }) };
}

export default async function ProductVariantsPage({ params }: Props) {
  const { id } = await params;
  await studioAccess(`/studio/catalog/${id}/variants`);
  return <VariantsEditor product={await studioProduct(id)} />;
}
