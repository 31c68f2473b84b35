import type { CategorySeed } from "./types";

/** In storefront menu order. */
export const CATEGORIES: readonly CategorySeed[] = [
  {
    slug: "knitwear",
    name: "Knitwear",
    skuPrefix: "KNT",
    description: "Jumpers, cardigans and vests in merino, cashmere and lambswool, knitted to last for years.",
  },
  {
    slug: "t-shirts-tops",
    name: "T-shirts & Tops",
    skuPrefix: "TOP",
    description: "Everyday tees, shirts and polos in organic cotton and linen.",
  },
  {
    slug: "jackets-coats",
    name: "Jackets & Coats",
    skuPrefix: "JKT",
    description: "Outerwear for every season, from light rain jackets to wool overcoats.",
  },
  {
    slug: "trousers-jeans",
    name: "Trousers & Jeans",
    skuPrefix: "TRS",
    description: "Denim, chinos and tailored trousers cut in straight, slim and wide fits.",
  },
  {
    slug: "dresses-skirts",
    name: "Dresses & Skirts",
    skuPrefix: "DRS",
    description: "Easy dresses and skirts in linen, satin and soft knits, made for warm Spanish days.",
  },
  {
    slug: "shoes",
    name: "Shoes",
    skuPrefix: "SHO",
    description: "Trainers, boots and leather shoes made in Spain, in EU sizes.",
  },
  {
    slug: "bags-accessories",
    name: "Bags & Accessories",
    skuPrefix: "ACC",
    description: "Bags, caps, scarves and small leather goods that finish an outfit.",
  },
  {
    slug: "home",
    name: "Home",
    skuPrefix: "HOM",
    description: "Stoneware, candles, linen and lighting for a calmer home.",
  },
];
