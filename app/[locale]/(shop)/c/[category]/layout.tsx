import { getCategory } from "../../_lib/data";

/**
 * Resolves the category before the page's loading skeleton streams, so an unknown category
 * answers with a real 404 status rather than a 200 followed by the not-found UI.
 */
export default async function CategoryLayout({
  children,
  params,
}: {
  children: React.ReactNode;
  params: Promise<{ category: string }>;
}) {
  await getCategory((await params).category);
  return children;
}
