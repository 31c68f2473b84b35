import Markdown from "react-markdown";

/**
 * A description, composition and care, or fit guide as the studio wrote it (Markdown). Raw HTML in
 * the text is shown as text, never run, and links are limited to http(s), mail and the site's own
 * paths (react-markdown's defaults), so stored content cannot carry script.
 */
export function ProductText({ id, title, text }: { id: string; title: string; text: string }) {
  if (!text.trim()) return null;
  return (
    <section aria-labelledby={id} className="border-t border-stone-200 pt-6">
      <h2 id={id} className="text-sm font-semibold text-stone-950">
        {title}
      </h2>
      <div className="mt-3 space-y-3 leading-relaxed text-pretty text-stone-700 [&_a]:underline [&_a]:underline-offset-2 [&_li]:ml-5 [&_ol]:list-decimal [&_strong]:font-semibold [&_strong]:text-stone-900 [&_ul]:list-disc">
        <Markdown
          skipHtml
          allowedElements={["p", "strong", "em", "ul", "ol", "li", "a", "br", "h3", "h4"]}
          unwrapDisallowed
        >
          {text}
        </Markdown>
      </div>
    </section>
  );
}
