"use client";

import { useTranslations } from "next-intl";
import { LanguageTag, SelectField, TextField } from "@/app/studio/_components/controls";

export type ImageText = { alt: string; altEs: string; colour: string | null };

const ALL = "";

/** An image's alt text in both languages and its colour: for a new upload and for each image on the product. */
export function ImageFields({
  idPrefix,
  text,
  colours,
  onChange,
  position,
}: {
  idPrefix: string;
  text: ImageText;
  colours: string[];
  onChange: (text: ImageText) => void;
  /** Names the fields for screen readers and tests when many images are on one page: image 2. */
  position?: number;
}) {
  const t = useTranslations("studio.editor.images.fields");
  // Part of a label may be for screen readers only (<hidden>): the language tag beside it says it to the eye.
  const hidden = (chunks: React.ReactNode) => <span className="sr-only">{chunks}</span>;
  const altOf = (field: "altEn" | "altEs") =>
    position === undefined ? t.rich(field, { hidden }) : t.rich(`${field}Of`, { position, hidden });
  const label = {
    altEn: altOf("altEn"),
    altEs: altOf("altEs"),
    colour: position === undefined ? t("colour") : t("colourOf", { position }),
  };
  return (
    <div className="grid gap-3 md:grid-cols-[1fr_1fr_11rem]">
      <TextField
        id={`${idPrefix}-alt`}
        label={label.altEn}
        aside={<LanguageTag lang="en" />}
        value={text.alt}
        required
        maxLength={300}
        placeholder={t("altEnPlaceholder")}
        onChange={(e) => onChange({ ...text, alt: e.target.value })}
      />
      <TextField
        id={`${idPrefix}-alt-es`}
        label={label.altEs}
        aside={<LanguageTag lang="es" />}
        lang="es"
        value={text.altEs}
        maxLength={300}
        placeholder={t("altEsPlaceholder")}
        onChange={(e) => onChange({ ...text, altEs: e.target.value })}
      />
      <SelectField
        id={`${idPrefix}-colour`}
        label={label.colour}
        value={text.colour ?? ALL}
        onChange={(e) => onChange({ ...text, colour: e.target.value === ALL ? null : e.target.value })}
      >
        <option value={ALL}>{t("allColours")}</option>
        {colours.map((c) => (
          <option key={c} value={c}>
            {c}
          </option>
        ))}
        {text.colour && !colours.includes(text.colour) ? (
          <option value={text.colour}>{t("noLongerSold", { colour: text.colour })}</option>
        ) : null}
      </SelectField>
    </div>
  );
}
