import { getProduct } from "../../_lib/data";

/**
 * Loads the product before the page's loading skeleton streams, so an unknown product answers
 * with a real 404 status. The page reuses the same (request-cached) result.
 */
export default async function ProductLayout({
  children,
  params,
}: {
  children: React.ReactNode;
  params: Promise<{ slug: string }>;
}) {
  await getProduct((await params).slug);
  return children;
}
