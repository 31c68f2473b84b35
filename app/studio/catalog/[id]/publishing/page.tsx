import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { studioAccess } from "@/app/studio/_lib/access";
import { studioProduct } from "../_lib/product";
import { ChannelPublishing } from "./_components/channel-publishing";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const [product, t] = await Promise.all([studioProduct((await params).id), getTranslations("studio.editor.meta")]);
  return { title: t("publishing", { name: product.content.en.name }) };
}

export default async function ProductPublishingPage({ params }: Props) {
  const { id } = await params;
  await studioAccess(`/studio/catalog/${id}/publishing`);
  const product = await studioProduct(id);
  return (
    <div className="mx-auto grid max-w-6xl gap-5 lg:grid-cols-2">
      <ChannelPublishing productId={product.id} channel="web" window={product.publication.web} />
      <ChannelPublishing productId={product.id} channel="store" window={product.publication.store} />
    </div>
  );
}
