import { clsx } from "clsx";
import { ProductCard } from "./product-card";
import type { ProductCardData } from "@/app/_lib/types";

type Props = {
  products: ProductCardData[];
  storeName?: string | null;
  /** How many leading images to load eagerly. */
  priorityCount?: number;
  /** Next to a filter sidebar the grid gets its fourth column later. */
  withSidebar?: boolean;
  className?: string;
};

/** 2 columns on phones, 3 on tablets, 4 on desktops. */
export function ProductGrid({ products, storeName, priorityCount = 4, withSidebar = false, className }: Props) {
  return (
    <ul
      className={clsx(
        "grid grid-cols-2 gap-x-3 gap-y-9 sm:gap-x-5 md:grid-cols-3 lg:gap-x-6 lg:gap-y-12",
        withSidebar ? "xl:grid-cols-4" : "lg:grid-cols-4",
        className,
      )}
    >
      {products.map((product, index) => (
        <li key={product.id}>
          <ProductCard product={product} storeName={storeName} priority={index < priorityCount} />
        </li>
      ))}
    </ul>
  );
}
