import { describe, expect, it } from "vitest";
import { calendarUnit, describeWindow, readTime, windowKey, type TimeQualifier } from "./timeWindow";

const q = (pairs: Record<string, string>): TimeQualifier[] => Object.entries(pairs).map(([key, value]) => ({ key, value }));
const key = (pairs: Record<string, string>, published?: string) => {
  const w = readTime(q(pairs), published).window;
  return w ? windowKey(w) : undefined;
};

describe("time windows", () => {
  it("read one window however it is written", () => {
    const year = key({ year: "2017" });
    expect(year).toBeDefined();
    expect(key({ period: "2017-01-01..2017-12-31" })).toBe(year);
    expect(key({ period: "2017-01..2017-12" })).toBe(year);
    expect(key({ period: "2017" })).toBe(year);
    expect(key({ year: "٢٠١٧" })).toBe(year);
    expect(key({ year: "last" }, "2018-03-04")).toBe(year);
    expect(key({ from: "2017", to: "2017" })).toBe(year);
    expect(key({ year: "2018" })).not.toBe(year);
  });

  it("read open ends and their spelled-out forms", () => {
    expect(key({ since: "2002" })).toBe(key({ period: "2002.." }));
    expect(key({ until: "2023" })).toBe(key({ period: "..2023" }));
    expect(key({ from: "2015", to: "2023" })).toBe(key({ period: "2015..2023" }));
    expect(key({ from: "٢٠١٥", to: "٢٠٢٣" })).toBe(key({ period: "2015..2023" }));
    expect(describeWindow(readTime(q({ since: "2002" }), undefined).window!)).toBe("2002..");
  });

  it("resolve this, last and next against the publication date, and say so", () => {
    const r = readTime(q({ year: "last" }), "2020-11-03");
    expect(r.resolutions).toEqual([{ key: "year", written: "last", resolved: "2019", published: "2020-11-03" }]);
    expect(describeWindow(readTime(q({ year: "next" }), "2020-11").window!)).toBe("2021");
    expect(readTime(q({ year: "this" }), undefined).unresolved).toEqual(["year"]);
  });

  it("keep values that are not times as plain qualifiers", () => {
    expect(readTime(q({ year: "ramadan" }), undefined).notTime).toEqual(["year"]);
    expect(readTime(q({ year: "2024-06" }), undefined).notTime).toEqual(["year"]);
    expect(readTime(q({ region: "souss" }), undefined).window).toBeUndefined();
  });

  it("read as-of dates to their precision", () => {
    const r = readTime(q({ year: "2024", asof: "2024-06-08" }), undefined);
    expect(r.asof).toMatchObject({ precision: "day", iso: "2024-06-08" });
    expect(readTime(q({ asof: "published" }), undefined).asof).toBe("published");
    expect(readTime(q({ asof: "2024-06" }), undefined).asof).toMatchObject({ precision: "month" });
  });

  it("tell a calendar year, month or day from a longer window", () => {
    expect(calendarUnit(readTime(q({ period: "2017-01-01..2017-12-31" }), undefined).window!)?.unit).toBe("year");
    expect(calendarUnit(readTime(q({ period: "2024-02-01..2024-02-29" }), undefined).window!)?.unit).toBe("month");
    expect(calendarUnit(readTime(q({ period: "2015..2023" }), undefined).window!)).toBeUndefined();
    expect(calendarUnit(readTime(q({ since: "2002" }), undefined).window!)).toBeUndefined();
  });
});
