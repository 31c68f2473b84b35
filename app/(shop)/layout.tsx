import { firstName } from "@/app/_components/format";
import { SiteFooter } from "@/app/_components/site-footer";
import { SiteHeader } from "@/app/_components/site-header";
import { auth, signOut } from "@/server/auth";
import { api } from "@/trpc/server";

async function signOutAction() {
  "use server";
  await signOut({ redirectTo: "/" });
}

export default async function ShopLayout({ children }: { children: React.ReactNode }) {
  const [categories, locations, chosen, session] = await Promise.all([
    api.catalog.categories(),
    api.locations.list(),
    api.locations.chosen(),
    auth(),
  ]);
  const stores = locations.filter((l) => l.kind === "store" && l.clickAndCollect);
  const user = session?.user?.id
    ? {
        name: session.user.name ?? "",
        email: session.user.email ?? "",
        firstName: firstName(session.user.name) || "Account",
      }
    : null;

  return (
    <>
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
    </>
  );
}
