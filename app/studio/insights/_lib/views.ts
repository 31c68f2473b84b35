/** The insights page's views, named in its address (?view=customers). */
export const INSIGHTS_VIEWS = ["sales", "customers", "search"] as const;
export type InsightsView = (typeof INSIGHTS_VIEWS)[number];

/** The view a search parameter names, the sales when it names none or something else. */
export function insightsView(param: string | string[] | undefined): InsightsView {
  return INSIGHTS_VIEWS.find((v) => v === param) ?? "sales";
}
