import { StudioShell } from "@/app/studio/_components/shell";
import { studioAccess } from "@/app/studio/_lib/access";
import { ProductHeader } from "./_components/product-header";
import { EditorTabs } from "./_components/tabs";
import { studioProduct } from "./_lib/product";

export const dynamic = "force-dynamic";

/**
 * The product editor's frame: the product's name, where it is on sale, a storefront preview and
 * one tab per task (details, variants, images, publishing, history). Each tab's page checks the
 * role again; this only frames them.
 */
export default async function ProductEditorLayout({
  params,
  children,
}: {
  params: Promise<{ id: string }>;
  children: React.ReactNode;
}) {
  const { id } = await params;
  const person = await studioAccess(`/studio/catalog/${id}`);
  const product = await studioProduct(id);
  return (
    <StudioShell person={person} title={product.content.en.name} header={<ProductHeader product={product} />}>
      <EditorTabs productId={product.id} />
      <div className="min-h-0 flex-1 overflow-y-auto pt-5">{children}</div>
    </StudioShell>
  );
}
