import { describe, expect, it } from "vitest";
import { readDigits, scaled } from "./numbers";

const read = (s: string, lang: "ar" | "fr" | "en", beforeScale = false) => {
  const r = readDigits(s, lang, beforeScale);
  return r && scaled(r);
};

describe("readDigits", () => {
  it("reads a lone separator before three digits as thousands, except before a scale word", () => {
    expect(read("1.200", "ar")).toBe(1200);
    expect(read("500,000", "ar")).toBe(500000);
    expect(read("1.581", "ar", true)).toBe(1.581);
    expect(read("1.280", "fr")).toBe(1280);
    expect(read("1,280", "fr")).toBe(1.28);
    expect(read("1,250", "en")).toBe(1250);
    expect(read("1.250", "en")).toBe(1.25);
  });

  it("reads decimals with a point, a comma or the Arabic decimal mark", () => {
    expect(read("2,5", "ar")).toBe(2.5);
    expect(read("0.94", "ar")).toBe(0.94);
    expect(read("3٫5", "ar")).toBe(3.5);
    expect(read("12٬500", "ar")).toBe(12500);
    expect(read("1.234,5", "fr")).toBe(1234.5);
    expect(read("1,234.5", "en")).toBe(1234.5);
    expect(read("1.001.359", "ar")).toBe(1001359);
  });

  it("scales exactly", () => {
    const r = readDigits("1.581", "ar", true)!;
    expect(scaled(r, 1e6)).toBe(1581000);
    expect(scaled(readDigits("70,8", "ar", true)!, 1e6)).toBe(70800000);
  });

  it("keeps every digit written, however many decimals", () => {
    expect(read("9,2321312", "fr")).toBe(9.2321312);
    expect(read("3.14159265", "en")).toBe(3.14159265);
    expect(scaled(readDigits("14,123456789", "ar", true)!, 1e9)).toBe(14123456789);
    expect(scaled(readDigits("0,1234567", "ar", false)!)).toBe(0.1234567);
  });

  it("refuses digit groups that are not one number", () => {
    expect(readDigits("1.2.3", "ar", false)).toBeUndefined();
    expect(readDigits("12345.678.9", "en", false)).toBeUndefined();
  });
});
