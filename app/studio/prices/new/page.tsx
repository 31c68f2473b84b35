import type { Metadata } from "next";
import { StudioShell } from "@/app/studio/_components/shell";
import { studioAccess } from "@/app/studio/_lib/access";
import { api } from "@/trpc/server";
import { PriceListForm } from "./_components/price-list-form";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "New price list" };

export default async function NewPriceListPage() {
  const person = await studioAccess("/studio/prices/new");
  const categories = await api.studio.categories.list();
  return (
    <StudioShell
      person={person}
      title="New price list"
      description="A sale from one Madrid time until another. The “was” price is derived, never typed."
    >
      <div className="min-h-0 flex-1 overflow-y-auto">
        <PriceListForm categories={categories.map(({ id, name }) => ({ id, name }))} />
      </div>
    </StudioShell>
  );
}
