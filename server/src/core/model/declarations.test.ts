import { describe, expect, it } from "vitest";
import { parseClaims } from "../syntax/parser";
import { factsOf } from "./facts";

const factsOfText = (text: string) => factsOf(parseClaims(text), 0.1);
/** Problems as `code «text it stands on»: message`. */
const problemsOf = (text: string) => factsOfText(text).problems.map((p) => `${p.code} «${text.slice(p.start, p.end)}»: ${p.message}`);

describe("metric declarations", () => {
  it("read kind, unit, labels, aliases and part-of as plain values", () => {
    const text = `metric cells_dismantled
  kind: flow
  unit: cells
  label-ar: خلايا مفككة
  label-fr: cellules démantelées
  alias: خلايا_مفككة
  alias: Cellules_Démantelées
  part-of: cells_all
metric cells_all
  kind: flow
`;
    const facts = factsOfText(text);
    expect(facts.problems).toEqual([]);
    const [cells, all] = facts.metrics;
    expect({ ...cells, name: cells!.name.text, header: undefined, start: undefined, end: undefined }).toEqual({
      index: 0,
      name: "cells_dismantled",
      folded: "cells_dismantled",
      header: undefined,
      start: undefined,
      end: undefined,
      kind: "flow",
      unit: "cells",
      labels: { ar: "خلايا مفككة", fr: "cellules démantelées" },
      aliases: [
        { written: "خلايا_مفككة", folded: "خلايا_مفككه", start: text.indexOf("خلايا_"), end: text.indexOf("خلايا_") + "خلايا_مفككة".length },
        { written: "Cellules_Démantelées", folded: "cellules_démantelées", start: text.indexOf("Cellules"), end: text.indexOf("Cellules") + 20 },
      ],
      partOf: { written: "cells_all", folded: "cells_all", start: text.indexOf("cells_all"), end: text.indexOf("cells_all") + 9 },
    });
    expect([all!.name.text, all!.kind, all!.aliases, all!.partOf]).toEqual(["cells_all", "flow", [], undefined]);
  });

  it("report a missing or unknown kind, an alias of the name itself or given twice, a metric part of itself", () => {
    const text = `metric a
  unit: x
metric b
  kind: rate
metric c
  kind: level
  alias: C
  alias: c_other
  alias: c_other
  part-of: c_other
metric d
  kind: attribute
  alias: not a name
  kind: flow
`;
    expect(problemsOf(text)).toEqual([
      "invalid-metric «a»: the metric `a` has no `kind:`: flow (counted over a time window), level (at a date) or attribute (of one event or thing)",
      "invalid-metric «rate»: `kind: rate`: expected flow, level or attribute",
      "invalid-metric «C»: `C` is the name `c` itself, written another way: it needs no alias",
      "invalid-metric «c_other»: the alias `c_other` is given twice in this block",
      "invalid-metric «c_other»: `c_other` is this metric itself: a metric is not a part of itself",
      "invalid-field «not a name»: `alias: not a name`: expected an identifier (letters, digits, _ - .)",
      "invalid-field «kind»: `kind` is given twice in this block; the first one counts",
    ]);
    const [a, b, c, d] = factsOfText(text).metrics;
    expect([a!.kind, b!.kind, c!.kind, d!.kind]).toEqual([undefined, undefined, "level", "attribute"]);
    expect(c!.aliases.map((x) => x.written)).toEqual(["c_other"]);
    expect(c!.partOf).toBeUndefined();
  });

  it("skip a block whose header has no name: the parser reported it", () => {
    expect(factsOfText("metric\n  kind: flow\n").metrics).toEqual([]);
  });
});

describe("qualifier declarations", () => {
  it("normalise the value and its aliases as a claim's qualifier values are, quoted or not", () => {
    const text = `qualifier event: argana-2011
  alias: أركانة
  alias: «Argana café»
  alias: "the \\"Argana\\""
qualifier case: ١٢
  alias: twelve
`;
    const facts = factsOfText(text);
    expect(facts.problems).toEqual([]);
    const [event, twelve] = facts.qualifierBlocks;
    expect([event!.key.text, event!.foldedKey, event!.value.written, event!.value.normalised]).toEqual(["event", "event", "argana-2011", "'argana-2011"]);
    expect(event!.aliases.map((a) => [a.written, a.quoted, a.normalised, text.slice(a.start, a.end)])).toEqual([
      ["أركانة", false, "'اركانه", "أركانة"],
      ["Argana café", true, "'argana café", "«Argana café»"],
      ['the "Argana"', true, "'the argana", '"the \\"Argana\\""'],
    ]);
    expect(twelve!.value.normalised).toBe("#12");
  });

  it("refuse aliases for a time qualifier, whose values are windows", () => {
    const text = "qualifier year: 2017\n  alias: «the year of the 13 cells»\nqualifier Period: 2015..2023\n";
    expect(problemsOf(text)).toEqual([
      "invalid-metric «year»: `year` is a time qualifier: its values are read as windows of days, and take no aliases",
      "invalid-metric «Period»: `Period` is a time qualifier: its values are read as windows of days, and take no aliases",
    ]);
    expect(factsOfText(text).qualifierBlocks).toEqual([]);
  });

  it("report an alias that is the value itself once folded, an alias given twice, and a value a claim could not write", () => {
    const text = `qualifier event: argana-2011
  alias: Argana-2011
  alias: أركانة
  alias: أركانه
  alias: a, b
`;
    expect(problemsOf(text)).toEqual([
      "invalid-field «a, b»: `alias: a, b`: expected a qualifier value as a claim writes it: words without `,` or `}`, or quoted text",
      "invalid-metric «Argana-2011»: `Argana-2011` is the value `argana-2011` itself once letters and digits are folded: it needs no alias",
      "invalid-metric «أركانه»: the alias `أركانه` is given twice in this block",
    ]);
  });
});
