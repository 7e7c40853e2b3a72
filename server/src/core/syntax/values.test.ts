import { describe, expect, it } from "vitest";
import { parseClaims } from "./parser";
import { readValue, scaleOf, unscaled } from "./values";

const literal = (written: string, options?: { scale?: boolean }) => {
  const reading = readValue(written, options);
  return reading.ok ? reading.literal : reading.message;
};

describe("scale words", () => {
  it("make one base number of `2.5 billion`, `٢٫٥ مليار` and `2500 million`", () => {
    expect(literal("2.5 billion")).toEqual({ kind: "number", value: 2.5e9 });
    expect(literal("٢٫٥ مليار")).toEqual({ kind: "number", value: 2.5e9 });
    expect(literal("2500 million")).toEqual({ kind: "number", value: 2.5e9 });
    expect(literal("2.5 milliards")).toEqual({ kind: "number", value: 2.5e9 });
    expect(literal("3 ملايين")).toEqual({ kind: "number", value: 3e6 });
    expect(literal("12 ألف")).toEqual({ kind: "number", value: 12000 });
    expect(literal("12 الف")).toEqual({ kind: "number", value: 12000 });
    expect(literal("4 mille")).toEqual({ kind: "number", value: 4000 });
    expect(literal("1.2 Trillion")).toEqual({ kind: "number", value: 1.2e12 });
  });

  it("scale exactly, where a multiplication would round (1.1 × 10^6 is 1100000.0000000002)", () => {
    expect(literal("1.1 million")).toEqual({ kind: "number", value: 1100000 });
    expect(literal("0.007 billion")).toEqual({ kind: "number", value: 7000000 });
    expect(literal("-1.25 thousand")).toEqual({ kind: "number", value: -1250 });
    expect(literal("1.23456 thousand")).toEqual({ kind: "number", value: 1234.56 });
  });

  it("scale every number of a range, a bound and `~n`", () => {
    expect(literal("1.5..2 billion")).toEqual({ kind: "range", min: 1.5e9, max: 2e9 });
    expect(literal(">1 million")).toEqual({ kind: "bound", op: ">", value: 1e6 });
    expect(literal("≥ 3 مليون")).toEqual({ kind: "bound", op: ">=", value: 3e6 });
    expect(literal("~2.5 billion")).toEqual({ kind: "approx", value: 2.5e9 });
    expect(literal("2.5billion")).toEqual({ kind: "number", value: 2.5e9 });
  });

  it("are refused after a date, for an unknown or ambiguous word, and where the caller says so", () => {
    expect(literal("2024-06 million")).toMatch(/is not a value/);
    expect(literal("4 people")).toMatch(/is not a value/);
    expect(literal("2 بليون")).toMatch(/is not a value/);
    expect(literal("2 million", { scale: false })).toMatch(/is not a value/);
    expect(literal("million")).toMatch(/is not a value/);
  });

  it("keep the value as written in the tree, and leave `= 4 people` a syntax error", () => {
    const file = parseClaims("source s\nclaim budget = ٢٫٥ مليار   # comment\nclaim arrested = 4 people\n");
    const [budget, arrested] = file.claims;
    expect(budget?.value?.text).toBe("٢٫٥ مليار");
    expect(budget?.value?.literal).toEqual({ kind: "number", value: 2.5e9 });
    expect(arrested?.value?.text).toBe("4");
    expect(file.problems.map((p) => p.code)).toEqual(["syntax-error"]);
  });
});

describe("a value's scale word", () => {
  it("is found as written, and a base number is written back in it", () => {
    expect(scaleOf("٢٫٥ مليار")).toEqual({ word: "مليار", exponent: 9 });
    expect(scaleOf("~3 Million")).toEqual({ word: "Million", exponent: 6 });
    expect(scaleOf("4 people")).toBeUndefined();
    expect(scaleOf("13")).toBeUndefined();
    expect(unscaled("2500000000", 9)).toBe("2.5");
    expect(unscaled("600000000", 9)).toBe("0.6");
    expect(unscaled("12", 3)).toBe("0.012");
    expect(unscaled("-1250", 3)).toBe("-1.25");
    expect(unscaled("1234.5", 3)).toBe("1.2345");
  });
});

describe("digits kept as written", () => {
  it("keeps the digits a double rounds, and only those", () => {
    expect(readValue("9007199254740993")).toEqual({ ok: true, literal: { kind: "number", value: 9007199254740992, digits: "9007199254740993" } });
    expect(readValue("9007199254740992")).toEqual({ ok: true, literal: { kind: "number", value: 9007199254740992 } });
    expect(readValue("13")).toEqual({ ok: true, literal: { kind: "number", value: 13 } });
    expect(readValue("-007.50")).toEqual({ ok: true, literal: { kind: "number", value: -7.5 } });
    expect(readValue("2.5 billion")).toEqual({ ok: true, literal: { kind: "number", value: 2500000000 } });
    expect(readValue("9007199254740.993 thousand")).toEqual({ ok: true, literal: { kind: "number", value: 9007199254740992, digits: "9007199254740993" } });
    const big = readValue(`1${"0".repeat(400)}`);
    expect(big.ok && big.literal.kind === "number" && big.literal.digits).toBe(`1${"0".repeat(400)}`);
  });
});
