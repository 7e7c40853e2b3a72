import { describe, expect, it } from "vitest";
import { isValidDay, resolveRelative } from "./dates";

describe("resolveRelative", () => {
  const monday = "2019-03-11";
  it.each([
    ["yesterday", "2019-03-10"],
    ["day-before-yesterday", "2019-03-09"],
    ["last-year", "2018"],
    ["this-year", "2019"],
    ["next-month", "2019-04"],
    ["last-month", "2019-02"],
    ["last-monday", "2019-03-04"],
    ["last-thursday", "2019-03-07"],
    ["next-friday", "2019-03-15"],
    ["--06-14", "2019-06-14"],
    ["last:--11-24", "2018-11-24"],
    ["last:--02-01", "2019-02-01"],
    ["next:--10", "2019-10"],
    ["next:--02", "2020-02"],
  ])("%s from %s", (code, want) => {
    expect(resolveRelative(code, monday)).toBe(want);
  });

  it("crosses year boundaries and leaves unknown codes and dates unresolved", () => {
    expect(resolveRelative("last-month", "2020-01-15")).toBe("2019-12");
    expect(resolveRelative("yesterday", "2020-01-01")).toBe("2019-12-31");
    expect(resolveRelative("yesterday", undefined)).toBeUndefined();
    expect(resolveRelative("someday", monday)).toBeUndefined();
    expect(resolveRelative("--02-30", monday)).toBeUndefined();
  });

  it("checks real days", () => {
    expect(isValidDay(2020, 2, 29)).toBe(true);
    expect(isValidDay(2019, 2, 29)).toBe(false);
  });
});
