import { describe, expect, it } from "vitest";
import { parseClaims } from "./parser";

const sketch = `# al-waha.claims — claims annotated in the article beside this file
source al-waha-2024-06-08
  outlet: الواحة
  published: 2024-06-08
  text: al-waha.txt        # the article text
  url: https://example.org/a/123#p2

claim cells_dismantled {year: ٢٠١٧، place: "الدار البيضاء"} = 13   # a comment
  quote: «قال إن «الديستي» فككت 13 خلية»
  via: expert "security analyst"      # whom the outlet attributes it to
claim arrested {operation: 2024-06-06-bcij} = >=4
claim killed {event: argana-cafe-bombing} = ~17
claim event_place = «مراكش «الحمراء»»
claim خلايا_مفككة {سنة: 2017} = ٢٫٥
`;

/** The text of a span, for readable assertions. */
const slice = (text: string, span: { start: number; end: number }) => text.slice(span.start, span.end);

describe("parseClaims", () => {
  it("reads sources, fields and trailing comments", () => {
    const file = parseClaims(sketch);
    expect(file.problems).toEqual([]);
    const source = file.sources[0]!;
    expect(source.id.text).toBe("al-waha-2024-06-08");
    expect(source.fields.map((f) => [f.name.text, f.value])).toEqual([
      ["outlet", "الواحة"],
      ["published", "2024-06-08"],
      ["text", "al-waha.txt"],
      ["url", "https://example.org/a/123#p2"],
    ]);
  });

  it("reads claim headers: Unicode names, qualifiers in either comma, values of every kind", () => {
    const claims = parseClaims(sketch).claims;
    const [cells, arrested, killed, place, arabic] = claims;
    expect(cells!.metric.text).toBe("cells_dismantled");
    expect(cells!.qualifiers.map((q) => [q.key.text, q.value.text, q.quoted])).toEqual([
      ["year", "٢٠١٧", false],
      ["place", "الدار البيضاء", true],
    ]);
    expect(cells!.value!.literal).toEqual({ kind: "number", value: 13 });
    expect(arrested!.value!.literal).toEqual({ kind: "bound", op: ">=", value: 4 });
    expect(killed!.value!.literal).toEqual({ kind: "approx", value: 17 });
    expect(place!.value!.literal).toEqual({ kind: "text", value: "مراكش «الحمراء»" });
    expect(arabic!.metric.text).toBe("خلايا_مفككة");
    expect(arabic!.value!.literal).toEqual({ kind: "number", value: 2.5 });
    expect(claims.every((c) => c.sourceIndex === 0)).toBe(true);
  });

  it("takes a quote verbatim: nested marks kept, the outer pair dropped, # is text", () => {
    const file = parseClaims(sketch);
    const quote = file.claims[0]!.fields[0]!;
    expect(quote.value).toBe("قال إن «الديستي» فككت 13 خلية");
    const hashed = parseClaims("source s\nclaim x = 1\n  quote: قال المصدر: «فككنا 13 خلية» # رسميا\n").claims[0]!.fields[0]!;
    expect(hashed.value).toBe("قال المصدر: «فككنا 13 خلية» # رسميا");
  });

  it("maps every character of a quote back to the file, through continuations", () => {
    const text = "source s\nclaim x = 45\n  quote: «أسفرت عن مقتل 45 شخصا،\n      بينهم 12 انتحاريا»\n  via: @m\n";
    const file = parseClaims(text);
    const [quote, via] = file.claims[0]!.fields;
    expect(quote!.value).toBe("أسفرت عن مقتل 45 شخصا، بينهم 12 انتحاريا");
    for (const piece of quote!.pieces) {
      expect(text.slice(piece.fileOffset, piece.fileOffset + piece.length)).toBe(quote!.value.slice(piece.valueOffset, piece.valueOffset + piece.length));
    }
    expect(via!.value).toBe("@m");
  });

  it("keeps a continuation line that looks like a header or a field as text", () => {
    const text = "source s\nclaim x = 1\n  quote: first line\n    claim y = 2\n    via: not a field\n  note: n\n";
    const claim = parseClaims(text).claims[0]!;
    expect(claim.fields.map((f) => [f.name.text, f.value])).toEqual([
      ["quote", "first line claim y = 2 via: not a field"],
      ["note", "n"],
    ]);
  });

  it("reads CRLF and a BOM like LF", () => {
    const lf = "source s\n  outlet: o\nclaim x {a: 1} = 2\n";
    const crlf = `\uFEFF${lf.replace(/\n/g, "\r\n")}`;
    const a = parseClaims(lf);
    const b = parseClaims(crlf);
    expect(b.problems).toEqual([]);
    expect(b.sources[0]!.fields[0]!.value).toBe("o");
    expect(b.claims[0]!.value!.text).toBe(a.claims[0]!.value!.text);
    expect(slice(crlf, b.claims[0]!.value!)).toBe("2");
  });

  it("reports one error per bad line and goes on", () => {
    const text = [
      "source s",
      "claim killed {event: x} 45",
      "claim killed {event x} = 45",
      "claim killed = abc",
      "claim killed = 41..21",
      "claim killed = 2024-13",
      "this is not a line",
      "claim ok = 3",
      "claim trailing = 3 extra",
    ].join("\n");
    const file = parseClaims(text);
    expect(file.problems.map((p) => [p.code, slice(text, p), p.message])).toEqual([
      ["syntax-error", "45", "expected `=` and the claimed value"],
      ["syntax-error", "x", "expected `:` after the qualifier `event`"],
      ["syntax-error", "abc", "'abc' is not a value: expected a number, a range a..b, a bound such as >27, ~1000, a date YYYY-MM-DD or YYYY-MM, or quoted text"],
      ["syntax-error", "41..21", "the range 41..21 runs backwards: write 21..41"],
      ["syntax-error", "2024-13", "'2024-13' has no month 13"],
      ["syntax-error", "this is not a line", "expected `source <id>`, `claim <metric> … = <value>`, `metric <name>`, `qualifier <key>: <value>`, a field `name: value` or a `#` comment"],
      ["syntax-error", "extra", "unexpected text here: a comment starts with ` #`"],
    ]);
    expect(file.claims.map((c) => c.metric.text)).toEqual(["killed", "killed", "killed", "killed", "killed", "ok", "trailing"]);
    expect(file.claims[5]!.value!.literal).toEqual({ kind: "number", value: 3 });
    expect(file.claims[6]!.value!.literal).toEqual({ kind: "number", value: 3 });
  });

  it("reports a claim above every source, and a field outside any block", () => {
    const file = parseClaims("outlet: x\nclaim x = 1\nsource s\n");
    expect(file.problems.map((p) => p.code)).toEqual(["syntax-error", "no-source"]);
    expect(file.claims[0]!.sourceIndex).toBe(-1);
  });

  it("names the nearest field for a misspelt one, and swallows its continuation", () => {
    const file = parseClaims("source s\nclaim x = 1\n  qoute: «a\n    b»\n");
    expect(file.problems).toMatchObject([{ code: "unknown-field", message: "unknown field `qoute`; did you mean `quote`?", suggestion: "quote" }]);
  });

  it("lists every line with its kind and comment when asked, for the formatter and highlighting", () => {
    const text = "\uFEFF# head\nsource s   # the outlet\n  note: a # b\n     continued\n\nclaim x {k: v} = 3 # c\n  via: @x # who\nnot a line\n";
    const lines = parseClaims(text, { lines: true }).lines ?? [];
    expect(lines.map((l) => [l.kind, text.slice(l.contentStart, l.end), l.comment ? text.slice(l.comment.start, l.comment.end) : undefined])).toEqual([
      ["comment", "# head", "# head"],
      ["source", "source s   # the outlet", "# the outlet"],
      // A `#` in free text is text.
      ["field", "note: a # b", undefined],
      ["continuation", "continued", undefined],
      ["blank", "", undefined],
      ["claim", "claim x {k: v} = 3 # c", "# c"],
      ["field", "via: @x # who", "# who"],
      ["other", "not a line", undefined],
      ["blank", "", undefined],
    ]);
    expect(lines[0]!.start).toBe(1);
    expect(parseClaims(text).lines).toBeUndefined();
  });
});

