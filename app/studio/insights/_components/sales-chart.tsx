"use client";

import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { formatMoney, formatMoneyShort } from "@/lib/money";

export type ChartPoint = { start: string; revenueMinor: number; orders: number };

const dayLabel = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", timeZone: "UTC" });
const label = (day: string) => dayLabel.format(new Date(`${day}T00:00:00Z`));

/**
 * Revenue per day or week as bars. Recharts is loaded with this file only, by the insights page
 * (next/dynamic), so no other page downloads it. The table beside it holds the same figures for
 * screen readers and keyboards.
 */
export default function SalesChart({ points, by }: { points: ChartPoint[]; by: "day" | "week" }) {
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
          labelFormatter={(day) => (by === "week" ? `Week of ${label(String(day))}` : label(String(day)))}
          formatter={(value, _name, item) => [
            `${formatMoney(Number(value))} · ${(item.payload as ChartPoint).orders} orders`,
            "Revenue",
          ]}
        />
        <Bar dataKey="revenueMinor" fill="#a84d2e" radius={[3, 3, 0, 0]} maxBarSize={40} />
      </BarChart>
    </ResponsiveContainer>
  );
}
