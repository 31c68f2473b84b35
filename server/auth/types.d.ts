import type { DefaultSession } from "next-auth";
import type { UserRole } from "@/db/schema";

declare module "next-auth" {
  interface User {
    role?: UserRole;
    staffLocationId?: string | null;
  }
  interface Session {
    user: {
      id: string;
      role: UserRole;
      staffLocationId: string | null;
    } & DefaultSession["user"];
    /** The auth_session row this browser's cookie names (server/domain/security/sessions.ts). */
    sessionId?: string | null;
  }
}

declare module "@auth/core/jwt" {
  interface JWT {
    role?: UserRole;
    staffLocationId?: string | null;
    /** The auth_session row's id. */
    sid?: string;
  }
}
