import "server-only";
import { clsx } from "clsx";
import { getTranslations } from "next-intl/server";
import QRCode from "qrcode";

/** What the counter's scanner reads: the order and its code, so one scan finds and checks it. */
export function pickupQrText(orderNumber: string, code: string): string {
  return `MOSTRADOR:${orderNumber}:${code}`;
}

/** "123456" -> "123 456": easier to read aloud at the counter. */
export function groupCode(code: string): string {
  return code.replace(/(\d{3})(?=\d)/g, "$1 ");
}

/**
 * The code to show at the counter, as large digits and as a QR code. The SVG is drawn here on
 * the server, so the browser downloads no QR library.
 */
export async function PickupCode({
  orderNumber,
  code,
  storeName,
  className,
}: {
  orderNumber: string;
  code: string;
  storeName: string;
  className?: string;
}) {
  const [svg, t] = await Promise.all([
    QRCode.toString(pickupQrText(orderNumber, code), {
      type: "svg",
      margin: 1,
      errorCorrectionLevel: "M",
      color: { dark: "#1c1917", light: "#ffffff" },
    }),
    getTranslations("checkout.order.code"),
  ]);
  const spelt = code.split("").join(" ");
  return (
    <div
      className={clsx(
        "flex flex-col items-center gap-5 text-center sm:flex-row sm:items-center sm:gap-8 sm:text-left",
        className,
      )}
    >
      <div
        role="img"
        aria-label={t("qr", { number: orderNumber, code: spelt })}
        className="size-44 shrink-0 rounded-2xl border border-stone-200 bg-white p-2 sm:size-40 [&>svg]:size-full"
        // The library builds this SVG from the order number and a six-digit code: no outside input.
        dangerouslySetInnerHTML={{ __html: svg }}
      />
      <div>
        <p className="text-sm font-medium text-stone-600">{t("yours")}</p>
        <p className="mt-1 font-mono text-5xl font-semibold tracking-[0.12em] text-stone-950 tabular-nums sm:text-6xl">
          <span aria-hidden="true">{groupCode(code)}</span>
          <span className="sr-only">{spelt}</span>
        </p>
        <p className="mt-3 max-w-xs text-sm leading-relaxed text-stone-600">{t("show", { store: storeName })}</p>
      </div>
    </div>
  );
}
