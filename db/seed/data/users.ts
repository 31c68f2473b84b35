import { DEMO_ACCOUNTS } from "../fixtures";
import type { UserSeed } from "./types";

/** Every demo account signs in with DEMO_PASSWORD. */
export const USERS: readonly UserSeed[] = [
  {
    email: DEMO_ACCOUNTS.customer,
    name: "Ana García",
    role: "customer",
    phone: "+34 612 345 678",
    preferredLocation: "madrid",
  },
  { email: DEMO_ACCOUNTS.customerNoStore, name: "Ben Carter", role: "customer" },
  { email: DEMO_ACCOUNTS.staffMadrid, name: "Lucía Romero", role: "staff", staffLocation: "madrid" },
  { email: DEMO_ACCOUNTS.staffBarcelona, name: "Jordi Puig", role: "staff", staffLocation: "barcelona" },
  { email: DEMO_ACCOUNTS.marketer, name: "Marta Vidal", role: "marketer" },
  { email: DEMO_ACCOUNTS.admin, name: "Admin", role: "admin" },
];
