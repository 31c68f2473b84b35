/**
 * The shape of the demo year (db/seed/history.ts), worked out in plain code before any SQL runs:
 * how many orders of each kind each shop day gets, at which store, and what each day is like
 * (a weekday or a Saturday, the January and July sales, Black Friday, the run-up to Christmas).
 * The database then draws the orders themselves (history-orders.ts). No imports of the app.
 */

/** What a day's orders are: placed online, sold at a counter, or ordered at a counter for elsewhere. */
export const ORDER_KINDS = ["web_delivery", "web_pickup", "counter", "aisle_pickup", "aisle_delivery"] as const;
export type OrderKind = (typeof ORDER_KINDS)[number];

/** Each kind's share of the year's orders; pickup attaches (counter sales at a collection) come on top, about 2%. */
const KIND_SHARE: Record<OrderKind, number> = {
  web_delivery: 0.36,
  web_pickup: 0.22,
  counter: 0.36,
  aisle_pickup: 0.016,
  aisle_delivery: 0.024,
};

export type StoreKey = "madrid" | "barcelona" | "valencia";
/** Madrid is the flagship; Valencia the smallest. */
export const STORE_SHARE: Record<StoreKey, number> = { madrid: 0.45, barcelona: 0.33, valencia: 0.22 };

/**
 * An endless-aisle pickup goes to one of the other two stores, the bigger the likelier: for the
 * stores in their order (Madrid, Barcelona, Valencia), the chance it is the next one round.
 */
export const NEXT_STORE_CHANCE = (["madrid", "barcelona", "valencia"] as const).map((s, i, all) => {
  const next = STORE_SHARE[all[(i + 1) % 3]!];
  return next / (next + STORE_SHARE[all[(i + 2) % 3]!]);
});

/** At full size (HISTORY_SCALE=1). */
export const FULL = {
  orders: 100_000,
  customers: 8_000,
  /** Guest browsers: only those that accepted analytics leave views and searches. */
  guests: 30_000,
  /** Web visits that end without an order (those that end with one are drawn with their order). */
  sessions: 260_000,
} as const;

export type Sizes = { orders: number; customers: number; guests: number; sessions: number };

export function sizesFor(scale: number): Sizes {
  return {
    orders: Math.round(FULL.orders * scale),
    customers: Math.max(60, Math.round(FULL.customers * scale)),
    guests: Math.max(200, Math.round(FULL.guests * scale)),
    sessions: Math.round(FULL.sessions * scale),
  };
}

/** A small seeded generator (mulberry32): the plan is the same for the same day and size. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const DAY_MS = 86_400_000;
const iso = (d: Date) => d.toISOString().slice(0, 10);
const utcDay = (s: string) => new Date(`${s}T00:00:00Z`);

/** Black Friday: the day after the fourth Thursday of November. */
export function blackFriday(year: number): string {
  const nov1 = new Date(Date.UTC(year, 10, 1));
  const firstThursday = 1 + ((4 - nov1.getUTCDay() + 7) % 7);
  return iso(new Date(Date.UTC(year, 10, firstThursday + 22)));
}

/** Days every store is shut (the web still sells). */
export function storesClosed(day: string): boolean {
  const md = day.slice(5);
  return md === "12-25" || md === "01-01";
}

/** Barcelona and Valencia close on Sundays; Madrid's centre trades with shorter hours. */
export function storeOpen(store: StoreKey, day: string): boolean {
  if (storesClosed(day)) return false;
  return store === "madrid" || utcDay(day).getUTCDay() !== 0;
}

type DayKind = { web: number; store: number; saleOff: number; saleAll: boolean };

/**
 * How busy a day is beside an ordinary one, online and in store, and how much the sale takes off
 * the products on sale that day (0: no sale). Weekdays: stores fill up on Fridays and Saturdays,
 * the web on Sunday evenings and Mondays.
 */
