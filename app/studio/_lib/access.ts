import "server-only";
import { forbidden, redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import type { UserRole } from "@/db/schema";
import { auth } from "@/server/auth";
import { STUDIO_ROLES } from "@/server/domain/studio/inputs";

export type StudioAccess = { name: string; email: string; role: UserRole };

async function who(): Promise<StudioAccess | null> {
  const session = await auth();
  if (!session?.user?.id) return null;
  const { role, name, email } = session.user;
  const t = await getTranslations("studio.access");
  return { role, name: name || email || t("someone"), email: email ?? t("thisAccount") };
}

/**
 * Who may use the studio, for a page to check before it renders anything: signed-out people sign
 * in and come back to `path`; marketers and admins come in; shoppers and store staff get the
 * studio's 403 page (./forbidden.tsx says why). Every studio procedure checks the same again.
 */
export async function studioAccess(path: `/studio${string}`): Promise<StudioAccess> {
  const person = await who();
  if (!person) redirect(`/sign-in?callbackUrl=${encodeURIComponent(path)}`);
  if (!STUDIO_ROLES.includes(person.role)) forbidden();
  return person;
}

/** Who was refused the studio, for the 403 page to name (null: nobody is signed in). */
export async function refusedPerson(): Promise<StudioAccess | null> {
  return who();
}
