import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { studioAccess } from "@/app/studio/_lib/access";
import { api } from "@/trpc/server";
import { studioProduct } from "../_lib/product";
import { ImagesEditor } from "./_components/images-editor";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const [product, t] = await Promise.all([studioProduct((await params).id), getTranslations("studio.editor.meta")]);
  return { title: t("images", { name: product.content.en.name }) };
}

export default async function ProductImagesPage({ params }: Props) {
  const { id } = await params;
  await studioAccess(`/studio/catalog/${id}/images`);
  const product = await studioProduct(id);
  const images = await api.studio.images.list({ productId: product.id });
  // The colours an image may belong to: those the product is sold in now.
  const colours = [...new Set(product.variants.filter((v) => !v.archived && v.colour).map((v) => v.colour!))];
  return <ImagesEditor productId={product.id} colours={colours} initial={images} />;
}
