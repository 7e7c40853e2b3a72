import { describe, expect, it } from "vitest";
import { english } from "../messages";
import { ROOT, workspaceOf } from "../testing/fixture";
import { markedWorkspaceOf } from "../testing/markup";
import type { Range } from "../text/lineIndex";
import { documentSymbols, fuzzyScore, workspaceSymbols, type DocumentSymbol } from "./symbols";

const fixture = `
//- /waha.claims
# claims of al-waha
claim orphan = 1
[|source al-waha-2024-06-08
  outlet: الواحة
  published: 2024-06-08
claim cells_dismantled {year: 2017, place: «الدار البيضاء»} = 13
  id: cells-2017
  quote: «فككت 13 خلية»
claim arrested {operation: 2024-06-06-bcij} = 4|]

source second
claim killed {event: x, role: bomber} = 12
//- /statement.claims
source bcij-statement
claim arrested {operation: 2024-06-06-bcij} = 4
claim cells_dismantled {year: 2017} = 9
`;

/** A symbol tree as indented lines: `name — detail @line`. */
function outline(symbols: readonly DocumentSymbol[], depth = 0): string[] {
  return symbols.flatMap((s) => [`${"  ".repeat(depth)}${s.kind} ${s.name}${s.detail ? ` — ${s.detail}` : ""} @${s.range.start.line + 1}-${s.range.end.line + 1}`, ...outline(s.children, depth + 1)]);
}

const text = (r: Range, file: string) => file.split("\n")[r.start.line]!.slice(r.start.character, r.end.character);

describe("document symbols", () => {
  it("list the sources with their claims as children, named as written, in file order", async () => {
    const { workspace, fixture: f, spans } = await markedWorkspaceOf(fixture);
    const uri = `${ROOT}/waha.claims`;
    const symbols = documentSymbols(workspace.entry(uri)!);
    expect(outline(symbols)).toEqual([
      "claim orphan = 1 @2-2",
      "source al-waha-2024-06-08 — الواحة · 2024-06-08 @3-9",
      "  claim cells_dismantled {year: 2017, place: «الدار البيضاء»} = 13 — id: cells-2017 @6-8",
      "  claim arrested {operation: 2024-06-06-bcij} = 4 @9-9",
      "source second @11-12",
      "  claim killed {event: x, role: bomber} = 12 @12-12",
    ]);
    // The source's range is the marked block; its selection is its id, a claim's its metric.
    const lines = workspace.entry(uri)!.lines;
    expect(symbols[1]!.range).toEqual(lines.range(spans[0]!.start, spans[0]!.end));
    expect(text(symbols[1]!.selectionRange, f.files[uri]!)).toBe("al-waha-2024-06-08");
    expect(text(symbols[1]!.children[0]!.selectionRange, f.files[uri]!)).toBe("cells_dismantled");
  });
});

describe("document symbols of declarations", () => {
  it("list each metric and qualifier block at the top level, with its kind and aliases", async () => {
    const { workspace } = await workspaceOf("//- /metrics.claims\nmetric cells_dismantled\n  kind: flow\n  unit: cells\nqualifier event: argana-2011\n  alias: أركانة\n  alias: «Argana café»\nmetric broken\n");
    expect(outline(documentSymbols(workspace.entry(`${ROOT}/metrics.claims`)!))).toEqual([
      "metric cells_dismantled — flow · cells @1-3",
      "qualifier event: argana-2011 — أركانة, Argana café @4-6",
      "metric broken @7-7",
    ]);
  });

  it("find a declared metric at its declaration, used or not", async () => {
    const { workspace } = await workspaceOf(`${fixture.replace(/\[\||\|\]/g, "")}
//- /metrics.claims
metric cells_dismantled
  kind: flow
metric cells_all
  kind: flow
`);
    const found = workspaceSymbols(workspace, "cel").map((s) => `${s.kind} ${s.name} (${english(s.container)}) ${s.uri.slice(ROOT.length)}:${s.range.start.line + 1}`);
    expect(found).toEqual(["metric cells_all (declared in metrics.claims) /metrics.claims:3", "metric cells_dismantled (2 claims in 2 files) /metrics.claims:1"]);
  });
});

describe("workspace symbols", () => {
  it("find sources and metrics by a fuzzy query, prefixes first", async () => {
    const { workspace } = await workspaceOf(fixture.replace(/\[\||\|\]/g, ""));
    const found = (query: string) => workspaceSymbols(workspace, query).map((s) => `${s.kind} ${s.name} (${english(s.container)}) ${s.uri.slice(ROOT.length)}:${s.range.start.line + 1}`);
    expect(found("cel")).toEqual(["metric cells_dismantled (2 claims in 2 files) /statement.claims:3"]);
    expect(found("ar")).toEqual(["metric arrested (2 claims in 2 files) /statement.claims:2"]);
    expect(found("al")).toEqual(["source al-waha-2024-06-08 (waha.claims) /waha.claims:3", "metric cells_dismantled (2 claims in 2 files) /statement.claims:3"]);
    expect(found("bcs")).toEqual(["source bcij-statement (statement.claims) /statement.claims:1"]);
    // Three sources and four metrics.
    expect(found("")).toHaveLength(7);
  });

  it("score a prefix before a run before scattered letters", () => {
    expect([fuzzyScore("arrested", "arr"), fuzzyScore("arrested", "rest"), fuzzyScore("arrested", "ast"), fuzzyScore("arrested", "z")]).toEqual([0, 1, 2, undefined]);
  });
});
