"use client";

import { ErrorContent } from "./_components/error-content";
import { Logo } from "./_components/logo";

export default function Error({ error, retry }: { error: unknown; retry: () => void }) {
  return (
    <>
      <header className="border-b border-stone-200">
        <div className="mx-auto flex h-16 max-w-screen-2xl items-center px-4 sm:px-6 lg:px-10">
          <Logo />
        </div>
      </header>
      <main id="main" className="flex-1">
        <ErrorContent error={error} retry={retry} />
      </main>
    </>
  );
}
