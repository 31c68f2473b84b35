"use client";

export function PasswordToggle({ shown, onToggle }: { shown: boolean; onToggle: () => void }) {
  return (
    <button
      type="button"
      onClick={onToggle}
      aria-pressed={shown}
      className="inline-flex h-10 items-center rounded-lg px-3 text-sm font-medium text-stone-600 hover:bg-stone-100 hover:text-stone-950"
    >
      {shown ? "Hide" : "Show"}
      <span className="sr-only"> password</span>
    </button>
  );
}
