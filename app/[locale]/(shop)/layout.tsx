import { getTranslations } from "next-intl/server";
import { firstName } from "@/lib/words";
import { CookieConsent } from "@/app/[locale]/(shop)/_components/cookie-consent";
import { SiteFooter } from "@/app/[locale]/(shop)/_components/site-footer";
import { SiteHeader } from "@/app/[locale]/(shop)/_components/site-header";
import { auth } from "@/server/auth";
import { signOutAction } from "@/app/_lib/actions";
import { getCategories, getChosenStore, getConsent, getLocations } from "./_lib/data";

export default async function ShopLayout({ children }: { children: React.ReactNode }) {
  const [categories, locations, chosen, session, consent, t] = await Promise.all([
    getCategories(),
    getLocations(),
    getChosenStore(),
    auth(),
    getConsent(),
    getTranslations("shop.header"),
  ]);
  const stores = locations.filter((l) => l.kind === "store" && l.clickAndCollect);
  const user = session?.user?.id
    ? {
        name: session.user.name ?? "",
        email: session.user.email ?? "",
        firstName: firstName(session.user.name) || t("accountFallback"),
      }
    : null;

  return (
    <CookieConsent initial={consent}>
      <SiteHeader
        categories={categories}
        stores={stores}
        chosenStoreId={chosen?.id ?? null}
        user={user}
        signOutAction={signOutAction}
      />
      <main id="main" tabIndex={-1} className="flex-1 focus:outline-none">
        {children}
      </main>
      <SiteFooter categories={categories} stores={stores} />
    </CookieConsent>
  );
}
