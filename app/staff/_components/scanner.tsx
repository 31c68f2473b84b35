"use client";

import { clsx } from "clsx";
import { Camera, CameraOff, CornerDownLeft } from "lucide-react";
import { useTranslations } from "next-intl";
import { useEffect, useId, useRef, useState } from "react";
import { ORDER_NUMBER_PATTERN } from "@/lib/order-number";

/** What to look for: product labels (EAN-13, Code 128) or a customer's pickup QR code. */
export type ScanKind = "item" | "qr";

type Props = {
  kind: ScanKind;
  label: string;
  hint?: string;
  placeholder?: string;
  submitLabel?: string;
  /** Handles a scanned or typed code; resolves true when it was accepted (the field then clears). */
  onCode: (code: string) => Promise<boolean> | boolean;
  busy?: boolean;
  error?: string | null;
  autoFocus?: boolean;
};

const FORMATS: Record<ScanKind, string[]> = { item: ["ean_13", "code_128", "ean_8", "upc_a"], qr: ["qr_code"] };
/** The camera sees a label many times a second: the same code counts once in this window. */
const REPEAT_MS = 2000;

type Detector = { detect(source: HTMLVideoElement): Promise<{ rawValue: string }[]> };
type DetectorClass = { new (opts: { formats: string[] }): Detector; getSupportedFormats?: () => Promise<string[]> };

/**
 * A scanner for the counter: the camera (the browser's BarcodeDetector where there is one, a
 * bundled pure-JS reader otherwise; nothing is fetched at run time) and, always, a field to type or
 * paste the code, which is also what a USB/Bluetooth scanner "types" into.
 */
export function BarcodeScanner({ kind, label, hint, placeholder, submitLabel, onCode, busy, error, autoFocus }: Props) {
  const t = useTranslations("staff.scanner");
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const [value, setValue] = useState("");
  const [camera, setCamera] = useState(false);

  async function submit(code: string) {
    const trimmed = code.trim();
    if (!trimmed || busy) return;
    if (await onCode(trimmed)) setValue("");
    input.current?.select();
  }

  return (
    <div>
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void submit(value);
        }}
      >
        <label htmlFor={`${id}-code`} className="block text-base font-semibold text-stone-950">
          {label}
        </label>
        {hint ? (
          <p id={`${id}-hint`} className="mt-0.5 text-sm text-stone-600">
            {hint}
          </p>
        ) : null}
        <div className="mt-2 flex gap-2">
          <input
            ref={input}
            id={`${id}-code`}
            data-autofocus={autoFocus ? true : undefined}
            autoFocus={autoFocus}
            value={value}
            onChange={(e) => setValue(e.target.value)}
            placeholder={placeholder}
            autoComplete="off"
            autoCorrect="off"
            autoCapitalize="characters"
            spellCheck={false}
            enterKeyHint="go"
            aria-invalid={error ? true : undefined}
            aria-describedby={
              [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(" ") || undefined
            }
            className={clsx(
              "h-14 min-w-0 flex-1 rounded-2xl border-2 bg-white px-4 font-mono text-lg text-stone-950 focus:outline-none focus-visible:ring-4",
              error
                ? "border-out focus-visible:ring-out/25"
                : "border-stone-300 focus:border-stone-950 focus-visible:ring-accent-700/25",
            )}
          />
          <button
            type="submit"
            aria-disabled={busy}
            className={clsx(
              "inline-flex min-h-14 shrink-0 items-center gap-2 rounded-2xl px-5 text-base font-semibold text-white",
              busy ? "cursor-wait bg-stone-600" : "bg-stone-950 hover:bg-stone-800",
            )}
          >
            <CornerDownLeft aria-hidden="true" className="size-5" />
            {submitLabel ?? t("enter")}
          </button>
          <button
            type="button"
            aria-pressed={camera}
            onClick={() => setCamera((on) => !on)}
            className={clsx(
              "inline-flex min-h-14 shrink-0 items-center gap-2 rounded-2xl border-2 px-4 text-base font-semibold",
              camera
                ? "border-stone-950 bg-stone-100 text-stone-950"
                : "border-stone-300 bg-white text-stone-900 hover:border-stone-500",
            )}
          >
            {camera ? (
              <CameraOff aria-hidden="true" className="size-5" />
            ) : (
              <Camera aria-hidden="true" className="size-5" />
            )}
            <span className="max-sm:sr-only">{camera ? t("stopCamera") : t("camera")}</span>
          </button>
        </div>
        <div aria-live="assertive">
          {error ? (
            <p id={`${id}-error`} className="mt-2 text-sm font-medium text-out">
              {error}
            </p>
          ) : null}
        </div>
      </form>
      {camera ? (
        <CameraScan kind={kind} onCode={(code) => void submit(code).then(() => kind === "qr" && setCamera(false))} />
      ) : null}
    </div>
  );
}

type CameraProblem = "noHttps" | "refused" | "noCamera" | "inUse" | "didNotStart" | "scannerDidNotStart";

type CameraState =
  { kind: "starting" } | { kind: "scanning"; engine: "native" | "zxing" } | { kind: "problem"; problem: CameraProblem };

