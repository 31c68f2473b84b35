"use client";

import { useTranslations } from "next-intl";
import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { formatMoney, formatMoneyShort } from "@/lib/money";
import { useFigureFormats } from "./parts";

export type ChartPoint = { start: string; revenueMinor: number; orders: number };

/**
 * Revenue per day or week as bars. Recharts is loaded with this file only, by the insights page
 * (next/dynamic), so no other page downloads it. The table beside it holds the same figures for
 * screen readers and keyboards.
 */
export default function SalesChart({ points, by }: { points: ChartPoint[]; by: "day" | "week" }) {
  const t = useTranslations("insights.chart");
  const label = useFigureFormats().day;
  return (
    <ResponsiveContainer width="100%" height={260}>
      <BarChart data={points} margin={{ top: 8, right: 8, bottom: 0, left: 8 }}>
        <CartesianGrid vertical={false} stroke="#e7e5e4" />
        <XAxis
          dataKey="start"
          tickFormatter={label}
          tickLine={false}
          axisLine={false}
          minTickGap={16}
          tick={{ fontSize: 12, fill: "#78716c" }}
        />
        <YAxis
          tickFormatter={(v: number) => formatMoneyShort(Math.round(v / 100) * 100)}
          tickLine={false}
          axisLine={false}
          width={72}
          tick={{ fontSize: 12, fill: "#78716c" }}
        />
        <Tooltip
          cursor={{ fill: "#f5f5f4" }}
          labelFormatter={(day) => (by === "week" ? t("weekOf", { day: label(String(day)) }) : label(String(day)))}
          formatter={(value, _name, item) => [
            t("revenueAndOrders", { revenue: formatMoney(Number(value)), orders: (item.payload as ChartPoint).orders }),
            t("revenue"),
          ]}
        />
        <Bar dataKey="revenueMinor" fill="#a84d2e" radius={[3, 3, 0, 0]} maxBarSize={40} />
      </BarChart>
    </ResponsiveContainer>
  );
}
