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

describe("docs/figures.schema.json", () => {
  it("is the JSON Schema of figuresOutputSchema", () => {
    const committed: unknown = JSON.parse(readFileSync(join(__dirname, "../../../../docs/figures.schema.json"), "utf8"));
    expect(committed).toEqual({ title: "isnad figures --format json", ...(z.toJSONSchema(figuresOutputSchema) as object) });
  });
});
