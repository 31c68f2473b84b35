/** The kind of screen a web visit came from, as the insights funnel tells them apart. */
export const DEVICE_CLASSES = ["phone", "tablet", "desktop"] as const;
export type DeviceClass = (typeof DEVICE_CLASSES)[number];

/**
 * From the request's headers: the Client Hint `Sec-CH-UA-Mobile` when Chromium sends it ("?1" is a
 * phone), else the User-Agent. iPads that ask for the desktop site say "Macintosh", and are
 * counted as desktops: nothing in the request tells them apart. No header at all: null.
 */
export function deviceClass(userAgent: string | null, mobileHint?: string | null): DeviceClass | null {
  if (!userAgent) return null;
  if (/iPad|Tablet|PlayBook|Silk|Kindle/i.test(userAgent)) return "tablet";
  // Android tablets leave "Mobile" out of their User-Agent; phones put it in.
  if (/Android/i.test(userAgent)) return /Mobile/i.test(userAgent) || mobileHint === "?1" ? "phone" : "tablet";
  if (mobileHint === "?1" || /iPhone|iPod|Mobi|Windows Phone/i.test(userAgent)) return "phone";
  return "desktop";
}
