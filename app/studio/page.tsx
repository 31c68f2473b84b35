import { redirect } from "next/navigation";
import { studioAccess } from "./_lib/access";

export const dynamic = "force-dynamic";

/** The studio's front door: the product list, until there is an overview to show first. */
export default async function StudioPage() {
  await studioAccess("/studio");
  redirect("/studio/catalog");
}
