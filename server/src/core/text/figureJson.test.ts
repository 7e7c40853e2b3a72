import { readFileSync } from "node:fs";
import { join } from "node:path";
import { z } from "zod";
import { describe, expect, it } from "vitest";
import { figureToJson, figureToText, figuresOutputSchema } from "./figureJson";
import { LineIndex } from "./lineIndex";
import { spotFigures } from "./figures";

describe("figureToJson", () => {
  it("gives 1-based lines and UTF-16 columns, end exclusive", () => {
    const text = "سطر أول\r\nقتل أكثر من 27 شخصا 😀 و3 آخرون";
    const starts = new LineIndex(text);
    const [bound, three] = spotFigures(text);
    expect(figureToJson("a.txt", bound!, starts)).toEqual({
      file: "a.txt", line: 2, column: 5, endLine: 2, endColumn: 15, text: "أكثر من 27", kind: "bound", min: 27, minExclusive: true, unit: "شخصا",
    });
    // The astral emoji counts two UTF-16 units.
    expect(figureToJson("a.txt", three!, starts)).toMatchObject({ line: 2, column: 25, endColumn: 26, value: 3 });
    expect(figureToText("a.txt", bound!, starts)).toBe("a.txt:2:5: bound >27 [شخصا] «أكثر من 27»");
    expect(figuresOutputSchema.safeParse(spotFigures(text).map((f) => figureToJson("a.txt", f, starts))).success).toBe(true);
  });
});

describe("figureToJson for the readings of issue 19", () => {
  it("marks implicit ones and gives each end of an interval made of two bounds its flag", () => {
    const text = "أغلق المعبر لمدة أسبوع، وتتراوح الأعمار أكثر من 18 وأقل من 30 سنة";
    const starts = new LineIndex(text);
    const [week, ages] = spotFigures(text);
    expect(figureToJson("a.txt", week!, starts)).toMatchObject({ text: "أسبوع", kind: "number", value: 1, implicit: true, unit: "أسبوع" });
    expect(figureToJson("a.txt", ages!, starts)).toMatchObject({ kind: "range", min: 18, max: 30, minExclusive: true, maxExclusive: true });
    expect(figureToText("a.txt", week!, starts)).toBe("a.txt:1:18: number 1 (implicit) «أسبوع»");
    expect(figureToText("a.txt", ages!, starts)).toBe("a.txt:1:41: range >18..<30 [سنة] «أكثر من 18 وأقل من 30»");
    expect(figuresOutputSchema.safeParse(spotFigures(text).map((f) => figureToJson("a.txt", f, starts))).success).toBe(true);
  });
});

describe("docs/figures.schema.json", () => {
  it("is the JSON Schema of figuresOutputSchema", () => {
    const committed: unknown = JSON.parse(readFileSync(join(__dirname, "../../../../docs/figures.schema.json"), "utf8"));
    expect(committed).toEqual({ title: "isnad figures --format json", ...(z.toJSONSchema(figuresOutputSchema) as object) });
  });
});