export function dayKind(day: string): DayKind {
  const d = utcDay(day);
  const dow = d.getUTCDay(); // 0 Sunday
  const month = d.getUTCMonth() + 1;
  const date = d.getUTCDate();
  const web = [1.15, 1.05, 1.0, 1.0, 1.0, 0.95, 0.85][dow]!;
  const store = [0.9, 0.75, 0.8, 0.85, 0.95, 1.2, 1.75][dow]!;
  let season = 1;
  let webBoost = 1;
  let saleOff = 0;
  const bf = blackFriday(d.getUTCFullYear());
  const fromBf = Math.round((d.getTime() - utcDay(bf).getTime()) / DAY_MS);
  if (month === 1 && date <= 6)
    season = date === 1 ? 0.5 : 1.3 + (date === 5 ? 0.5 : 0); // Reyes
  else if (month === 1) {
    season = 1.75 - (0.55 * (date - 7)) / 24; // rebajas de enero, fading
    saleOff = 0.3;
  } else if (month === 2) {
    season = 0.9;
    saleOff = date <= 14 ? 0.4 : 0;
  } else if (month === 7) {
    season = date <= 15 ? 1.6 : 1.25; // rebajas de verano
    saleOff = 0.3;
  } else if (month === 8) {
    season = 0.75; // the August holidays
    saleOff = date <= 20 ? 0.4 : 0;
  } else if (fromBf >= -7 && fromBf <= 3) {
    // The week before Black Friday, the day, its weekend and Cyber Monday.
    season = [1.25, 1.25, 1.25, 1.25, 1.25, 1.3, 1.5, 2.4, 1.8, 1.5, 1.6][fromBf + 7]!;
    webBoost = fromBf === 0 ? 1.35 : fromBf === 3 ? 1.4 : 1;
    saleOff = fromBf >= 0 ? 0.2 : 0;
  } else if (month === 12 && date <= 24) season = 1.3 + (date / 24) * (date >= 20 ? 1.0 : 0.8);
  else if (month === 12) season = date === 25 ? 0.4 : date === 31 ? 0.7 : 1.2;
  else season = [1, 1, 0.95, 1.0, 1.0, 1.05, 1.05, 1, 1, 1.0, 1.05, 1.0, 1][month]!;
  return { web: web * season * webBoost, store: store * season, saleOff, saleAll: fromBf >= 0 && fromBf <= 3 };
}

/** How a category sells by month (January first): knitwear and coats fall away in summer. */
export const CATEGORY_MONTHS: Record<string, number[]> = {
  knitwear: [1.6, 1.3, 1.0, 0.7, 0.4, 0.2, 0.15, 0.2, 0.6, 1.1, 1.5, 1.8],
  "jackets-coats": [1.5, 1.2, 1.0, 0.8, 0.5, 0.25, 0.2, 0.3, 0.7, 1.2, 1.5, 1.6],
  "t-shirts-tops": [0.7, 0.7, 0.9, 1.1, 1.3, 1.5, 1.6, 1.4, 1.1, 0.9, 0.8, 0.8],
  "dresses-skirts": [0.6, 0.6, 0.8, 1.1, 1.4, 1.6, 1.7, 1.4, 1.0, 0.8, 0.7, 0.8],
  "trousers-jeans": [1.1, 1.0, 1.0, 1.0, 1.0, 0.9, 0.8, 0.8, 1.1, 1.1, 1.1, 1.1],
  shoes: [1.0, 0.9, 1.0, 1.1, 1.1, 1.1, 1.0, 0.9, 1.1, 1.0, 1.0, 1.1],
  "bags-accessories": [0.9, 0.9, 0.9, 1.0, 1.0, 1.0, 1.0, 0.9, 1.0, 1.0, 1.2, 1.8],
  home: [0.9, 0.8, 0.9, 0.9, 0.9, 0.8, 0.8, 0.8, 1.0, 1.1, 1.3, 1.9],
};

/** Web orders and visits by hour of the Madrid day: a lunchtime bump and a long evening. */
export const WEB_HOURS = [
  1, 0.6, 0.3, 0.2, 0.2, 0.3, 0.8, 1.6, 2.4, 3, 3.3, 3.5, 4, 4.4, 4, 3.6, 3.6, 3.9, 4.6, 5.6, 6.6, 7.2, 6.2, 3.2,
];
/** Click-and-collect is ordered for the day: mostly while the stores are open, a few in the evening for the next morning. */
export const PICKUP_HOURS = [
  0.05, 0, 0, 0, 0, 0, 0.05, 0.2, 0.4, 1, 3.2, 3.6, 4, 4.2, 3.8, 3.4, 3.6, 3.6, 2.8, 1.2, 0.5, 0.3, 0.2, 0.1,
];
/** Counter sales by hour of the opening day: late morning, and the after-work rush. */
export const STORE_HOURS = [
  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1.6, 2.7, 3.4, 3.6, 2.6, 2.2, 2.6, 3.2, 4.0, 4.2, 3.2, 0, 0, 0,
];

