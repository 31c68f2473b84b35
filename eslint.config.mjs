import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";
import i18next from "eslint-plugin-i18next";

/**
 * The wall between layers (../shared/STYLE.md, "Import rules"). A later block replaces an earlier
 * one's `no-restricted-imports` for the files it matches, so each block lists every rule its files obey.
 */
const appCode = ["@/app/*", "@/app/**"];
const serverCode = ["@/server/*", "@/server/**", "@/db/*", "@/db/**", "@/env"];
const clientApi = ["@/trpc/react", "@trpc/client", "@trpc/tanstack-react-query", "@tanstack/react-query"];
const kit = ["@/ui/*", "@/ui/**"];

const rule = (...groups) => [
  "error",
  { patterns: groups.map((g) => (Array.isArray(g) ? { group: g[0], message: g[1] } : g)) },
];

const libRule = [
  [
    [...appCode, ...serverCode, ...kit, "@/trpc/*", "next", "next/*", "server-only"],
    "lib/ holds pure rules both sides use: it imports nothing of the app.",
  ],
];
const uiRule = [[[...appCode, ...serverCode, "@/trpc/*"], "ui/ is the kit: it takes no data and imports only lib/."]];
const serverRule = [[[...appCode, ...kit, ...clientApi], "server/ and db/ never import app/, ui/ or the client tRPC."]];
const domainRule = [
  [
    ["@trpc/*", "next", "next/*", "@/server/api/*", "@/server/api/**"],
    "server/domain/ is plain rules: no tRPC, no Next, no server/api (routers call the domain, not the other way).",
  ],
];
// server/test/caller builds tRPC callers: importing it is importing server/api by another door.
const domainTestRule = [
  [
    ["@/server/test/caller"],
    "A test that drives a tRPC caller is a caller test: it lives under server/api/ (domain tests take sessionUserFor from server/test/session-user).",
  ],
];
// Pages and components reach the domain only through its client-safe inputs files (inputs.ts, or
// inputs-<topic>.ts where one file would grow too long), or for types.
const appToDomain = {
  regex: "^@/server/domain/(?![^/]+/inputs(-[a-z]+)*$)",
  message: "app/ reaches server/domain/ only through inputs.ts (or inputs-<topic>.ts) files and `import type`.",
  allowTypeImports: true,
};
const otherSurfaces = (...surfaces) => [
  surfaces.flatMap((s) => [`@/app/${s}/*`, `@/app/${s}/**`]),
  "One surface never imports another's folders: share through app/_components, ui/ or lib/.",
];

/**
 * Folders whose words are still written in the components (issue 15 moves them to the message
 * files); each leaves this list when it is translated, and from then on the rule holds for it.
 */
const NOT_YET_TRANSLATED = [
  // The storefront's frame and browsing
  "app/\\[locale\\]/(shop)/*.tsx",
  "app/\\[locale\\]/(shop)/_components/**",
  "app/\\[locale\\]/(shop)/c/**",
  "app/\\[locale\\]/(shop)/p/**",
  "app/\\[locale\\]/(shop)/search/**",

  // Buying: cart, checkout, orders, account, sign-in
  "app/\\[locale\\]/(shop)/(auth)/**",
  "app/\\[locale\\]/(shop)/account/**",
  "app/\\[locale\\]/(shop)/cart/**",
  "app/\\[locale\\]/(shop)/checkout/**",
  "app/\\[locale\\]/(shop)/orders/**",

  // The console
  "app/staff/**",

  // Insights
  "app/studio/insights/**",
  "app/_components/customer-channel-mix.tsx",

  // Shared
  "app/_components/live.tsx",
  "app/_components/logo.tsx",
];

const config = [
  ...nextVitals,
  ...nextTs,
  {
    ignores: [
      ".next/**",
      ".next-*/**",
      "node_modules/**",
      ".data/**",
      "test-results/**",
      "playwright-report/**",
      "next-env.d.ts",
      "public/**",
    ],
  },
  {
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      // A Pages Router rule: with the storefront under app/[locale], it takes every <a> (a full load
      // on purpose: sign-in, a language switch) for a page of that dynamic segment.
      "@next/next/no-html-link-for-pages": "off",
    },
  },
  { files: ["lib/**"], rules: { "@typescript-eslint/no-restricted-imports": rule(...libRule) } },
  { files: ["ui/**"], rules: { "@typescript-eslint/no-restricted-imports": rule(...uiRule) } },
  { files: ["server/**", "db/**"], rules: { "@typescript-eslint/no-restricted-imports": rule(...serverRule) } },
  // Domain tests obey it too: a test that drives a caller is a caller test and lives under server/api/.
  {
    files: ["server/domain/**"],
    rules: { "@typescript-eslint/no-restricted-imports": rule(...serverRule, ...domainRule, ...domainTestRule) },
  },
  { files: ["app/**"], rules: { "@typescript-eslint/no-restricted-imports": rule(appToDomain) } },
  {
    files: ["app/\\[locale\\]/(shop)/**"],
    rules: { "@typescript-eslint/no-restricted-imports": rule(appToDomain, otherSurfaces("staff", "studio")) },
  },
  {
    files: ["app/staff/**"],
    rules: { "@typescript-eslint/no-restricted-imports": rule(appToDomain, otherSurfaces("\\[locale\\]", "studio")) },
  },
  {
    files: ["app/studio/**"],
    rules: { "@typescript-eslint/no-restricted-imports": rule(appToDomain, otherSurfaces("\\[locale\\]", "staff")) },
  },
  // Words people read come from messages/<locale>/*.json (messages/index.ts), never from a literal
  // in a component: text between tags and the attributes a person or a screen reader reads.
  {
    files: ["app/**/*.tsx", "ui/**/*.tsx"],
    ignores: ["**/*.test.tsx", ...NOT_YET_TRANSLATED],
    plugins: { i18next },
    rules: {
      "i18next/no-literal-string": [
        "error",
        {
          mode: "jsx-only",
          "jsx-attributes": { include: ["aria-label", "aria-description", "placeholder", "title", "alt", "label"] },
          // Punctuation, symbols, numbers and the brand are the same in every language.
          words: { exclude: ["[0-9!-/:-@[-`{-~\\s·•—–…×€%→←↑↓]+", "Mostrador"] },
          message: "Words people read go in messages/<locale>/*.json and come from t() (next-intl).",
        },
      ],
    },
  },
];

export default config;
