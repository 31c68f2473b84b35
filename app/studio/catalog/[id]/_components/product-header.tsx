import { clsx } from "clsx";
import { ChevronLeft, ExternalLink, Globe, Store } from "lucide-react";
import Link from "next/link";
import { useLocale, useTranslations } from "next-intl";
import type { RouterOutputs } from "@/app/_lib/types";
import { buttonClasses } from "@/ui/button";
import { channelSentence, channelState, STATE_DOT } from "./channel-state";

type Product = RouterOutputs["studio"]["products"]["get"];

/** The editor's heading: back to the list, the product, where it is on sale, and its preview. */
export function ProductHeader({ product }: { product: Product }) {
  const t = useTranslations("studio.editor.header");
  const tChannel = useTranslations("studio.editor.channel");
  const locale = useLocale();
  const now = new Date();
  const shopPath = `/p/${product.slug}`;
  const channels = [
    { key: "web", Icon: Globe, window: product.publication.web },
    { key: "store", Icon: Store, window: product.publication.store },
  ] as const;
  return (
    <header className="shrink-0 px-6 pt-4 xl:px-8">
      <Link
        href="/studio/catalog"
        className="inline-flex items-center gap-1 rounded text-sm text-stone-500 hover:text-stone-900 focus-visible:ring-2 focus-visible:ring-accent-700/40 focus-visible:outline-none"
      >
        <ChevronLeft aria-hidden="true" className="size-4" />
        {t("back")}
      </Link>
      <div className="mt-1 flex flex-wrap items-end justify-between gap-x-6 gap-y-3">
        <div className="min-w-0">
          <h1 className="truncate text-xl font-semibold tracking-tight text-stone-950">{product.content.en.name}</h1>
          <p className="mt-0.5 truncate text-sm text-stone-500">
            {product.content.es.name ? <span lang="es">{product.content.es.name} · </span> : null}
            {product.category.name} · <span className="font-mono text-xs">{shopPath}</span>
          </p>
        </div>
        <div className="flex flex-wrap items-center gap-2">
          <ul className="flex flex-wrap gap-2" aria-label={t("onSale")}>
            {channels.map(({ key, Icon, window }) => {
              const state = channelState(window, now);
              const sentence = channelSentence(window, now, tChannel, locale);
              return (
                <li
                  key={key}
                  title={sentence}
                  className="inline-flex h-8 items-center gap-2 rounded-lg border border-stone-200 bg-white px-2.5 text-xs text-stone-700"
                >
                  <Icon aria-hidden="true" className="size-3.5 text-stone-500" />
                  <span className="font-medium text-stone-900">{tChannel(`name.${key}`)}</span>
                  <span aria-hidden="true" className={clsx("size-1.5 rounded-full", STATE_DOT[state])} />
                  <span>{sentence}</span>
                </li>
              );
            })}
          </ul>
          <a
            href={`/p/${product.slug}?preview=1`}
            target="_blank"
            rel="noopener"
            className={buttonClasses({ variant: "secondary", size: "sm", className: "min-h-8 rounded-lg px-3" })}
          >
            {t("preview")}
            <ExternalLink aria-hidden="true" className="size-3.5" />
            <span className="sr-only">{t("newTab")}</span>
          </a>
        </div>
      </div>
    </header>
  );
}
