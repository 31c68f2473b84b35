"use client";

import { useEffect, useRef, useTransition } from "react";
import { usePathname, useRouter } from "@/i18n/navigation";

/**
 * Progressive enhancement for a GET filter form that submits to its own page. Without JavaScript
 * it is a plain form with an Apply button. With it: every change submits at once, as a client-side
 * navigation to a tidy URL (empty fields and defaults left out) in the same language, keeping the
 * scroll position; controls outside the form that point at it with form="…" count too. While the new results load, the element
 * with id `resultsId` is marked aria-busy (and dimmed by CSS).
 */
export function AutoSubmit({ resultsId, defaults = {} }: { resultsId?: string; defaults?: Record<string, string> }) {
  const marker = useRef<HTMLSpanElement>(null);
  const router = useRouter();
  // The page's address without its language, which the router puts back.
  const pathname = usePathname();
  const [pending, startTransition] = useTransition();

  useEffect(() => {
    const form = marker.current?.closest("form");
    if (!form) return;
    form.dataset.enhanced = "true";

    function onChange(event: Event) {
      const target = event.target as HTMLInputElement | HTMLSelectElement | null;
      if (!target || target.form !== form) return;
      if (target instanceof HTMLInputElement && target.type === "number" && !target.checkValidity()) return;
      form?.requestSubmit();
    }

    function onSubmit(event: SubmitEvent) {
      if (!form) return;
      event.preventDefault();
      const params = new URLSearchParams();
      for (const [key, value] of new FormData(form)) {
        if (typeof value !== "string") continue;
        const trimmed = value.trim();
        if (!trimmed || defaults[key] === trimmed) continue;
        params.append(key, trimmed);
      }
      const query = params.toString();
      startTransition(() => router.push(query ? `${pathname}?${query}` : pathname, { scroll: false }));
    }

    document.addEventListener("change", onChange);
    form.addEventListener("submit", onSubmit);
    return () => {
      document.removeEventListener("change", onChange);
      form.removeEventListener("submit", onSubmit);
      delete form.dataset.enhanced;
    };
  }, [router, pathname, defaults]);

  useEffect(() => {
    const results = resultsId ? document.getElementById(resultsId) : null;
    if (!results) return;
    if (pending) results.setAttribute("aria-busy", "true");
    else results.removeAttribute("aria-busy");
  }, [pending, resultsId]);

  return <span ref={marker} hidden />;
}
