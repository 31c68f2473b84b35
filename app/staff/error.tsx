"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { ErrorContent } from "@/app/_components/error-content";

export default function StaffError({ error, retry }: { error: unknown; retry: () => void }) {
  const t = useTranslations("staff.bar");
  return (
    <>
      <header className="bg-stone-950 text-white">
        <div className="mx-auto flex min-h-16 max-w-screen-2xl items-center px-4 sm:px-6 lg:px-8">
          <Link href="/staff" className="inline-flex min-h-11 items-center text-xl font-semibold tracking-[-0.04em]">
            Mostrador
            <span aria-hidden="true" className="mx-1.5">
              ·
            </span>
            <span className="text-sm font-medium tracking-normal text-stone-300">{t("console")}</span>
          </Link>
        </div>
      </header>
      <main id="main" className="flex-1">
        <ErrorContent error={error} retry={retry} />
      </main>
    </>
  );
}
