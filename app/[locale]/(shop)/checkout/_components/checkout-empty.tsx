import { ShoppingBag } from "lucide-react";
import { useTranslations } from "next-intl";
import { Link } from "@/i18n/navigation";
import { buttonClasses } from "@/ui/button";

export function CheckoutEmpty() {
  const t = useTranslations("checkout.empty");
  return (
    <div className="mx-auto flex max-w-md flex-col items-center rounded-3xl border border-dashed border-stone-300 px-6 py-14 text-center">
      <ShoppingBag aria-hidden="true" className="size-10 text-stone-400" />
      <h2 className="mt-4 text-xl font-semibold text-stone-950">{t("heading")}</h2>
      <p className="mt-2 text-sm leading-relaxed text-stone-600">{t("body")}</p>
      <Link href="/" className={buttonClasses({ className: "mt-6" })}>
        {t("continue")}
      </Link>
    </div>
  );
}
