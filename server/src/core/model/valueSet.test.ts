import { describe, expect, it } from "vitest";
import { readValue } from "../syntax/values";
import { compareSets, gapBetween, valueSetOf } from "./valueSet";

const set = (written: string) => {
  const reading = readValue(written);
  if (!reading.ok) throw new Error(reading.message);
  return valueSetOf(reading.literal, 0.1);
};
const gap = (a: string, b: string, years = false) => gapBetween(set(a), set(b), years);

describe("the gap between two values", () => {
  it("is by how much, and by how much of the larger end, for numbers", () => {
    expect(gap("13", "12")).toEqual({ kind: "number", by: 1, relative: 1 / 13 });
    expect(gap("9", "13")).toEqual({ kind: "number", by: 4, relative: 4 / 13 });
    expect(gap("0", "5")).toEqual({ kind: "number", by: 5, relative: 1 });
  });

  it("is the same both ways", () => {
    for (const [a, b] of [["13", "9"], ["20..25", "30"], ["2011", "2017-03-01"], ["2024-06", "2024-07-02"]] as const) expect(gap(a, b)).toEqual(gap(b, a));
  });

  it("runs between the nearest ends of ranges, bounds and approximations", () => {
    expect(gap("20..25", "30")).toEqual({ kind: "number", by: 5, relative: 5 / 30 });
    expect(gap(">100", "60")).toEqual({ kind: "number", by: 40, relative: 0.4 });
    expect(gap("~1000", "1300")).toMatchObject({ kind: "number", relative: 200 / 1300 });
    expect(gap(">27", "27")).toEqual({ kind: "number", by: 0, relative: 0 });
  });

  it("compares scaled values in base units", () => {
    expect(compareSets(set("2.5 billion"), set("2500 million"))).toBe("agree");
    expect(gap("2.5 billion", "2.3 milliard")).toMatchObject({ kind: "number", relative: 0.08 });
  });

  it("counts dates in years, months or days, at the coarser precision", () => {
    expect(gap("2011", "2017", true)).toEqual({ kind: "date", unit: "year", by: 6, about: false });
    expect(gap("2011-04-28", "2017")).toEqual({ kind: "date", unit: "year", by: 6, about: false });
    expect(gap("2024-06", "2024-07-02")).toEqual({ kind: "date", unit: "month", by: 1, about: false });
    expect(gap("2019-07", "2019-10-30")).toEqual({ kind: "date", unit: "month", by: 3, about: false });
    expect(gap("2024-06-06", "2024-06-08")).toEqual({ kind: "date", unit: "day", by: 2, about: false });
    expect(gap("2019-07-15", "2019-10-15")).toEqual({ kind: "date", unit: "month", by: 3, about: false });
    expect(gap("2019-07-15", "2019-11-02")).toEqual({ kind: "date", unit: "month", by: 4, about: true });
    expect(gap("2011-04-28", "2017-04-28")).toEqual({ kind: "date", unit: "year", by: 6, about: false });
    expect(gap("2011-04-28", "2017-01-02")).toEqual({ kind: "date", unit: "year", by: 6, about: true });
    expect(gap("2015-01", "2017-01")).toEqual({ kind: "date", unit: "year", by: 2, about: false });
  });

  it("reads whole numbers as numbers unless told they are years", () => {
    expect(gap("2011", "2017")).toEqual({ kind: "number", by: 6, relative: 6 / 2017 });
  });

  it("is undefined for values that meet, text, and kinds that do not compare", () => {
    expect(gap("40..50", "45..60")).toBeUndefined();
    expect(gap("2024-06", "2024-06-06")).toBeUndefined();
    expect(gapBetween({ kind: "text", folded: "a" }, { kind: "text", folded: "b" })).toBeUndefined();
    expect(gapBetween({ kind: "text", folded: "a" }, set("3"))).toBeUndefined();
  });
});
