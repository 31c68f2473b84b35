import { relations } from "drizzle-orm";
import { category, product, productImage, variant } from "./catalog";
import { stockLevel } from "./inventory";
import { location } from "./locations";
import { user } from "./users";
import { cart, cartItem, stockHold } from "./carts";
import { order, orderEvent, orderLine } from "./orders";

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

export const cartRelations = relations(cart, ({ one, many }) => ({
  customer: one(user, { fields: [cart.customerId], references: [user.id] }),
  items: many(cartItem),
  holds: many(stockHold),
}));

export const cartItemRelations = relations(cartItem, ({ one }) => ({
  cart: one(cart, { fields: [cartItem.cartId], references: [cart.id] }),
  variant: one(variant, { fields: [cartItem.variantId], references: [variant.id] }),
}));

export const stockHoldRelations = relations(stockHold, ({ one }) => ({
  cart: one(cart, { fields: [stockHold.cartId], references: [cart.id] }),
}));

export const orderRelations = relations(order, ({ one, many }) => ({
  location: one(location, { fields: [order.locationId], references: [location.id] }),
  lines: many(orderLine),
  events: many(orderEvent),
}));

export const orderLineRelations = relations(orderLine, ({ one }) => ({
  order: one(order, { fields: [orderLine.orderId], references: [order.id] }),
}));

export const orderEventRelations = relations(orderEvent, ({ one }) => ({
  order: one(order, { fields: [orderEvent.orderId], references: [order.id] }),
}));
