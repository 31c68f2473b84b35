"use client";

import { signIn } from "next-auth/react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { SubmitButton } from "@/ui/button";
import { FormAlert } from "@/ui/field";

const MESSAGES: Record<string, { text: string; href: string; action: string }> = {
  "link-used": {
    text: "This link has already been used. Sign in with your email and password.",
    href: "/sign-in",
    action: "Go to sign in",
  },
  "link-expired": {
    text: "This link has expired or is not valid. Sign up again to get a new one.",
    href: "/sign-up",
    action: "Sign up again",
  },
};

export function ConfirmSignUp({ token }: { token: string }) {
  const router = useRouter();
  const [pending, setPending] = useState(false);
  const [refused, setRefused] = useState<string | null>(null);

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setPending(true);
    try {
      const result = await signIn("sign-up-link", { token, redirect: false });
      if (!result || result.error) {
        setRefused(result?.code && MESSAGES[result.code] ? result.code : "link-expired");
        setPending(false);
        return;
      }
      router.push("/account");
      router.refresh();
    } catch {
      setRefused("offline");
      setPending(false);
    }
  }

  const message = refused ? MESSAGES[refused] : null;
  return (
    <form onSubmit={onSubmit} className="space-y-5">
      <div aria-live="assertive">
        {refused === "offline" ? (
          <FormAlert>We couldn’t reach the server. Check your connection and try again.</FormAlert>
        ) : null}
        {message ? (
          <FormAlert>
            {message.text}{" "}
            <Link href={message.href} className="font-semibold underline underline-offset-4">
              {message.action}
            </Link>
          </FormAlert>
        ) : null}
      </div>
      {message ? null : (
        <SubmitButton pending={pending} pendingLabel="Creating your account…">
          Create my account
        </SubmitButton>
      )}
    </form>
  );
}
