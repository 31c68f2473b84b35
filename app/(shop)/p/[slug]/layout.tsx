import { getProduct, mayPreview } from "../../_lib/data";

/**
 * Loads the product before the page's loading skeleton streams, so an unknown product answers
 * with a real 404 status. The page reuses the same (request-cached) result. A layout cannot read
 * ?preview=1, so for a marketer it lets a draft through and the page decides.
 */
export default async function ProductLayout({
  children,
  params,
}: {
  children: React.ReactNode;
  params: Promise<{ slug: string }>;
}) {
  await getProduct((await params).slug, await mayPreview());
  return children;
}
