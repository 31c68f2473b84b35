import { z } from "zod";
import { orderNumberInput } from "@/lib/order-number";

/** One of the caller's orders, by the number on its receipt or by id. */
export const orderRefInput = z.union([z.object({ number: orderNumberInput }), z.object({ id: z.uuid() })]);
export type OrderRef = z.infer<typeof orderRefInput>;

/** One of the caller's orders by number, to follow it live. */
export const orderByNumberInput = z.object({ number: orderNumberInput });
