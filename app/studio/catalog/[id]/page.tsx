import type { Metadata } from "next";
import { studioAccess } from "@/app/studio/_lib/access";
import { api } from "@/trpc/server";
import { DetailsForm } from "./_components/details-form";
import { studioProduct } from "./_lib/product";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: (await studioProduct((await params).id)).content.en.name };
}

export default async function ProductDetailsPage({ params }: Props) {
  const { id } = await params;
  await studioAccess(`/studio/catalog/${id}`);
  const [product, categories] = await Promise.all([studioProduct(id), api.studio.categories.list()]);
  return <DetailsForm product={product} categories={categories.map(({ id, name }) => ({ id, name }))} />;
}
