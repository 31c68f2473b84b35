/** The frame around sign-in and sign-up. */
export function AuthCard({
  title,
  intro,
  children,
  footer,
}: {
  title: string;
  intro?: string;
  children: React.ReactNode;
  footer?: React.ReactNode;
}) {
  return (
    <div className="flex justify-center bg-stone-50 px-4 py-10 sm:py-16">
      <div className="w-full max-w-md">
        <div className="rounded-3xl border border-stone-200 bg-white p-6 shadow-sm sm:p-10">
          <h1 className="text-2xl font-semibold tracking-tight text-stone-950 sm:text-3xl">{title}</h1>
          {intro ? <p className="mt-2 text-sm leading-relaxed text-stone-600">{intro}</p> : null}
          <div className="mt-8">{children}</div>
        </div>
        {footer ? <div className="mt-6 text-center text-sm text-stone-600">{footer}</div> : null}
      </div>
    </div>
  );
}
