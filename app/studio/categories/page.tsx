import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { api } from "@/trpc/server";
import { StudioShell } from "../_components/shell";
import { studioAccess } from "../_lib/access";
import { CategoryManager } from "./_components/category-manager";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("studio.categories"))("title") };
}

export default async function CategoriesPage() {
  const person = await studioAccess("/studio/categories");
  const [categories, t] = await Promise.all([api.studio.categories.list(), getTranslations("studio.categories")]);
  return (
    <StudioShell person={person} title={t("title")} description={t("description")}>
      <CategoryManager initial={categories} />
    </StudioShell>
  );
}
