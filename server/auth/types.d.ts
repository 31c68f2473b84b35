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
  }
}

declare module "@auth/core/jwt" {
  interface JWT {
    role?: UserRole;
    staffLocationId?: string | null;
  }
}
