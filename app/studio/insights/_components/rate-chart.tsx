"use client";

import { useTranslations } from "next-intl";
import { CartesianGrid, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { useFigureFormats } from "./parts";

export type RatePoint = { start: string; rate: number; searches: number };

/** A rate per day or week as a line (the zero-result rate of search); loaded only by the insights page. */
export default function RateChart({ points, by }: { points: RatePoint[]; by: "day" | "week" }) {
  const t = useTranslations("insights.chart");
  const { day: label, percent } = useFigureFormats();
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
          tickFormatter={(v: number) => percent(v)}
          tickLine={false}
          axisLine={false}
          width={56}
          tick={{ fontSize: 12, fill: "#78716c" }}
        />
        <Tooltip
          labelFormatter={(day) => (by === "week" ? t("weekOf", { day: label(String(day)) }) : label(String(day)))}
          formatter={(value, _name, item) => [
            t("rateOfSearches", { rate: percent(Number(value)), searches: (item.payload as RatePoint).searches }),
            t("noResults"),
          ]}
        />
        <Line type="monotone" dataKey="rate" stroke="#a84d2e" strokeWidth={2} dot={false} />
      </LineChart>
    </ResponsiveContainer>
  );
}
