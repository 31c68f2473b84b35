import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { connection } from "next/server";
import { Logo } from "./_components/logo";
import { NotFoundContent } from "./_components/not-found-content";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("common.notFound"))("metaTitle") };
}

/** For URLs that match no route (outside the shop's layout): a minimal header, then the message. */
export default async function NotFound() {
  // Rendered per request, like every page: a prerendered 404 would carry no CSP nonce (proxy.ts),
  // and its scripts would be refused.
  await connection();
  return (
    <>
      <header className="border-b border-stone-200">
        <div className="mx-auto flex h-16 max-w-screen-2xl items-center px-4 sm:px-6 lg:px-10">
          <Logo />
        </div>
      </header>
      <main id="main" className="flex-1">
        <NotFoundContent />
      </main>
    </>
  );
}
