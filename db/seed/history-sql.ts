import { sql, type SQL } from "drizzle-orm";
import type { Tx } from "../client";

/** A constant text[] written into the statement, so a row's pick from it costs an index, not a parameter per row. */
export function textArray(values: readonly string[]): SQL {
  return sql.raw(`array[${values.map((v) => `'${v.replaceAll("'", "''")}'`).join(", ")}]::text[]`);
}

/** One of `values` at random, per row. */
export function pickFrom(values: readonly string[]): SQL {
  return sql`(${textArray(values)})[1 + floor(random() * ${values.length})::int]`;
}

/** A standard normal draw (Box–Muller), per row: random_normal() is PostgreSQL 16's, and the server may be older. */
export const normal = sql`(sqrt(-2 * ln(1 - random())) * cos(2 * pi() * random()))`;

/** A log-normal duration in minutes with this median, and spread `sigma` (p90 = median × e^(1.28σ)). */
export function minutes(median: number, sigma: number): SQL {
  return sql`make_interval(secs => 60 * exp(ln(${sql.raw(String(median))}) + ${sql.raw(String(sigma))} * ${normal}))`;
}

/**
 * The history's temporary helpers, dropped with the transaction: h_open(at, place) is the first
 * moment from `at` when the place works (the stores' opening hours, Barcelona and Valencia shut on
 * Sundays, every store on Christmas and New Year's Day; the warehouse on weekdays 07–19; couriers
 * Monday to Saturday 09–21), a few minutes in when it has to wait for the doors to open.
 */
export async function createHelpers(tx: Tx) {
  await tx.execute(sql`
    create function pg_temp.h_open(at timestamptz, place text) returns timestamptz
    language plpgsql volatile as $$
    declare
      l timestamp := at at time zone 'Europe/Madrid';
      d date;
      opens time;
      closes time;
    begin
      for i in 0..8 loop
        d := l::date;
        opens := null;
        if place = 'WH' then
          if extract(isodow from d) < 6 then opens := '07:00'; closes := '19:00'; end if;
        elsif place = 'DL' then
          if extract(isodow from d) < 7 then opens := '09:00'; closes := '21:00'; end if;
        elsif to_char(d, 'MM-DD') in ('12-25', '01-01') then
          opens := null;
        elsif extract(isodow from d) = 7 then
          if place = 'MAD' then opens := '11:00'; closes := '20:00'; end if;
        else
          opens := '10:00'; closes := '20:30';
        end if;
        if opens is not null and l::time < closes then
          if l::time >= opens then
            return l at time zone 'Europe/Madrid';
          end if;
          return (d + opens + random() * interval '40 minutes') at time zone 'Europe/Madrid';
        end if;
        l := (d + 1)::timestamp;
      end loop;
      return at;
    end $$`);
}
