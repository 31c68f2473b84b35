import type { Metadata } from "next";
import { api } from "@/trpc/server";
import { StudioShell } from "../_components/shell";
import { studioAccess } from "../_lib/access";
import { CategoryManager } from "./_components/category-manager";

export const dynamic = "force-dynamic";

export const metadata: Metadata = { title: "Categories" };

export default async function CategoriesPage() {
  const person = await studioAccess("/studio/categories");
  const categories = await api.studio.categories.list();
  return (
    <StudioShell
      person={person}
      title="Categories"
      description="The storefront's menu, in this order. Rename, reorder, or move a category's products to another."
    >
      <CategoryManager initial={categories} />
    </StudioShell>
  );
}
