import type { OpeningHours } from "../../schema";
import { LOCATION_CODES, LOCATION_SLUGS } from "../fixtures";
import type { LocationSeed } from "./types";

/** Seven entries, Monday first; null = closed that day. */
function week(
  weekday: [string, string],
  saturday: [string, string] | null,
  sunday: [string, string] | null,
): OpeningHours {
  const hours = (day: number, h: [string, string] | null) => (h ? { day, opens: h[0], closes: h[1] } : null);
  return [0, 1, 2, 3, 4].map((day) => hours(day, weekday)).concat([hours(5, saturday), hours(6, sunday)]);
}

/** Stores first (in the order shoppers pick from), then the warehouse. */
export const LOCATIONS: readonly LocationSeed[] = [
  {
    key: "madrid",
    code: LOCATION_CODES.madrid,
    slug: LOCATION_SLUGS.madrid,
    name: "Mostrador Madrid",
    kind: "store",
    clickAndCollect: true,
    addressLine: "Calle de Fuencarral 45",
    city: "Madrid",
    postalCode: "28004",
    country: "ES",
    phone: "+34 914 460 231",
    timezone: "Europe/Madrid",
    // Madrid's centre trades on Sundays, with shorter hours.
    openingHours: week(["10:00", "21:00"], ["10:00", "21:00"], ["11:00", "20:00"]),
    sortOrder: 1,
  },
  {
    key: "barcelona",
    code: LOCATION_CODES.barcelona,
    slug: LOCATION_SLUGS.barcelona,
    name: "Mostrador Barcelona",
    kind: "store",
    clickAndCollect: true,
    addressLine: "Passeig de Gràcia 61",
    city: "Barcelona",
    postalCode: "08007",
    country: "ES",
    phone: "+34 932 150 784",
    timezone: "Europe/Madrid",
    openingHours: week(["10:00", "21:00"], ["10:00", "21:00"], null),
    sortOrder: 2,
  },
  {
    key: "valencia",
    code: LOCATION_CODES.valencia,
    slug: LOCATION_SLUGS.valencia,
    name: "Mostrador Valencia",
    kind: "store",
    clickAndCollect: true,
    addressLine: "Carrer de Colón 12",
    city: "Valencia",
    postalCode: "46004",
    country: "ES",
    phone: "+34 963 518 902",
    timezone: "Europe/Madrid",
    openingHours: week(["10:00", "20:30"], ["10:00", "21:00"], null),
    sortOrder: 3,
  },
  {
    key: "warehouse",
    code: LOCATION_CODES.warehouse,
    slug: LOCATION_SLUGS.warehouse,
    name: "Almacén Central",
    kind: "warehouse",
    clickAndCollect: false,
    addressLine: "Calle de la Confianza 9, Polígono Los Olivos",
    city: "Getafe",
    postalCode: "28906",
    country: "ES",
    phone: "+34 916 832 400",
    timezone: "Europe/Madrid",
    openingHours: week(["07:00", "19:00"], null, null),
    sortOrder: 4,
  },
];
