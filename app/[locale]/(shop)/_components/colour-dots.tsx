import { clsx } from "clsx";
import { useTranslations } from "next-intl";

/** Small swatches under a product tile; names are read out, dots are decorative. */
export function ColourDots({
  colours,
  max = 5,
  className,
}: {
  colours: { name: string; hex: string | null }[];
  max?: number;
  className?: string;
}) {
  const t = useTranslations("shop.card");
  if (colours.length <= 1) return null;
  const shown = colours.slice(0, max);
  const more = colours.length - shown.length;
  return (
    <div className={clsx("flex items-center gap-1.5", className)}>
      <span className="sr-only">
        {t("colours", { count: colours.length, names: colours.map((c) => c.name).join(", ") })}
      </span>
      <ul aria-hidden="true" className="flex items-center gap-1">
        {shown.map((c) => (
          <li
            key={c.name}
            title={c.name}
            className="size-3.5 rounded-full ring-1 ring-stone-900/15 ring-inset"
            style={{ backgroundColor: c.hex ?? "#d6d3d1" }}
          />
        ))}
      </ul>
      {more > 0 ? (
        <span aria-hidden="true" className="text-xs text-stone-500">
          +{more}
        </span>
      ) : null}
    </div>
  );
}
