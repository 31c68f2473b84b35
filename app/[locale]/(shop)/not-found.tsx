import { NotFoundContent } from "@/app/_components/not-found-content";

/** Unknown products and categories: the message inside the shop's header and footer. */
export default function ShopNotFound() {
  return <NotFoundContent />;
}
