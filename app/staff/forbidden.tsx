import { signOutAction } from "@/app/_lib/actions";
import { StaffRefused } from "@/app/staff/_components/shell";
import { whyRefused } from "./_lib/access";

/** The console's 403: who is signed in and why this account cannot work the counter. */
export default async function StaffForbidden() {
  const refusal = await whyRefused();
  return (
    <StaffRefused
      reason={refusal?.reason ?? "not-staff"}
      name={refusal?.name ?? ""}
      email={refusal?.email ?? ""}
      signOutAction={signOutAction}
    />
  );
}
