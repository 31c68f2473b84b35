import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { StudioShell } from "@/app/studio/_components/shell";
import { studioAccess } from "@/app/studio/_lib/access";
import { api } from "@/trpc/server";
import { InsightsDashboard } from "./_components/insights-dashboard";
import { insightsView } from "./_lib/views";

export const dynamic = "force-dynamic";
export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("insights.page"))("title") };
}

export default async function InsightsPage({ searchParams }: { searchParams: Promise<{ view?: string | string[] }> }) {
  const person = await studioAccess("/studio/insights");
  const [t, locations, categories, { view }] = await Promise.all([
    getTranslations("insights.page"),
    api.locations.list(),
    api.catalog.categories(),
    searchParams,
  ]);
  return (
    <StudioShell person={person} title={t("title")} description={t("description")}>
      <div className="min-h-0 flex-1 overflow-y-auto">
        <InsightsDashboard
          stores={locations.map(({ id, name }) => ({ id, name }))}
          categories={categories.map(({ id, name }) => ({ id, name }))}
          initialView={insightsView(view)}
        />
      </div>
    </StudioShell>
  );
}
