import { ShieldAlert } from "lucide-react";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { refusedPerson } from "./_lib/access";
import { StudioSidebar } from "./_components/sidebar";

/** The studio's 403: who is signed in, and that the studio is for marketers. */
export default async function StudioForbidden() {
  const person = await refusedPerson();
  const t = await getTranslations("studio.forbidden");
  const account = person?.email ?? t("thisAccount");
  const body = t.rich("body", {
    account,
    strong: (chunks) => <strong className="font-medium text-stone-900">{chunks}</strong>,
  });
  return (
    <>
      <StudioSidebar person={person} withNav={false} />
      <main
        id="main"
        tabIndex={-1}
        className="flex flex-1 items-center justify-center overflow-y-auto px-6 focus:outline-none"
      >
        <div className="max-w-md py-16 text-center">
          <span className="mx-auto grid size-14 place-items-center rounded-full bg-white text-stone-700 shadow-sm ring-1 ring-stone-200">
            <ShieldAlert aria-hidden="true" className="size-7" />
          </span>
          <h1 className="mt-6 text-2xl font-semibold tracking-tight text-stone-950">{t("title")}</h1>
          <p className="mt-3 leading-relaxed text-stone-600">{body}</p>
          <div className="mt-8 flex justify-center gap-3">
            <Link
              href="/"
              className="inline-flex h-10 items-center rounded-lg bg-stone-950 px-4 text-sm font-semibold text-white hover:bg-stone-800"
            >
              {t("shop")}
            </Link>
            {person?.role === "staff" ? (
              <Link
                href="/staff"
                className="inline-flex h-10 items-center rounded-lg px-4 text-sm font-semibold text-stone-700 ring-1 ring-stone-300 ring-inset hover:bg-white"
              >
                {t("console")}
              </Link>
            ) : null}
          </div>
        </div>
      </main>
    </>
  );
}
