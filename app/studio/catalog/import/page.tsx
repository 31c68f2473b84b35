import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { StudioShell } from "@/app/studio/_components/shell";
import { studioAccess } from "@/app/studio/_lib/access";
import { ImportFlow } from "./_components/import-flow";

export const dynamic = "force-dynamic";
export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("studio.import"))("title") };
}

export default async function ImportPage() {
  const person = await studioAccess("/studio/catalog/import");
  const t = await getTranslations("studio.import");
  return (
    <StudioShell person={person} title={t("title")} description={t("description")}>
      <div className="min-h-0 flex-1 overflow-y-auto">
        <ImportFlow />
      </div>
    </StudioShell>
  );
}
