/**
 * The shop's clock is Madrid's (Europe/Madrid: CET in winter, CEST in summer). Marketers type and
 * read dates as Madrid wall-clock time; the database stores instants. These convert between the
 * two with the platform's time-zone data, so a change of offset in March or October is handled.
 */

export const SHOP_TIME_ZONE = "Europe/Madrid";

const parts = new Intl.DateTimeFormat("en-GB", {
  timeZone: SHOP_TIME_ZONE,
  hourCycle: "h23",
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
  second: "2-digit",
});

/** Madrid's wall clock at an instant, as `YYYY-MM-DDTHH:mm:ss`. */
export function madridWallClock(at: Date): string {
  const p = Object.fromEntries(parts.formatToParts(at).map((x) => [x.type, x.value]));
  return `${p.year}-${p.month}-${p.day}T${p.hour}:${p.minute}:${p.second}`;
}

/** The value for an `<input type="datetime-local">` showing this instant in Madrid (to the minute). */
export function toMadridInput(at: Date): string {
  return madridWallClock(at).slice(0, 16);
}

/** Minutes Madrid is ahead of UTC at an instant (60 in winter, 120 in summer). */
export function madridOffsetMinutes(at: Date): number {
  const wall = madridWallClock(at);
  return Math.round((Date.parse(`${wall}Z`) - Math.floor(at.getTime() / 1000) * 1000) / 60_000);
}

/**
 * The instant a Madrid wall-clock time names (`YYYY-MM-DDTHH:mm` or with seconds). In the hour
 * skipped in March the time does not exist, and in the hour repeated in October it exists twice:
 * the first is taken, and a skipped time moves forward by the hour as clocks do.
 */
export function fromMadridWallClock(wall: string): Date | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/.exec(wall);
  if (!m) return null;
  const [, y, mo, d, h, mi, s] = m;
  const asUtc = Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s ?? 0));
  if (Number.isNaN(asUtc) || new Date(asUtc).getUTCDate() !== Number(d)) return null;
  // Try the offsets either side of the change; the earliest whose wall clock matches wins.
  const candidates = [120, 60]
    .map((offset) => new Date(asUtc - offset * 60_000))
    .filter((c) => madridWallClock(c).slice(0, wall.length === 16 ? 16 : 19) === wall.slice(0, 19));
  if (candidates.length) return candidates.sort((a, b) => a.getTime() - b.getTime())[0]!;
  // A time in the skipped hour: the same wall time at the winter offset, which reads an hour later.
  return new Date(asUtc - 60 * 60_000);
}

/** "Madrid time (CET)" or "(CEST)", for labels beside a date field. */
export function madridZoneName(at: Date): "CET" | "CEST" {
  return madridOffsetMinutes(at) === 120 ? "CEST" : "CET";
}

/** An instant as a person reads it in the shop: "2 Dec 2026, 10:00 CET". */
export function formatMadrid(at: Date, options: { seconds?: boolean } = {}): string {
  const text = new Intl.DateTimeFormat("en-GB", {
    timeZone: SHOP_TIME_ZONE,
    day: "numeric",
    month: "short",
    year: "numeric",
    hour: "2-digit",
    minute: "2-digit",
    second: options.seconds ? "2-digit" : undefined,
    hourCycle: "h23",
  }).format(at);
  return `${text} ${madridZoneName(at)}`;
}