/** 100 hour "tickets" per curve, so the database draws an hour with one equality join. */
export function hourTickets(): Array<{ grp: string; t: number; hour: number }> {
  const out: Array<{ grp: string; t: number; hour: number }> = [];
  for (const [grp, curve] of [
    ["web", WEB_HOURS],
    ["pickup", PICKUP_HOURS],
    ["store", STORE_HOURS],
  ] as const) {
    const total = curve.reduce((a, b) => a + b, 0);
    let cum = 0;
    let t = 0;
    curve.forEach((w, hour) => {
      cum += (w / total) * 100;
      for (; t < Math.round(cum) && t < 100; t++) out.push({ grp, t, hour });
    });
    for (; t < 100; t++) out.push({ grp, t, hour: 20 });
  }
  return out;
}

export type Slot = { day: string; kind: OrderKind | "session"; store: StoreKey | null; n: number };
/** saleAll: the sale covers every product (Black Friday), not only those marked down. */
export type DayRow = { day: string; month: number; saleOff: number; saleAll: boolean };

/**
 * The year as slots: for each of the 366 shop days up to `today` (YYYY-MM-DD, Madrid), how many
 * orders of each kind at each store (web delivery has none), and how many web visits that buy
 * nothing. Each count is its share of the year by the day's weight, ±10%.
 */
export function planYear(today: string, sizes: Sizes): { slots: Slot[]; days: DayRow[] } {
  const random = seededRandom(20_251_203);
  const end = utcDay(today).getTime();
  const dayList = Array.from({ length: 366 }, (_, i) => iso(new Date(end - (365 - i) * DAY_MS)));
  const kinds = dayList.map(dayKind);
  const stores = Object.keys(STORE_SHARE) as StoreKey[];
  const webTotal = kinds.reduce((n, k) => n + k.web, 0);
  const storeTotal = dayList.reduce(
    (n, day, i) => n + stores.reduce((m, s) => m + (storeOpen(s, day) ? STORE_SHARE[s] * kinds[i]!.store : 0), 0),
    0,
  );
  const slots: Slot[] = [];
  const push = (day: string, kind: Slot["kind"], store: StoreKey | null, expected: number) => {
    // Rounded up or down at random, by the fraction: a small scale keeps every kind's share.
    const n = Math.floor(expected * (0.9 + 0.2 * random()) + random());
    if (n > 0) slots.push({ day, kind, store, n });
  };
  dayList.forEach((day, i) => {
    const k = kinds[i]!;
    const webShare = k.web / webTotal;
    push(day, "web_delivery", null, sizes.orders * KIND_SHARE.web_delivery * webShare);
    push(day, "session", null, sizes.sessions * webShare);
    for (const s of stores) {
      // Click-and-collect is ordered whatever the day; the store prepares it when it opens.
      // Fewer choose a store that is shut that day: their order waits for the morning it opens.
      const open = storeOpen(s, day);
      push(day, "web_pickup", s, sizes.orders * KIND_SHARE.web_pickup * webShare * STORE_SHARE[s] * (open ? 1 : 0.1));
      if (!open) continue;
      const storeShare = (k.store * STORE_SHARE[s]) / storeTotal;
      push(day, "counter", s, sizes.orders * KIND_SHARE.counter * storeShare);
      push(day, "aisle_pickup", s, sizes.orders * KIND_SHARE.aisle_pickup * storeShare);
      push(day, "aisle_delivery", s, sizes.orders * KIND_SHARE.aisle_delivery * storeShare);
    }
  });
  return {
    slots,
    days: dayList.map((day, i) => ({
      day,
      month: Number(day.slice(5, 7)),
      saleOff: kinds[i]!.saleOff,
      saleAll: kinds[i]!.saleAll,
    })),
  };
}

