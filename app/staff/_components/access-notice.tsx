import { ShieldAlert, Store } from "lucide-react";
import Link from "next/link";
import { buttonClasses } from "@/ui/button";

type Props = {
  kind: "not-staff" | "no-store";
  /** Who is signed in, to say which account this is. */
  email: string;
};

const COPY = {
  "not-staff": {
    Icon: ShieldAlert,
    title: "This console is for store staff",
    body: (email: string) =>
      `You’re signed in as ${email}, which isn’t a store staff account. To work the counter, sign out and sign in with your staff account.`,
  },
  "no-store": {
    Icon: Store,
    title: "The console needs a store",
    body: (email: string) =>
      `${email} isn’t assigned to a store, and the console works for one store at a time. Ask an administrator to assign you to your store, then sign in again.`,
  },
} as const;

/** Why this account can't use the console, and where to go instead (a 403 in words). */
export function AccessNotice({ kind, email }: Props) {
  const { Icon, title, body } = COPY[kind];
  return (
    <div className="mx-auto flex max-w-xl flex-col items-center px-4 py-20 text-center sm:py-28">
      <span className="grid size-16 place-items-center rounded-full bg-white text-stone-700 shadow-sm ring-1 ring-stone-200">
        <Icon aria-hidden="true" className="size-8" />
      </span>
      <h1 className="mt-6 text-2xl font-semibold tracking-tight text-stone-950 sm:text-3xl">{title}</h1>
      <p className="mt-3 leading-relaxed text-stone-600">{body(email)}</p>
      <Link href="/" className={buttonClasses({ className: "mt-8" })}>
        Go to the shop
      </Link>
    </div>
  );
}
