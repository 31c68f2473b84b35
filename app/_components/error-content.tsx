"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { useEffect } from "react";
import { Button, buttonClasses } from "@/ui/button";

export function ErrorContent({ error, retry }: { error: unknown; retry: () => void }) {
  const t = useTranslations("common.error");
  useEffect(() => {
    console.error(error);
  }, [error]);
  const digest = error instanceof Error && "digest" in error && typeof error.digest === "string" ? error.digest : null;
  return (
    <div className="mx-auto flex max-w-xl flex-col items-center px-4 py-20 text-center sm:py-28" role="alert">
      <h1 className="text-2xl font-semibold tracking-tight text-stone-950 sm:text-3xl">{t("title")}</h1>
      <p className="mt-3 text-stone-600">{t("body")}</p>
      <div className="mt-8 flex flex-wrap justify-center gap-3">
        <Button onClick={() => retry()}>{t("retry")}</Button>
        <Link href="/" className={buttonClasses({ variant: "secondary" })}>
          {t("home")}
        </Link>
      </div>
      {digest ? <p className="mt-8 font-mono text-xs text-stone-400">{t("reference", { digest })}</p> : null}
    </div>
  );
}
