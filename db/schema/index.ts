export * from "./locations";
export * from "./catalog";
export * from "./inventory";
export * from "./users";
export * from "./carts";
export * from "./orders";
export * from "./interactions";
export * from "./relations";
