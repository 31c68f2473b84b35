import { StudioSidebar, type StudioPerson } from "./sidebar";

type Props = {
  person: StudioPerson;
  /** The page's heading. */
  title: string;
  /** One line under the heading: what the page is for. */
  description?: string;
  /** Controls on the heading's right (a primary action, once there are some). */
  actions?: React.ReactNode;
  /** A page's own heading block instead of title, description and actions (the product editor's). */
  header?: React.ReactNode;
  children: React.ReactNode;
};

/** A studio page: the sidebar, the page's heading, and a working area that fills the window. */
export function StudioShell({ person, title, description, actions, header, children }: Props) {
  return (
    <>
      <StudioSidebar person={person} />
      <main id="main" tabIndex={-1} className="flex min-w-0 flex-1 flex-col focus:outline-none">
        {header ?? (
          <header className="flex shrink-0 items-end justify-between gap-4 px-6 pt-6 pb-4 xl:px-8">
            <div className="min-w-0">
              <h1 className="text-xl font-semibold tracking-tight text-stone-950">{title}</h1>
              {description ? <p className="mt-0.5 text-sm text-stone-500">{description}</p> : null}
            </div>
            {actions ? <div className="flex shrink-0 items-center gap-2">{actions}</div> : null}
          </header>
        )}
        <div className="flex min-h-0 flex-1 flex-col px-6 pb-6 xl:px-8">{children}</div>
      </main>
    </>
  );
}
