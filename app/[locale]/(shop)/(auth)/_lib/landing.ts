/**
 * Where someone lands after signing in when no page asked for them: store staff at the console,
 * marketers in the studio, everyone else (admins included) at their account.
 */
export function landingFor(role: string | null | undefined): string {
  if (role === "staff") return "/staff";
  if (role === "marketer") return "/studio";
  return "/account";
}
