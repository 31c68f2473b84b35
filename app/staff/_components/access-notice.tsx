import { ShieldAlert, Store } from "lucide-react";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { buttonClasses } from "@/ui/button";

type Props = {
  kind: "not-staff" | "no-store";
  /** Who is signed in, to say which account this is (empty when the account has no email). */
  email: string;
};

const COPY = {
  "not-staff": { Icon: ShieldAlert, words: "notStaff" },
  "no-store": { Icon: Store, words: "noStore" },
} as const;

/** Why this account can't use the console, and where to go instead (a 403 in words). */
export function AccessNotice({ kind, email }: Props) {
  const t = useTranslations("staff.access");
  const { Icon, words } = COPY[kind];
  return (
    <div className="mx-auto flex max-w-xl flex-col items-center px-4 py-20 text-center sm:py-28">
      <span className="grid size-16 place-items-center rounded-full bg-white text-stone-700 shadow-sm ring-1 ring-stone-200">
        <Icon aria-hidden="true" className="size-8" />
      </span>
      <h1 className="mt-6 text-2xl font-semibold tracking-tight text-stone-950 sm:text-3xl">{t(`${words}.title`)}</h1>
      <p className="mt-3 leading-relaxed text-stone-600">{t(`${words}.body`, { email: email || t("thisAccount") })}</p>
      <Link href="/" className={buttonClasses({ className: "mt-8" })}>
        {t("goToShop")}
      </Link>
    </div>
  );
}
