import { readdirSync, readFileSync } from "node:fs";
import * as path from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseClaims } from "../syntax/parser";
import { mutatedClaimsFile, seeds } from "../testing/mutations";
import { formatClaims, formatRangeEdits, applyOffsetEdits } from "./format";

/** What the parser reads, without offsets: formatting must leave it as it was. */
function reading(text: string): unknown {
  const file = parseClaims(text);
  const fields = (fs: readonly { name: { text: string }; value: string }[]) => fs.map((f) => [f.name.text, f.value]);
  return {
    sources: file.sources.map((s) => ({ id: s.id.text, fields: fields(s.fields) })),
    claims: file.claims.map((c) => ({
      metric: c.metric.text,
      qualifiers: c.qualifiers.map((q) => [q.key.text, q.value.text, q.quoted]),
      value: c.value ? [c.value.text, c.value.literal] : undefined,
      source: c.sourceIndex,
      fields: fields(c.fields),
    })),
    metrics: file.metrics.map((m) => ({ name: m.name.text, fields: fields(m.fields) })),
    qualifierBlocks: file.qualifierBlocks.map((q) => ({ key: q.key.text, value: q.value.text, quoted: q.quoted, fields: fields(q.fields) })),
    problems: file.problems.map((p) => p.code),
  };
}

const squeeze = (text: string) => text.replace(/\s/gu, "");

// The demo corpus as further seeds: real files, with every construct the format has.
const samples = path.resolve(__dirname, "../../../../samples");
const sampleTexts = ["", "errors"].flatMap((dir) =>
  readdirSync(path.join(samples, dir))
    .filter((f) => f.endsWith(".claims") && !f.startsWith("windows"))
    .map((f) => readFileSync(path.join(samples, dir, f), "utf8")),
);

/** A seed or a sample with spaces and tabs thrown in and taken out, then mutated: the formatter's own input. */
const respaced = fc
  .tuple(
    fc.oneof(mutatedClaimsFile, fc.constantFrom(...sampleTexts)),
    fc.array(fc.tuple(fc.nat(), fc.constantFrom(" ", "  ", "\t", "   ", "", "\n", "\n  ")), { maxLength: 30 }),
  )
  .map(([text, edits]) => {
    for (const [at, blank] of edits) {
      const pos = at % (text.length + 1);
      // An empty string removes the blank run at `pos`, when there is one.
      if (blank === "") {
        let end = pos;
        while (text[end] === " " || text[end] === "\t") end++;
        text = text.slice(0, pos) + text.slice(end);
      } else text = text.slice(0, pos) + blank + text.slice(pos);
    }
    return text;
  });

