import type { Metadata } from "next";
import { StudioShell } from "@/app/studio/_components/shell";
import { studioAccess } from "@/app/studio/_lib/access";
import { api } from "@/trpc/server";
import { InsightsDashboard } from "./_components/insights-dashboard";
import { insightsView } from "./_lib/views";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Insights" };

export default async function InsightsPage({ searchParams }: { searchParams: Promise<{ view?: string | string[] }> }) {
  const person = await studioAccess("/studio/insights");
  const [locations, categories, { view }] = await Promise.all([
    api.locations.list(),
    api.catalog.categories(),
    searchParams,
  ]);
  return (
    <StudioShell
      person={person}
      title="Insights"
      description="How the shop sells on the web and in the stores, and how customers move between them. Days are Madrid days."
    >
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