/** First names and surnames the history's people are made of (Spanish, Catalan, a few visitors'). */
export const FIRST_NAMES = [
  "Lucía",
  "María",
  "Paula",
  "Sofía",
  "Martina",
  "Julia",
  "Daniela",
  "Carla",
  "Alba",
  "Noa",
  "Laura",
  "Marta",
  "Elena",
  "Carmen",
  "Sara",
  "Irene",
  "Claudia",
  "Nerea",
  "Ainhoa",
  "Montse",
  "Núria",
  "Laia",
  "Emma",
  "Olivia",
  "Hugo",
  "Martín",
  "Lucas",
  "Mateo",
  "Leo",
  "Daniel",
  "Alejandro",
  "Pablo",
  "Manuel",
  "Álvaro",
  "Adrián",
  "David",
  "Javier",
  "Sergio",
  "Jorge",
  "Carlos",
  "Miguel",
  "Iván",
  "Raúl",
  "Pau",
  "Jordi",
  "Marc",
  "Oriol",
  "Arnau",
  "Tom",
  "James",
  "Sophie",
  "Chloe",
  "Lena",
  "Luca",
  "Giulia",
  "Pierre",
];
export const SURNAMES = [
  "García",
  "Rodríguez",
  "González",
  "Fernández",
  "López",
  "Martínez",
  "Sánchez",
  "Pérez",
  "Gómez",
  "Martín",
  "Jiménez",
  "Ruiz",
  "Hernández",
  "Díaz",
  "Moreno",
  "Muñoz",
  "Álvarez",
  "Romero",
  "Alonso",
  "Gutiérrez",
  "Navarro",
  "Torres",
  "Domínguez",
  "Vázquez",
  "Ramos",
  "Gil",
  "Ramírez",
  "Serrano",
  "Blanco",
  "Molina",
  "Morales",
  "Suárez",
  "Ortega",
  "Delgado",
  "Castro",
  "Ortiz",
  "Rubio",
  "Marín",
  "Sanz",
  "Iglesias",
  "Puig",
  "Ferrer",
  "Vidal",
  "Soler",
  "Roca",
  "Pons",
  "Mas",
  "Bosch",
  "Smith",
  "Brown",
  "Rossi",
  "Müller",
];

/** Counter staff the history adds (no password: they cannot sign in), by store. The first marks a database that has the history. */
export const HISTORY_STAFF: ReadonlyArray<{ email: string; name: string; store: StoreKey }> = [
  { email: "carmen.ortega@mostrador.dev", name: "Carmen Ortega", store: "madrid" },
  { email: "diego.navarro@mostrador.dev", name: "Diego Navarro", store: "madrid" },
  { email: "sara.molina@mostrador.dev", name: "Sara Molina", store: "madrid" },
  { email: "pablo.iglesias@mostrador.dev", name: "Pablo Iglesias", store: "madrid" },
  { email: "laia.ferrer@mostrador.dev", name: "Laia Ferrer", store: "barcelona" },
  { email: "marc.soler@mostrador.dev", name: "Marc Soler", store: "barcelona" },
  { email: "nuria.bosch@mostrador.dev", name: "Núria Bosch", store: "barcelona" },
  { email: "elena.marin@mostrador.dev", name: "Elena Marín", store: "valencia" },
  { email: "vicent.pons@mostrador.dev", name: "Vicent Pons", store: "valencia" },
  { email: "irene.sanz@mostrador.dev", name: "Irene Sanz", store: "valencia" },
];

/** Why staff cancelled a click-and-collect order, as they type it in the console's reason field. */
export const CANCEL_REASONS = [
  "Customer asked to cancel",
  "Customer asked to cancel",
  "Customer ordered the wrong size",
  "Customer found it elsewhere",
  "Duplicate order",
  "Item damaged on the shelf",
  "Customer no longer needs it",
];

/** Where deliveries go: Spanish cities with one of their postal codes. */
export const DELIVERY_CITIES: ReadonlyArray<[city: string, postalCode: string, weight: number]> = [
  ["Madrid", "28013", 24],
  ["Barcelona", "08012", 18],
  ["Valencia", "46002", 9],
  ["Sevilla", "41001", 7],
  ["Zaragoza", "50001", 5],
  ["Málaga", "29001", 5],
  ["Bilbao", "48001", 4],
  ["Alicante", "03001", 4],
  ["Murcia", "30001", 3],
  ["Palma", "07001", 3],
  ["Valladolid", "47001", 3],
  ["Vigo", "36201", 2],
  ["Gijón", "33201", 2],
  ["Granada", "18001", 2],
  ["A Coruña", "15001", 2],
  ["Getafe", "28901", 2],
  ["Sabadell", "08201", 2],
  ["Girona", "17001", 1],
  ["Salamanca", "37001", 1],
  ["Pamplona", "31001", 1],
];
export const STREETS = [
  "Calle Mayor",
  "Calle de Alcalá",
  "Avenida de la Constitución",
  "Calle Real",
  "Carrer de Balmes",
  "Calle Nueva",
  "Avenida de América",
  "Calle del Carmen",
  "Carrer de València",
  "Paseo de la Castellana",
  "Calle San Vicente",
  "Calle de la Paz",
  "Rambla Nova",
  "Calle Sol",
  "Avenida del Puerto",
];
