"use client";

import { ErrorContent } from "@/app/_components/error-content";

/** A failing page keeps the shop's header and footer around the message. */
export default function ShopError({ error, retry }: { error: unknown; retry: () => void }) {
  return <ErrorContent error={error} retry={retry} />;
}
