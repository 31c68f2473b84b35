import type { Metadata } from "next";
import { StudioShell } from "@/app/studio/_components/shell";
import { studioAccess } from "@/app/studio/_lib/access";
import { ImportFlow } from "./_components/import-flow";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Import and export" };

export default async function ImportPage() {
  const person = await studioAccess("/studio/catalog/import");
  return (
    <StudioShell
      person={person}
      title="Import and export"
      description="Download the catalog as a spreadsheet, change it, and bring it back: every change is shown before anything is saved."
    >
      <div className="min-h-0 flex-1 overflow-y-auto">
        <ImportFlow />
      </div>
    </StudioShell>
  );
}
