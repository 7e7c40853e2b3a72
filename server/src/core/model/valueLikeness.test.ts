import { describe, expect, it } from "vitest";
import { normaliseQualifierValue } from "./facts";
import { valueLikeness, valueSkeleton } from "./valueLikeness";

const skeleton = (written: string) => valueSkeleton(normaliseQualifierValue(written, false));
const alike = (a: string, b: string) => {
  const x = skeleton(a);
  return x !== undefined && x === skeleton(b) ? valueLikeness(normaliseQualifierValue(a, false), normaliseQualifierValue(b, false)) : undefined;
};

describe("qualifier values that look alike", () => {
  it("one name in two scripts, or spelt two ways in one", () => {
    expect(skeleton("أركانة")).toBe("rkn");
    expect(alike("أركانة", "Argana")).toBe("script");
    expect(alike("أرغانة", "Argana")).toBe("script");
    expect(alike("أركانة", "أرغانة")).toBe("spelling");
    expect(alike("Argana", "Arganah")).toBe("spelling");
    expect(alike("مراكش", "Marrakech")).toBe("script");
    expect(alike("Marrakech", "Marrakesh")).toBe("spelling");
    expect(alike("خريبكة", "Khouribga")).toBe("script");
    expect(alike("argana-cafe-bombing", "argana cafe bombing")).toBe("spelling");
    expect(alike("casablanca-2003", "Casablanca 2003")).toBe("spelling");
    expect(alike("argana-2011", "أركانة 2011")).toBe("script");
  });

  it("not different digits, a word more, a translation, or too short a name", () => {
    expect(alike("argana-2011", "argana-2017")).toBeUndefined();
    expect(alike("casablanca-2003", "casablanca-2030")).toBeUndefined();
    expect(alike("argana", "argana-cafe")).toBeUndefined();
    expect(alike("Casablanca", "الدار البيضاء")).toBeUndefined();
    expect(alike("bomber", "bombers")).toBeUndefined();
    expect(alike("french", "france")).toBeUndefined();
    expect(alike("Marrakech", "Meknès")).toBeUndefined();
    expect(alike("Kénitra", "Tanger")).toBeUndefined();
    // Two consonants stand for too many names: Fès, Imlil, Safi, Taza have no skeleton.
    expect(["Fès", "Imlil", "إمليل", "Safi", "Taza", "op-000123-4"].map(skeleton)).toEqual([undefined, undefined, undefined, undefined, undefined, undefined]);
    // Numbers and dates are not text: they are compared as numbers and dates.
    expect(valueSkeleton(normaliseQualifierValue("2017", false))).toBeUndefined();
    expect(valueSkeleton(normaliseQualifierValue("2024-06-06", false))).toBeUndefined();
  });
});