/** The camera's picture and the reader running over it, stopped (camera light off) on unmount. */
export function CameraScan({ kind, onCode }: { kind: ScanKind; onCode: (code: string) => void }) {
  const t = useTranslations("staff.scanner");
  const video = useRef<HTMLVideoElement>(null);
  const [state, setState] = useState<CameraState>({ kind: "starting" });
  const latest = useRef(onCode);
  useEffect(() => {
    latest.current = onCode;
  });

  useEffect(() => {
    let stopped = false;
    let stream: MediaStream | null = null;
    let stopReader = () => {};
    const last = { code: "", at: 0 };
    const found = (code: string) => {
      const now = Date.now();
      if (code === last.code && now - last.at < REPEAT_MS) return;
      last.code = code;
      last.at = now;
      latest.current(code);
    };

    (async () => {
      if (!navigator.mediaDevices?.getUserMedia) {
        return setState({ kind: "problem", problem: "noHttps" });
      }
      try {
        stream = await navigator.mediaDevices.getUserMedia({
          video: { facingMode: { ideal: "environment" } },
          audio: false,
        });
      } catch (err) {
        const name = err instanceof DOMException ? err.name : "";
        const problem: CameraProblem =
          name === "NotAllowedError" || name === "SecurityError"
            ? "refused"
            : name === "NotFoundError" || name === "OverconstrainedError"
              ? "noCamera"
              : name === "NotReadableError"
                ? "inUse"
                : "didNotStart";
        return setState({ kind: "problem", problem });
      }
      if (stopped || !video.current) return stream.getTracks().forEach((t) => t.stop());
      const Native = (globalThis as { BarcodeDetector?: DetectorClass }).BarcodeDetector;
      const supported = Native ? await Native.getSupportedFormats?.().catch(() => []) : [];
      const formats = FORMATS[kind].filter((f) => supported?.includes(f));
      if (Native && formats.length) {
        const detector = new Native({ formats });
        const el = video.current;
        el.srcObject = stream;
        await el.play().catch(() => {});
        setState({ kind: "scanning", engine: "native" });
        const timer = setInterval(() => {
          if (el.readyState < 2) return;
          detector.detect(el).then(
            (codes) => codes[0] && found(codes[0].rawValue),
            () => {},
          );
        }, 200);
        stopReader = () => clearInterval(timer);
        return;
      }
      // No native detector (Firefox, Safari before 17…): the bundled zxing reader, loaded only now.
      const [{ BrowserMultiFormatReader }, { BarcodeFormat, DecodeHintType }] = await Promise.all([
        import("@zxing/browser"),
        import("@zxing/library"),
      ]);
      if (stopped) return;
      const hints = new Map<(typeof DecodeHintType)[keyof typeof DecodeHintType], unknown>([
        [
          DecodeHintType.POSSIBLE_FORMATS,
          kind === "qr"
            ? [BarcodeFormat.QR_CODE]
            : [BarcodeFormat.EAN_13, BarcodeFormat.CODE_128, BarcodeFormat.EAN_8, BarcodeFormat.UPC_A],
        ],
      ]);
      const reader = new BrowserMultiFormatReader(hints, { delayBetweenScanAttempts: 150 });
      const controls = await reader.decodeFromStream(
        stream,
        video.current,
        (result) => result && found(result.getText()),
      );
      stopReader = () => controls.stop();
      if (stopped) stopReader();
      else setState({ kind: "scanning", engine: "zxing" });
    })().catch(() => setState({ kind: "problem", problem: "scannerDidNotStart" }));

    return () => {
      stopped = true;
      stopReader();
      stream?.getTracks().forEach((t) => t.stop());
    };
  }, [kind]);

  return (
    <div className="mt-3">
      {state.kind === "problem" ? (
        <p role="alert" className="rounded-2xl bg-low-bg px-4 py-3 text-sm font-medium text-stone-900">
          {t(`problem.${state.problem}`)}
        </p>
      ) : (
        <div className="relative overflow-hidden rounded-2xl bg-stone-950">
          <video ref={video} muted playsInline className="aspect-video w-full object-cover" />
          <div
            aria-hidden="true"
            className={clsx(
              "pointer-events-none absolute inset-x-[12%] border-2 border-white/80",
              kind === "qr" ? "inset-y-[12%] mx-auto aspect-square" : "inset-y-[35%] rounded-lg",
            )}
          />
          <p
            role="status"
            className="absolute inset-x-0 bottom-0 bg-stone-950/70 px-3 py-2 text-center text-sm text-white"
          >
            {state.kind === "starting" ? t("starting") : kind === "qr" ? t("holdQr") : t("holdBarcode")}
          </p>
        </div>
      )}
    </div>
  );
}

/** A pickup QR reads "MOSTRADOR:<order number>:<code>" (see pickup-code.tsx); a bare code passes through. */
const PICKUP_QR = new RegExp(`^MOSTRADOR:(${ORDER_NUMBER_PATTERN}):(\\d{6})$`, "i");

export function parsePickupQr(text: string): { orderNumber: string | null; code: string } | null {
  const qr = PICKUP_QR.exec(text.trim());
  if (qr) return { orderNumber: qr[1]!.toUpperCase(), code: qr[2]! };
  const digits = text.replace(/\D/g, "");
  return digits.length === 6 ? { orderNumber: null, code: digits } : null;
}
