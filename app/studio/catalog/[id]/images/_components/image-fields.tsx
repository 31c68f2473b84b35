"use client";

import { LanguageTag, SelectField, TextField } from "@/app/studio/_components/controls";

export type ImageText = { alt: string; altEs: string; colour: string | null };

const ALL = "";

/** An image's alt text in both languages and its colour: for a new upload and for each image on the product. */
export function ImageFields({
  idPrefix,
  text,
  colours,
  onChange,
  label,
}: {
  idPrefix: string;
  text: ImageText;
  colours: string[];
  onChange: (text: ImageText) => void;
  /** Names the fields for screen readers and tests when many images are on one page: "image 2". */
  label?: string;
}) {
  const of = label ? ` of ${label}` : "";
  return (
    <div className="grid gap-3 md:grid-cols-[1fr_1fr_11rem]">
      <TextField
        id={`${idPrefix}-alt`}
        label={`Alt text${of}`}
        aside={<LanguageTag lang="en" />}
        value={text.alt}
        required
        maxLength={300}
        placeholder="What the photo shows, e.g. “Navy jumper, front”"
        onChange={(e) => onChange({ ...text, alt: e.target.value })}
      />
      <TextField
        id={`${idPrefix}-alt-es`}
        label={`Texto alternativo${of}`}
        aside={<LanguageTag lang="es" />}
        lang="es"
        value={text.altEs}
        maxLength={300}
        placeholder="Opcional"
        onChange={(e) => onChange({ ...text, altEs: e.target.value })}
      />
      <SelectField
        id={`${idPrefix}-colour`}
        label={`Colour${of}`}
        value={text.colour ?? ALL}
        onChange={(e) => onChange({ ...text, colour: e.target.value === ALL ? null : e.target.value })}
      >
        <option value={ALL}>All colours</option>
        {colours.map((c) => (
          <option key={c} value={c}>
            {c}
          </option>
        ))}
        {text.colour && !colours.includes(text.colour) ? (
          <option value={text.colour}>{text.colour} (no longer sold)</option>
        ) : null}
      </SelectField>
    </div>
  );
}
