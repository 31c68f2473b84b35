"use client";

import { CartesianGrid, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";

export type RatePoint = { start: string; rate: number; searches: number };

const dayLabel = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", timeZone: "UTC" });
const label = (day: string) => dayLabel.format(new Date(`${day}T00:00:00Z`));
const percent = new Intl.NumberFormat("en-GB", { style: "percent", maximumFractionDigits: 1 });

/** A rate per day or week as a line (the zero-result rate of search); loaded only by the insights page. */
export default function RateChart({ points, by }: { points: RatePoint[]; by: "day" | "week" }) {
  return (
    <ResponsiveContainer width="100%" height={220}>
      <LineChart data={points} margin={{ top: 8, right: 8, bottom: 0, left: 8 }}>
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
          tickFormatter={(v: number) => percent.format(v)}
          tickLine={false}
          axisLine={false}
          width={56}
          tick={{ fontSize: 12, fill: "#78716c" }}
        />
        <Tooltip
          labelFormatter={(day) => (by === "week" ? `Week of ${label(String(day))}` : label(String(day)))}
          formatter={(value, _name, item) => [
            `${percent.format(Number(value))} of ${(item.payload as RatePoint).searches} searches`,
            "No results",
          ]}
        />
        <Line type="monotone" dataKey="rate" stroke="#a84d2e" strokeWidth={2} dot={false} />
      </LineChart>
    </ResponsiveContainer>
  );
}
