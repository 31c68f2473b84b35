import { getProduct, isPreview } from "../../_lib/data";

/**
 * Loads the product before the page's loading skeleton streams, so an unknown product answers
 * with a real 404 status. The page reuses the same (request-cached) result. A marketer's ?preview=1
 * reaches it as a header (a layout cannot read search params).
 */
export default async function ProductLayout({
  children,
  params,
}: {
  children: React.ReactNode;
  params: Promise<{ slug: string }>;
}) {
  await getProduct((await params).slug, await isPreview());
  return children;
}
