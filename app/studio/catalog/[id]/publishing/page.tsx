import type { Metadata } from "next";
import { studioAccess } from "@/app/studio/_lib/access";
import { studioProduct } from "../_lib/product";
import { ChannelPublishing } from "./_components/channel-publishing";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: `Publishing · ${(await studioProduct((await params).id)).content.en.name}` };
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
