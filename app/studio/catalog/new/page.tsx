import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { StudioShell } from "@/app/studio/_components/shell";
import { studioAccess } from "@/app/studio/_lib/access";
import { api } from "@/trpc/server";
import { NewProductForm } from "./_components/new-product-form";

export const dynamic = "force-dynamic";
export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("studio.newProduct"))("title") };
}

export default async function NewProductPage() {
  const person = await studioAccess("/studio/catalog/new");
  const [categories, t] = await Promise.all([api.studio.categories.list(), getTranslations("studio.newProduct")]);
  return (
    <StudioShell person={person} title={t("title")} description={t("description")}>
      <div className="min-h-0 flex-1 overflow-y-auto">
        <NewProductForm categories={categories.map(({ id, name }) => ({ id, name }))} />
      </div>
    </StudioShell>
  );
}
