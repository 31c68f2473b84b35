export const APPAREL_SIZES = ["XS", "S", "M", "L", "XL"] as const;
export const APPAREL_SIZES_S_XL = ["S", "M", "L", "XL"] as const;
/** Waist sizes in inches. */
export const JEANS_SIZES = ["28", "30", "32", "34", "36"] as const;
/** EU shoe sizes. */
export const SHOE_SIZES = ["36", "37", "38", "39", "40", "41", "42", "43", "44", "45"] as const;
export const SHOE_SIZES_SMALL = ["36", "37", "38", "39", "40", "41"] as const;
export const SHOE_SIZES_LARGE = ["40", "41", "42", "43", "44", "45"] as const;
/** Socks and belts. */
export const SML_SIZES = ["S", "M", "L"] as const;
export const ONE_SIZE = [] as const;
