import { createNavigation } from "next-intl/navigation";
import { routing } from "./routing";

/** The storefront's Link, redirect and router: they keep the reader's language in every address. */
export const { Link, redirect, usePathname, useRouter, getPathname } = createNavigation(routing);
