import { relations } from "drizzle-orm";
import { category, product, productImage, variant } from "./catalog";
import { stockLevel } from "./inventory";
import { location } from "./locations";
import { user } from "./users";

export const categoryRelations = relations(category, ({ many }) => ({ products: many(product) }));

export const productRelations = relations(product, ({ one, many }) => ({
  category: one(category, { fields: [product.categoryId], references: [category.id] }),
  variants: many(variant),
  images: many(productImage),
}));

export const variantRelations = relations(variant, ({ one, many }) => ({
  product: one(product, { fields: [variant.productId], references: [product.id] }),
  stockLevels: many(stockLevel),
}));

export const productImageRelations = relations(productImage, ({ one }) => ({
  product: one(product, { fields: [productImage.productId], references: [product.id] }),
}));

export const stockLevelRelations = relations(stockLevel, ({ one }) => ({
  variant: one(variant, { fields: [stockLevel.variantId], references: [variant.id] }),
  location: one(location, { fields: [stockLevel.locationId], references: [location.id] }),
}));

export const locationRelations = relations(location, ({ many }) => ({
  stockLevels: many(stockLevel),
}));

export const userRelations = relations(user, ({ one }) => ({
  staffLocation: one(location, { fields: [user.staffLocationId], references: [location.id] }),
  preferredLocation: one(location, { fields: [user.preferredLocationId], references: [location.id] }),
}));
