import type { Metadata } from "next";
import { StudioShell } from "@/app/studio/_components/shell";
import { studioAccess } from "@/app/studio/_lib/access";
import { api } from "@/trpc/server";
import { SalesDashboard } from "./_components/sales-dashboard";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Insights" };

export default async function InsightsPage() {
  const person = await studioAccess("/studio/insights");
  const locations = await api.locations.list();
  return (
    <StudioShell
      person={person}
      title="Insights"
      description="Sales on the web and in the stores, against the period before. Days are Madrid days."
    >
      <div className="min-h-0 flex-1 overflow-y-auto">
        <SalesDashboard stores={locations.map(({ id, name }) => ({ id, name }))} />
      </div>
    </StudioShell>
  );
}
