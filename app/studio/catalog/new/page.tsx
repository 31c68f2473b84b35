import type { Metadata } from "next";
import { StudioShell } from "@/app/studio/_components/shell";
import { studioAccess } from "@/app/studio/_lib/access";
import { api } from "@/trpc/server";
import { NewProductForm } from "./_components/new-product-form";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "New product" };

export default async function NewProductPage() {
  const person = await studioAccess("/studio/catalog/new");
  const categories = await api.studio.categories.list();
  return (
    <StudioShell
      person={person}
      title="New product"
      description="It starts as a draft on no channel: publish it when its words, images and prices are ready."
    >
      <div className="min-h-0 flex-1 overflow-y-auto">
        <NewProductForm categories={categories.map(({ id, name }) => ({ id, name }))} />
      </div>
    </StudioShell>
  );
}
