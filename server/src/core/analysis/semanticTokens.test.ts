import { describe, expect, it } from "vitest";
import { semanticTokens } from "./semanticTokens";

describe("semantic tokens", () => {
  it("mark keywords, ids, metrics, qualifiers, values, fields, references and comments, in order", () => {
    const text = [
      "# demo",
      "source waha   # the outlet",
      "  outlet: الواحة # not a comment",
      "claim cells_dismantled {year: ٢٠١٧، place: «الدار البيضاء»، kind: terror} = 13",
      "  id: cells-2017",
      "  via: @bcij/arrested",
      "  rank: preferred",
      'claim place = "Marrakech"',
    ].join("\n");
    const shown = semanticTokens(text).map((t) => `${t.type}${t.modifiers.length > 0 ? `.${t.modifiers.join(".")}` : ""} ${text.slice(t.start, t.end)}`);
    expect(shown).toEqual([
      "comment # demo",
      "keyword source",
      "namespace.declaration waha",
      "comment # the outlet",
      "property outlet",
      "keyword claim",
      "type cells_dismantled",
      "parameter year",
      "number ٢٠١٧",
      "parameter place",
      "string «الدار البيضاء»",
      "parameter kind",
      "enumMember terror",
      "number 13",
      "property id",
      "variable.declaration cells-2017",
      "property via",
      "namespace @bcij",
      "variable arrested",
      "property rank",
      "enumMember preferred",
      "keyword claim",
      "type place",
      'string "Marrakech"',
    ]);
  });

  it("mark declarations: the declared name, the kind, part-of and aliases", () => {
    const text = ["metric cells_isis # counted", "  kind: flow", "  unit: cells", "  alias: خلايا_داعش", "  part-of: cells_all", "qualifier event: argana-2011", "  alias: أركانة", "  alias: «Argana café»"].join("\n");
    const shown = semanticTokens(text).map((t) => `${t.type}${t.modifiers.length > 0 ? `.${t.modifiers.join(".")}` : ""} ${text.slice(t.start, t.end)}`);
    expect(shown).toEqual([
      "keyword metric",
      "type.declaration cells_isis",
      "comment # counted",
      "property kind",
      "enumMember flow",
      "property unit",
      "property alias",
      "type خلايا_داعش",
      "property part-of",
      "type cells_all",
      "keyword qualifier",
      "parameter event",
      "enumMember.declaration argana-2011",
      "property alias",
      "enumMember أركانة",
      "property alias",
      "string «Argana café»",
    ]);
  });
});