describe("formatClaims", () => {
  it("puts headers at the margin, fields two spaces in, one space after each colon and around `=`", () => {
    const messy = [
      "   source   al-waha-2024-06-08   # the outlet",
      "      published:    2024-06-08",
      "\ttext:  al-waha.txt        # the article text",
      "outlet :الواحة",
      "claim   cells_dismantled{year :2017 ,place:  «الدار البيضاء» }=13   # a comment",
      "    quote:«فككت 13 خلية»   ",
      "via:   @bcij-statement/arrested",
      "claim killed {event: casablanca-2003،role :bomber} =12",
      "claim total{}= ~17",
      "  ",
      "",
    ].join("\n");
    expect(formatClaims(messy)).toBe(
      [
        "source al-waha-2024-06-08   # the outlet",
        "  published: 2024-06-08",
        "  text: al-waha.txt        # the article text",
        "  outlet: الواحة",
        "claim cells_dismantled {year: 2017, place: «الدار البيضاء»} = 13   # a comment",
        "  quote: «فككت 13 خلية»",
        "  via: @bcij-statement/arrested",
        "claim killed {event: casablanca-2003، role: bomber} = 12",
        "claim total {} = ~17",
        "",
        "",
      ].join("\n"),
    );
  });

  it("keeps continuation lines deeper than their field, with the writer's alignment shifted along", () => {
    const text = [
      "source waha",
      "claim killed {event: casablanca-2003} = 45",
      "      quote: «أسفرت التفجيرات عن مقتل 45 شخصا،",
      "          بينهم 12 انتحاريا»",
      "note: first line",
      " continued by one space",
      "via: @ministry-2003",
    ].join("\n");
    expect(formatClaims(text)).toBe(
      [
        "source waha",
        "claim killed {event: casablanca-2003} = 45",
        "  quote: «أسفرت التفجيرات عن مقتل 45 شخصا،",
        "      بينهم 12 انتحاريا»",
        "  note: first line",
        "    continued by one space",
        "  via: @ministry-2003",
      ].join("\n"),
    );
  });

  it("never changes a character of a quote, a free-text field, a text value or a comment", () => {
    const text = [
      "source  x",
      "  outlet:   Le  Quotidien   du   Détroit  ",
      "claim lieu {événement:  \"attentat  d'Argana\" } =   «مراكش   «الحمراء»»",
      "  quote:   “dix-sept   morts” # not a comment",
      " #   a comment   kept   as   written",
      "  via:   expert   \"security   analyst\"     #   whom",
    ].join("\r\n");
    expect(formatClaims(text)).toBe(
      [
        "source x",
        "  outlet: Le  Quotidien   du   Détroit",
        "claim lieu {événement: \"attentat  d'Argana\"} = «مراكش   «الحمراء»»",
        "  quote: “dix-sept   morts” # not a comment",
        "  #   a comment   kept   as   written",
        "  via: expert   \"security   analyst\"     #   whom",
      ].join("\r\n"),
    );
  });

  it("places a comment line with what follows it, and keeps the spacing of a header it cannot read", () => {
    const text = ["    # about the source", "source x", "claim  killed {event: x}   45", "   # about the quote", " quote: «…»", " # trailing"].join("\n");
    expect(formatClaims(text)).toBe(["# about the source", "source x", "claim  killed {event: x}   45", "  # about the quote", "  quote: «…»", "# trailing"].join("\n"));
  });

  it("formats a range by whole blocks and leaves the rest alone", () => {
    const text = ["source   a", "claim  x = 1", "   id:  one", "claim  y = 2", "   id:  two"].join("\n");
    // Line 2 lies in the block of `claim  x`: that block is formatted, and only it.
    expect(applyOffsetEdits(text, formatRangeEdits(text, 2, 2))).toBe(["source   a", "claim x = 1", "  id: one", "claim  y = 2", "   id:  two"].join("\n"));
  });

  it("puts declaration headers at the margin, spaced, with their fields two spaces in", () => {
    const text = ["   metric   cells_dismantled   # counted", "kind :flow", "      alias:خلايا_مفككة", " qualifier   event :  argana-2011", "alias:   «Argana café»", "qualifier event  argana"].join("\n");
    expect(formatClaims(text)).toBe(
      ["metric cells_dismantled   # counted", "  kind: flow", "  alias: خلايا_مفككة", "qualifier event: argana-2011", "  alias: «Argana café»", "qualifier event  argana"].join("\n"),
    );
  });

  it("leaves the seeds of the mutation tests stable after one pass", () => {
    for (const seed of seeds) {
      const once = formatClaims(seed);
      expect(formatClaims(once)).toBe(once);
      expect(reading(once)).toEqual(reading(seed));
    }
  });
});

describe("formatClaims on mutated files", () => {
  it("is idempotent: formatting twice is formatting once", () => {
    fc.assert(
      fc.property(respaced, (text) => {
        const once = formatClaims(text);
        expect(formatClaims(once)).toBe(once);
      }),
      { numRuns: 2000 },
    );
  });

  it("changes only white space: the text without white space is the same", () => {
    fc.assert(
      fc.property(respaced, (text) => {
        expect(squeeze(formatClaims(text))).toBe(squeeze(text));
      }),
      { numRuns: 2000 },
    );
  });

  it("leaves what the parser reads as it was: sources, claims, qualifiers, values, fields", () => {
    fc.assert(
      fc.property(respaced, (text) => {
        expect(reading(formatClaims(text))).toEqual(reading(text));
      }),
      { numRuns: 2000 },
    );
  });

  it("formats any range without changing what the parser reads, and the whole file after it the same way", () => {
    fc.assert(
      fc.property(respaced, fc.nat(), fc.nat(), (text, a, b) => {
        const lines = text.split("\n").length;
        const from = Math.min(a % lines, b % lines);
        const to = Math.max(a % lines, b % lines);
        const ranged = applyOffsetEdits(text, formatRangeEdits(text, from, to));
        expect(reading(ranged)).toEqual(reading(text));
        expect(formatClaims(ranged)).toBe(formatClaims(text));
      }),
      { numRuns: 1000 },
    );
  });
});

describe("formatClaims and lone CR line ends", () => {
  it("formats a CR-only file line by line, keeping its line ends", () => {
    expect(formatClaims("source a\r outlet:  x  \r# c\r   claim m = 1\r")).toBe("source a\r  outlet: x\r# c\rclaim m = 1\r");
  });

  it("does not empty a blank line between a lone CR and an LF, which would join them into one CRLF", () => {
    const text = "source a\r  \n  outlet: x\n";
    const formatted = formatClaims(text);
    expect(formatted.split(/\r\n|\r|\n/)).toHaveLength(text.split(/\r\n|\r|\n/).length);
    expect(formatClaims(formatted)).toBe(formatted);
  });
});
