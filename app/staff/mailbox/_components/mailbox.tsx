"use client";

import { useQuery } from "@tanstack/react-query";
import { clsx } from "clsx";
import { Inbox } from "lucide-react";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useTRPC } from "@/trpc/react";
import { Bone, Bones, LoadingStatus } from "@/ui/skeleton";
import { Dialog } from "@/ui/dialog";
import { useFailureOf, useStaffWords } from "@/app/staff/_lib/format";

/** Each status's words are staff.mailbox.status.<status>. */
const TONE: Record<"pending" | "sent" | "failed", string> = {
  pending: "bg-low-bg text-low",
  sent: "bg-ok-bg text-ok",
  failed: "bg-out-bg text-out",
};

/** The store's customer messages, newest first; one opens to its full text. */
export function Mailbox({ timeZone, devMailbox }: { timeZone: string; devMailbox: boolean }) {
  const trpc = useTRPC();
  const t = useTranslations("staff.mailbox");
  const words = useStaffWords();
  const failureOf = useFailureOf();
  // New messages come with every order change: a gentle poll is enough for a support view.
  const list = useQuery(trpc.notifications.list.queryOptions(undefined, { refetchInterval: 10_000 }));
  const [openId, setOpenId] = useState<string | null>(null);

  return (
    <div className="mx-auto max-w-4xl">
      <h2 className="text-2xl font-semibold tracking-tight text-stone-950">{t("title")}</h2>
      <p className="mt-1 text-base text-stone-700">{devMailbox ? t("demo") : t("intro")}</p>
      {list.isPending ? (
        <div className="mt-5 space-y-2">
          <LoadingStatus label={t("loading")} />
          <Bones count={4} className="h-20 w-full rounded-2xl" />
        </div>
      ) : list.isError ? (
        <p role="alert" className="mt-5 rounded-2xl bg-out-bg px-4 py-3 text-out">
          {failureOf(list.error).message}
        </p>
      ) : list.data.length === 0 ? (
        <div className="mt-5 flex flex-col items-center rounded-3xl border border-dashed border-stone-300 bg-white/60 px-6 py-16 text-center">
          <Inbox aria-hidden="true" className="size-10 text-stone-400" />
          <p className="mt-4 text-lg text-stone-700">{t("empty")}</p>
        </div>
      ) : (
        <ul className="mt-5 divide-y divide-stone-200 overflow-hidden rounded-3xl border border-stone-200 bg-white">
          {list.data.map((m) => (
            <li key={m.id}>
              <button
                type="button"
                onClick={() => setOpenId(m.id)}
                className="flex min-h-16 w-full items-center gap-4 px-5 py-3 text-left hover:bg-stone-50"
              >
                <span className="min-w-0 flex-1">
                  <span className="block truncate text-base font-semibold text-stone-950">{m.subject}</span>
                  <span className="block truncate text-sm text-stone-600">
                    {t("to", { email: m.toEmail })} · {m.orderNumber ?? t("account")}
                  </span>
                </span>
                <span className="shrink-0 text-right text-sm text-stone-600">
                  <span className={clsx("inline-block rounded-full px-2.5 py-1 text-xs font-semibold", TONE[m.status])}>
                    {t(`status.${m.status}`)}
                  </span>
                  <time className="mt-1 block tabular-nums" dateTime={m.createdAt.toISOString()}>
                    {words.dayAndTime(m.createdAt, timeZone)}
                  </time>
                </span>
              </button>
            </li>
          ))}
        </ul>
      )}
      <MessageDialog id={openId} timeZone={timeZone} onClose={() => setOpenId(null)} />
    </div>
  );
}

function MessageDialog({ id, timeZone, onClose }: { id: string | null; timeZone: string; onClose: () => void }) {
  const trpc = useTRPC();
  const t = useTranslations("staff.mailbox");
  const words = useStaffWords();
  const failureOf = useFailureOf();
  const message = useQuery(trpc.notifications.get.queryOptions({ id: id ?? "" }, { enabled: id !== null }));
  const m = message.data;
  return (
    <Dialog
      open={id !== null}
      onClose={onClose}
      title={m?.subject ?? t("message")}
      description={
        m
          ? `${t("to", { email: m.toEmail })} · ${words.dayAndTime(m.createdAt, timeZone)} · ${t(`status.${m.status}`)}`
          : null
      }
    >
      {message.isPending ? (
        <Bone className="h-40 w-full rounded-2xl" />
      ) : message.isError ? (
        <p role="alert" className="text-out">
          {failureOf(message.error).message}
        </p>
      ) : m ? (
        <>
          {m.lastError ? (
            <p className="mb-3 rounded-2xl bg-out-bg px-4 py-3 text-sm text-out">
              {t("lastError", { attempts: m.attempts, error: m.lastError })}
            </p>
          ) : null}
          <pre className="rounded-2xl bg-stone-50 p-4 font-sans text-base leading-relaxed whitespace-pre-wrap text-stone-900">
            {m.body}
          </pre>
        </>
      ) : null}
    </Dialog>
  );
}
