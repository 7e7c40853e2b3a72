// The TextMate grammar's top-level rules, tried in order as an editor tries them on each line:
// declarations get their keyword and name scopes, and nothing else is taken for one. (Only the
// first rule that matches a line and its captures are checked; nested patterns are the editor's.)
import { readFileSync } from "node:fs";
import * as path from "node:path";
import { describe, expect, it } from "vitest";

interface Rule {
  match?: string;
  begin?: string;
  captures?: Record<string, { name?: string }>;
  beginCaptures?: Record<string, { name?: string }>;
}
const grammar = JSON.parse(readFileSync(path.resolve(__dirname, "../syntaxes/claims.tmLanguage.json"), "utf8")) as { patterns: { include: string }[]; repository: Record<string, Rule> };

/** The first top-level rule matching the line, and the scope of each non-empty capture: `scope text`. */
function scopes(line: string): { rule: string; captures: string[] } | undefined {
  for (const { include } of grammar.patterns) {
    const name = include.slice(1);
    const rule = grammar.repository[name]!;
    const source = rule.match ?? rule.begin;
    if (!source) continue;
    const m = new RegExp(source, "u").exec(line);
    if (!m || m.index !== 0) continue;
    const names = rule.captures ?? rule.beginCaptures ?? {};
    const captures = Object.entries(names)
      .filter(([i, c]) => c.name && m[Number(i)])
      .map(([i, c]) => `${c.name} ${m[Number(i)]}`);
    return { rule: name, captures };
  }
  return undefined;
}

describe("the TextMate grammar", () => {
  it("scopes metric and qualifier headers and the kind and part-of of a declaration", () => {
    expect(scopes("metric cells_dismantled   # counted")).toEqual({ rule: "metric-header", captures: ["keyword.other.metric.claims metric", "entity.name.type.metric.claims cells_dismantled"] });
    expect(scopes("qualifier event: argana-2011")).toEqual({
      rule: "qualifier-header",
      captures: ["keyword.other.qualifier.claims qualifier", "variable.parameter.qualifier.claims event", "punctuation.separator.key-value.claims :"],
    });
    expect(scopes("  kind: flow")).toEqual({ rule: "declaration-field", captures: ["support.type.property-name.claims kind", "punctuation.separator.key-value.claims :", "entity.name.type.claims flow"] });
    expect(scopes("  part-of: cells_all # the whole")).toMatchObject({ rule: "declaration-field", captures: expect.arrayContaining(["entity.name.type.claims cells_all", "comment.line.number-sign.claims  # the whole"]) });
    expect(scopes("  note: a free # text")?.rule).toBe("free-text-field");
  });

  it("takes no field or claim for a declaration", () => {
    expect(scopes("  metric: x")?.rule).toBe("field");
    expect(scopes("claim metric = 3")?.rule).toBe("claim-header");
    expect(scopes("  alias: خلايا_مفككة")?.rule).toBe("field");
  });
});
