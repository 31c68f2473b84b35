"use client";

import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { createContext, useContext, useEffect, useId, useRef, useState } from "react";
import { toast } from "sonner";
import { apiFailure } from "@/trpc/errors";
import { useTRPC } from "@/trpc/react";
import { Button } from "@/ui/button";
import { Dialog } from "@/ui/dialog";
import { Switch } from "@/ui/switch";

export type ConsentState = { analytics: boolean; ask: boolean };

const OpenSettings = createContext<(() => void) | null>(null);

/**
 * The storefront's cookie choice: a banner until the shopper chooses (rejecting exactly as easy as
 * accepting), and a settings dialog the footer reopens. In the page flow, above the header, so it
 * never covers a button (checkout's included) and is there from the first paint: no shift.
 */
export function CookieConsent({ initial, children }: { initial: ConsentState; children: React.ReactNode }) {
  const t = useTranslations("shop.consent");
  const trpc = useTRPC();
  const [state, setState] = useState(initial);
  const [settingsOpen, setSettingsOpen] = useState(false);
  // The account page can change the setting; its refresh brings the new state here.
  const [given, setGiven] = useState(initial);
  if (given.analytics !== initial.analytics || given.ask !== initial.ask) {
    setGiven(initial);
    setState(initial);
  }
  const choose = useMutation(trpc.consent.choose.mutationOptions());
  // Once the banner's buttons are gone, focus goes on to the page rather than to the document's
  // top. In an effect: it runs after the dialog's (a child's) has closed it and un-inerted the page.
  const refocus = useRef(false);
  useEffect(() => {
    if (state.ask || !refocus.current) return;
    refocus.current = false;
    document.getElementById("main")?.focus({ preventScroll: true });
  }, [state.ask]);

  function save(analytics: boolean) {
    choose.mutate(
      { analytics },
      {
        onSuccess: () => {
          refocus.current = state.ask;
          setState({ analytics, ask: false });
          setSettingsOpen(false);
        },
        onError: (err) => toast.error(apiFailure(err).answered ? apiFailure(err).message : t("failed")),
      },
    );
  }

  return (
    <OpenSettings value={() => setSettingsOpen(true)}>
      {state.ask ? (
        <CookieBanner pending={choose.isPending} onChoose={save} onOpenSettings={() => setSettingsOpen(true)} />
      ) : null}
      {children}
      <Dialog
        open={settingsOpen}
        onClose={() => setSettingsOpen(false)}
        title={t("dialogTitle")}
        description={t("dialogText")}
      >
        <SettingsForm analytics={state.analytics} pending={choose.isPending} onSave={save} />
      </Dialog>
    </OpenSettings>
  );
}

function CookieBanner({
  pending,
  onChoose,
  onOpenSettings,
}: {
  pending: boolean;
  onChoose: (analytics: boolean) => void;
  onOpenSettings: () => void;
}) {
  const t = useTranslations("shop.consent");
  const titleId = useId();
  const textId = useId();
  return (
    <section aria-labelledby={titleId} aria-describedby={textId} className="border-b border-stone-200 bg-stone-100">
      <div className="mx-auto flex max-w-screen-2xl flex-col gap-3 px-4 py-3 sm:gap-4 sm:px-6 sm:py-4 lg:flex-row lg:items-center lg:justify-between lg:gap-10 lg:px-10">
        <div className="max-w-3xl">
          <h2 id={titleId} className="text-sm font-semibold text-stone-950">
            {t("bannerTitle")}
          </h2>
          <p id={textId} className="mt-1 text-sm leading-snug text-stone-700 sm:leading-relaxed">
            {t("bannerText")}
          </p>
        </div>
        {/* Reject and accept: the same button, side by side, neither one first in weight. */}
        <div className="grid shrink-0 grid-cols-2 gap-2 sm:flex sm:flex-wrap">
          <Button size="sm" disabled={pending} onClick={() => onChoose(false)}>
            {t("reject")}
          </Button>
          <Button size="sm" disabled={pending} onClick={() => onChoose(true)}>
            {t("accept")}
          </Button>
          <Button size="sm" variant="secondary" className="col-span-2" onClick={onOpenSettings}>
            {t("choose")}
          </Button>
        </div>
      </div>
    </section>
  );
}

function SettingsForm({
  analytics,
  pending,
  onSave,
}: {
  analytics: boolean;
  pending: boolean;
  onSave: (analytics: boolean) => void;
}) {
  const t = useTranslations("shop.consent");
  const [allowed, setAllowed] = useState(analytics);
  const id = useId();
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        onSave(allowed);
      }}
    >
      <fieldset className="space-y-5">
        <legend className="sr-only">{t("purposes")}</legend>
        <Switch id={`${id}-necessary`} label={t("necessary")} hint={t("necessaryHint")} checked disabled readOnly />
        <Switch
          id={`${id}-analytics`}
          label={t("analytics")}
          hint={t("analyticsHint")}
          checked={allowed}
          onChange={(event) => setAllowed(event.target.checked)}
          data-autofocus
        />
      </fieldset>
      <div className="mt-8 flex justify-end">
        <Button type="submit" disabled={pending} className="w-full sm:w-auto">
          {pending ? t("saving") : t("save")}
        </Button>
      </div>
    </form>
  );
}

/** The footer's way back to the choice, on every storefront page. */
export function CookieSettingsLink({ className }: { className?: string }) {
  const t = useTranslations("shop.consent");
  const open = useContext(OpenSettings);
  return (
    <button type="button" onClick={() => open?.()} className={className}>
      {t("settingsLink")}
    </button>
  );
}