describe("declarations", () => {
  const text = `metric cells_dismantled   # the bureau's yearly count
  kind: flow
  label-ar: خلايا مفككة # a label takes a comment
  alias: خلايا_مفككة
  alias: cellules_démantelées
  part-of: cells_all
source s
qualifier event: argana-2011
  alias: أركانة
  alias: «Argana café»
  note: a note is free text # this too
claim killed {event: أركانة} = 17
qualifier place: «الدار البيضاء» # quoted
`;

  it("reads metric and qualifier blocks at the top level, beside sources, with their fields", () => {
    const file = parseClaims(text);
    expect(file.problems).toEqual([]);
    const [metric] = file.metrics;
    expect(metric!.name.text).toBe("cells_dismantled");
    expect(metric!.fields.map((f) => [f.name.text, f.value])).toEqual([
      ["kind", "flow"],
      ["label-ar", "خلايا مفككة"],
      ["alias", "خلايا_مفككة"],
      ["alias", "cellules_démantelées"],
      ["part-of", "cells_all"],
    ]);
    const [event, place] = file.qualifierBlocks;
    expect([event!.key.text, event!.value.text, event!.quoted]).toEqual(["event", "argana-2011", false]);
    expect(event!.fields.map((f) => [f.name.text, f.value])).toEqual([
      ["alias", "أركانة"],
      ["alias", "«Argana café»"],
      ["note", "a note is free text # this too"],
    ]);
    expect([place!.key.text, place!.value.text, place!.quoted, slice(text, place!.value)]).toEqual(["place", "الدار البيضاء", true, "«الدار البيضاء»"]);
    // A declaration does not end a source's claims: the claim below the qualifier block is the source's.
    expect(file.claims[0]!.sourceIndex).toBe(0);
    expect(file.claims[0]!.fields).toEqual([]);
  });

  it("reports each broken header once and recovers at the next line", () => {
    const broken = ["metric", "metric 1 2", "qualifier", "qualifier event argana", "qualifier event:", "qualifier event: a, b", 'qualifier event: "open', "metric ok", "  kind: flow"].join("\n");
    const file = parseClaims(broken);
    expect(file.problems.map((p) => [p.code, slice(broken, p), p.message])).toEqual([
      ["syntax-error", "", "expected a metric name after `metric`"],
      ["syntax-error", "2", "unexpected text here: a comment starts with ` #`"],
      ["syntax-error", "", "expected a qualifier name after `qualifier`"],
      ["syntax-error", "argana", "expected `:` after the qualifier `event`"],
      ["syntax-error", "", "expected a value for the qualifier `event`"],
      ["syntax-error", ", b", "unexpected text here: a comment starts with ` #`"],
      ["syntax-error", '"open', 'this text has no closing `"`'],
    ]);
    expect(file.metrics.map((m) => [m.name.text, m.fields.length])).toEqual([
      ["", 0],
      ["1", 0],
      ["ok", 1],
    ]);
    expect(file.qualifierBlocks.map((q) => [q.key.text, q.value.text])).toEqual([
      ["", ""],
      ["event", ""],
      ["event", ""],
      ["event", "a"],
      ["event", ""],
    ]);
  });

  it("names the block a misplaced field belongs to, and the nearest field for a misspelt one", () => {
    const file = parseClaims("source s\nclaim x = 1\n  kind: flow\nmetric m\n  quote: x\n  aliases: y\nqualifier k: v\n  kind: flow\n");
    expect(file.problems.map((p) => [p.code, p.message, p.suggestion])).toEqual([
      ["unknown-field", "`kind` is a field of a `metric` block, not of a `claim` block; a `claim` block takes: id, quote, via, note, rank, reason", "id"],
      ["unknown-field", "`quote` is a field of a `claim` block, not of a `metric` block; a `metric` block takes: kind, unit, label-ar, label-fr, label-en, alias, part-of, note", "note"],
      ["unknown-field", "unknown field `aliases`; did you mean `alias`?", "alias"],
      ["unknown-field", "`kind` is a field of a `metric` block, not of a `qualifier` block; a `qualifier` block takes: alias, note", "alias"],
    ]);
  });

  it("reads `metric:` and `qualifier:` as fields, not headers", () => {
    const file = parseClaims("source s\n  metric: x\nclaim x = 1\n  qualifier: y\n");
    expect(file.metrics).toEqual([]);
    expect(file.qualifierBlocks).toEqual([]);
    expect(file.problems.map((p) => p.code)).toEqual(["unknown-field", "unknown-field"]);
  });

  it("gives declaration headers their line kinds", () => {
    const lines = parseClaims(text, { lines: true }).lines ?? [];
    expect(lines.map((l) => l.kind).slice(0, 9)).toEqual(["metric", "field", "field", "field", "field", "field", "source", "qualifier", "field"]);
    expect(slice(text, lines[0]!.comment!)).toBe("# the bureau's yearly count");
  });
});

