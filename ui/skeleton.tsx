import { clsx } from "clsx";

export function Bone({ className }: { className?: string }) {
  return <div className={clsx("animate-shimmer rounded-lg bg-stone-200/70", className)} />;
}

/** `count` bones alike, e.g. a row of size chips. */
export function Bones({ count, className }: { count: number; className?: string }) {
  return Array.from({ length: count }, (_, i) => <Bone key={i} className={className} />);
}

/** A route's loading.tsx: the wait announced once, and the page's shape (hidden from screen readers) inside its frame. */
export function SkeletonPage({
  label,
  className,
  children,
}: {
  label: string;
  className: string;
  children: React.ReactNode;
}) {
  return (
    <div className={className}>
      <LoadingStatus label={label} />
      <div aria-hidden="true">{children}</div>
    </div>
  );
}

export function ProductGridSkeleton({ count = 8, withSidebar = false }: { count?: number; withSidebar?: boolean }) {
  return (
    <ul
      className={clsx(
        "grid grid-cols-2 gap-x-3 gap-y-9 sm:gap-x-5 md:grid-cols-3 lg:gap-x-6 lg:gap-y-12",
        withSidebar ? "xl:grid-cols-4" : "lg:grid-cols-4",
      )}
    >
      {Array.from({ length: count }, (_, i) => (
        <li key={i}>
          <Bone className="aspect-[4/5] rounded-2xl" />
          <Bone className="mt-3 h-3 w-1/3" />
          <Bone className="mt-2 h-4 w-3/4" />
          <Bone className="mt-2 h-4 w-1/4" />
        </li>
      ))}
    </ul>
  );
}

/** Announces the wait once to screen readers; the shapes themselves are hidden from them. */
export function LoadingStatus({ label }: { label: string }) {
  return (
    <p role="status" className="sr-only">
      {label}
    </p>
  );
}
