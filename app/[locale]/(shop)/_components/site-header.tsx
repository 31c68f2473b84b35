import { UserRound } from "lucide-react";
import { useTranslations } from "next-intl";
import { LanguageSwitch } from "@/app/_components/language-switch";
import { Link } from "@/i18n/navigation";
import { AccountMenu } from "./account-menu";
import { CategoryNav } from "./category-nav";
import { shortStoreName } from "@/lib/words";
import { Logo } from "@/app/_components/logo";
import { MiniCart } from "./mini-cart";
import { MobileMenu } from "./mobile-menu";
import { SearchBox } from "./search-box";
import { StorePicker } from "./store-picker";
import type { CategoryData, LocationData } from "@/app/_lib/types";

type Props = {
  categories: CategoryData[];
  stores: LocationData[];
  chosenStoreId: string | null;
  user: { name: string; email: string; firstName: string } | null;
  signOutAction: () => Promise<void>;
};

export function SiteHeader({ categories, stores, chosenStoreId, user, signOutAction }: Props) {
  const t = useTranslations("shop.header");
  const chosen = stores.find((s) => s.id === chosenStoreId) ?? null;
  return (
    <header className="sticky top-0 z-40 border-b border-stone-200/80 bg-white/95 backdrop-blur supports-[backdrop-filter]:bg-white/85">
      <div className="mx-auto max-w-screen-2xl px-4 sm:px-6 lg:px-10">
        <div className="flex h-14 items-center gap-2 sm:h-16 lg:gap-8">
          <MobileMenu
            categories={categories}
            user={user ? { firstName: user.firstName } : null}
            chosenStoreName={chosen ? shortStoreName(chosen.name) : null}
          />
          <Logo className="shrink-0 max-[389px]:text-lg" />
          {/* No <Suspense> here: every shop route is dynamic, and a boundary would stream the box
              in later, leaving it invisible to browsers without JavaScript. */}
          <SearchBox className="mx-auto hidden w-full max-w-xl flex-1 lg:block" />
          <div className="ml-auto flex min-w-0 items-center gap-0.5 sm:gap-1 lg:ml-0">
            {/* On the narrowest phones the store is shown in the menu sheet (and chosen on product pages). */}
            <StorePicker stores={stores} chosenId={chosenStoreId} className="max-[349px]:hidden" />
            {/* Below ~440px there is no room for account, store and cart side by side: the account
                and sign-in links stay one tap away in the menu sheet, and the cart stays in view. */}
            <div className="contents max-[439px]:hidden">
              {user ? (
                <AccountMenu
                  name={user.name}
                  email={user.email}
                  firstName={user.firstName}
                  signOutAction={signOutAction}
                />
              ) : (
                <Link
                  href="/sign-in"
                  className="inline-flex min-h-11 min-w-11 items-center justify-center gap-2 rounded-full px-2 text-sm font-medium text-stone-800 transition-colors hover:bg-stone-100 sm:px-3"
                >
                  <UserRound aria-hidden="true" className="size-5 sm:size-4" />
                  {/* Icon only at lg, where the search box and the language switch share the row. */}
                  <span className="sr-only sm:not-sr-only lg:sr-only xl:not-sr-only">{t("signIn")}</span>
                </Link>
              )}
            </div>
            <MiniCart shopper={user?.email ?? null} />
            {/* On phones and tablets the switch is in the menu sheet. */}
            <LanguageSwitch surface="storefront" className="hidden lg:flex" />
          </div>
        </div>
        <div className="pb-3 lg:hidden">
          <SearchBox />
        </div>
        <CategoryNav categories={categories} className="hidden lg:block" />
      </div>
    </header>
  );
}