describe("line ends", () => {
  it("reads a claims file whose lines end in a lone CR as many lines", () => {
    const cr = sketch.replace(/\n/g, "\r");
    const file = parseClaims(cr);
    expect(file.problems).toEqual([]);
    expect(file.sources.map((s) => s.id.text)).toEqual(["al-waha-2024-06-08"]);
    expect(file.claims.map((c) => c.metric.text)).toEqual(parseClaims(sketch).claims.map((c) => c.metric.text));
    expect(parseClaims(cr, { lines: true }).lines).toHaveLength(parseClaims(sketch, { lines: true }).lines!.length);
  });

  it("reads lone CRs in the middle of an LF file as line ends, comments included", () => {
    const text = "source a\n  outlet: x\r# a comment\rclaim m = 1\n";
    const file = parseClaims(text, { lines: true });
    expect(file.problems).toEqual([]);
    expect(file.lines!.map((l) => l.kind)).toEqual(["source", "field", "comment", "claim", "blank"]);
    expect(file.sources[0]!.fields[0]!.value).toBe("x");
  });

  it("keeps U+2028, U+2029 and U+0085 inside their field: the lines after them stay lines", () => {
    for (const ch of ["\u2028", "\u2029", "\u0085"]) {
      const text = `source a\n  outlet: x${ch}y\nclaim m = 1\n  quote: «a${ch}b»\nclaim n = 2\n`;
      const file = parseClaims(text);
      expect(file.sources[0]!.fields[0]!.value).toBe(`x${ch}y`);
      expect(file.claims.map((c) => c.metric.text)).toEqual(["m", "n"]);
    }
  });
});
