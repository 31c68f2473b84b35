"use client";

import { Markdown } from "@tiptap/markdown";
import { EditorContent, useEditor, useEditorState } from "@tiptap/react";
import StarterKit from "@tiptap/starter-kit";
import { clsx } from "clsx";
import { Bold, Heading3, Italic, List, ListOrdered, Redo2, Undo2 } from "lucide-react";
import { useTranslations } from "next-intl";
import { useEffect, useRef } from "react";

type Props = {
  id: string;
  /** The visible label's id: the editable area is named by it. */
  labelledBy: string;
  value: string;
  onChange: (markdown: string) => void;
  onBlur?: () => void;
  invalid?: boolean;
  describedBy?: string;
  lang?: "en" | "es";
  placeholder?: string;
  minRows?: number;
};

/**
 * Formatted text for descriptions, care and fit: bold, italics, lists and small headings, kept as
 * Markdown. Pasted HTML keeps only what these allow, and the shop renders the Markdown without
 * HTML, so nothing typed or pasted here can run script on the storefront.
 */
export function MarkdownEditor({
  id,
  labelledBy,
  value,
  onChange,
  onBlur,
  invalid,
  describedBy,
  lang,
  minRows = 4,
}: Props) {
  const t = useTranslations("studio.markdown");
  const lastEmitted = useRef(value);
  const editor = useEditor({
    // Rendered in the browser only: the server has no DOM for it, and hydration must not differ.
    immediatelyRender: false,
    extensions: [
      StarterKit.configure({
        heading: { levels: [3, 4] },
        code: false,
        codeBlock: false,
        blockquote: false,
        horizontalRule: false,
        strike: false,
        link: false,
        underline: false,
      }),
      Markdown,
    ],
    content: value,
    contentType: "markdown",
    editorProps: {
      attributes: {
        id,
        role: "textbox",
        "aria-multiline": "true",
        "aria-labelledby": labelledBy,
        ...(describedBy ? { "aria-describedby": describedBy } : {}),
        ...(invalid ? { "aria-invalid": "true" } : {}),
        ...(lang ? { lang } : {}),
        class: "prose-studio focus:outline-none",
        style: `min-height: ${minRows * 1.5}rem`,
      },
    },
    onUpdate: ({ editor }) => {
      const markdown = editor.getMarkdown();
      lastEmitted.current = markdown;
      onChange(markdown);
    },
    onBlur: () => onBlur?.(),
  });

  // A value from outside (a reset after saving, a revert): load it without echoing it back.
  useEffect(() => {
    if (!editor || value === lastEmitted.current) return;
    lastEmitted.current = value;
    editor.commands.setContent(value, { contentType: "markdown", emitUpdate: false });
  }, [editor, value]);

  const active = useEditorState({
    editor,
    selector: ({ editor: e }) => ({
      bold: e?.isActive("bold") ?? false,
      italic: e?.isActive("italic") ?? false,
      heading: e?.isActive("heading", { level: 3 }) ?? false,
      bullets: e?.isActive("bulletList") ?? false,
      numbers: e?.isActive("orderedList") ?? false,
    }),
  });

  const tools = [
    { label: t("bold"), Icon: Bold, on: active?.bold, run: () => editor?.chain().focus().toggleBold().run() },
    { label: t("italic"), Icon: Italic, on: active?.italic, run: () => editor?.chain().focus().toggleItalic().run() },
    {
      label: t("heading"),
      Icon: Heading3,
      on: active?.heading,
      run: () => editor?.chain().focus().toggleHeading({ level: 3 }).run(),
    },
    {
      label: t("bullets"),
      Icon: List,
      on: active?.bullets,
      run: () => editor?.chain().focus().toggleBulletList().run(),
    },
    {
      label: t("numbers"),
      Icon: ListOrdered,
      on: active?.numbers,
      run: () => editor?.chain().focus().toggleOrderedList().run(),
    },
  ];

  return (
    <div
      className={clsx(
        "rounded-lg border bg-white focus-within:ring-2",
        invalid
          ? "border-out focus-within:ring-out/40"
          : "border-stone-300 focus-within:border-stone-500 focus-within:ring-accent-700/40",
      )}
    >
      <div
        role="toolbar"
        aria-label={t("toolbar")}
        className="flex items-center gap-0.5 border-b border-stone-100 px-1.5 py-1"
      >
        {tools.map(({ label, Icon, on, run }) => (
          <button
            key={label}
            type="button"
            title={label}
            aria-label={label}
            aria-pressed={on}
            onMouseDown={(e) => e.preventDefault()}
            onClick={run}
            disabled={!editor}
            className={clsx(
              "grid size-7 place-items-center rounded-md text-stone-600 hover:bg-stone-100 hover:text-stone-950 disabled:opacity-40",
              on && "bg-stone-200 text-stone-950",
            )}
          >
            <Icon aria-hidden="true" className="size-4" />
          </button>
        ))}
        <span className="mx-1 h-4 w-px bg-stone-200" aria-hidden="true" />
        <button
          type="button"
          title={t("undo")}
          aria-label={t("undo")}
          onClick={() => editor?.chain().focus().undo().run()}
          disabled={!editor}
          className="grid size-7 place-items-center rounded-md text-stone-600 hover:bg-stone-100 disabled:opacity-40"
        >
          <Undo2 aria-hidden="true" className="size-4" />
        </button>
        <button
          type="button"
          title={t("redo")}
          aria-label={t("redo")}
          onClick={() => editor?.chain().focus().redo().run()}
          disabled={!editor}
          className="grid size-7 place-items-center rounded-md text-stone-600 hover:bg-stone-100 disabled:opacity-40"
        >
          <Redo2 aria-hidden="true" className="size-4" />
        </button>
      </div>
      <div className="max-h-80 overflow-y-auto px-3 py-2 text-sm text-stone-900">
        {editor ? (
          <EditorContent editor={editor} />
        ) : (
          <div aria-hidden="true" className="text-stone-400" style={{ minHeight: `${minRows * 1.5}rem` }}>
            {value ? value.slice(0, 200) : ""}
          </div>
        )}
      </div>
    </div>
  );
}
