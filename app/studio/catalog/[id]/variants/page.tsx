import type { Metadata } from "next";
import { studioAccess } from "@/app/studio/_lib/access";
import { studioProduct } from "../_lib/product";
import { VariantsEditor } from "./_components/variants-editor";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: `Variants · ${(await studioProduct((await params).id)).content.en.name}` };
}

export default async function ProductVariantsPage({ params }: Props) {
  const { id } = await params;
  await studioAccess(`/studio/catalog/${id}/variants`);
  return <VariantsEditor product={await studioProduct(id)} />;
}
