export * from "./locations";
export * from "./catalog";
export * from "./inventory";
export * from "./users";
export * from "./relations";
