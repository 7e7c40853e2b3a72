import { describe, expect, it } from "vitest";
import { applyTextEdits } from "../actions/edit";
import { english } from "../messages";
import { workspaceOf } from "../testing/fixture";
import { completionsAt, type CompletionItem } from "./completion";

// Three files: the statement that others cite, a second outlet, and the file being typed in,
// where `$0` stands.
const others = `
//- /statement.claims
source bcij-statement
  outlet: BCIJ
  published: 2024-06-06
  title: بلاغ المكتب المركزي
claim arrested {operation: 2024-06-06-bcij} = 4
  id: arrested
claim cells_dismantled {year: 2017} = 9
  id: cells-2017
claim cells_dismantled {year: 2018} = 11
//- /sada.claims
source sada
  outlet: صدى الأطلس
  published: 2024-06-07
claim cells_dismantled {year: ٢٠١٧} = ٩
claim cells_dismantled {year: 2017, place: "الدار البيضاء"} = 3
claim killed {event: argana-cafe-bombing} = 17
claim killed {event: casablanca-2003, role: bomber} = 12
//- /waha.txt
أعلن المكتب المركزي تفكيك خلية جديدة. وقال محلل إن المصالح الأمنية فككت 13 خلية سنة 2017 وحدها.

وفي سنة 2018 فككت 13 خلية أخرى حسب مصدر آخر.
`;

/** The completions at `$0` of the `/waha.claims` written after the fixed files. */
async function complete(waha: string): Promise<{ items: CompletionItem[]; text: string }> {
  const { workspace, fixture } = await workspaceOf(`${others}//- /waha.claims\n${waha}`);
  const cursor = fixture.cursor!;
  return { items: completionsAt(workspace, cursor.uri, cursor.offset).items, text: fixture.files[cursor.uri]! };
}

const labels = (items: CompletionItem[]) => items.map((i) => i.label);
/** The file after accepting `item`, as the editor would insert it. */
const accept = (text: string, item: CompletionItem | undefined) => applyTextEdits(text, [{ start: item!.start, end: item!.end, newText: item!.insertText }]);

const head = "source waha\n  outlet: الواحة\n  text: waha.txt\n";

describe("completion in a claims file", () => {
  it("after `@` in `via:` offers the workspace's source ids with outlet and date, not the claim's own source", async () => {
    const all = await complete(`${head}claim arrested {operation: 2024-06-06-bcij} = 4\n  via: @$0\n`);
    expect(all.items.map((i) => [i.label, i.detail && english(i.detail)])).toEqual([
      ["bcij-statement", "BCIJ · 2024-06-06"],
      ["sada", "صدى الأطلس · 2024-06-07"],
    ]);
    // What is typed narrows the list (the editor filters too; a long list is cut on the server).
    const { items, text } = await complete(`${head}claim arrested {operation: 2024-06-06-bcij} = 4\n  via: @bc$0\n`);
    expect(labels(items)).toEqual(["bcij-statement"]);
    expect(items[0]?.documentation).toBe("بلاغ المكتب المركزي");
    expect(accept(text, items[0])).toContain("  via: @bcij-statement\n");
  });

  it("after `via: ` offers `@id`, and after `@id/` the ids of that source's claims", async () => {
    const bare = await complete(`${head}claim arrested {operation: 2024-06-06-bcij} = 4\n  via: $0\n`);
    expect(labels(bare.items)).toEqual(["@bcij-statement", "@sada"]);
    const claim = await complete(`${head}claim arrested {operation: 2024-06-06-bcij} = 4\n  via: @bcij-statement/$0\n`);
    expect(claim.items.map((i) => [i.label, i.detail && english(i.detail)])).toEqual([
      ["arrested", "arrested = 4"],
      ["cells-2017", "cells_dismantled = 9"],
    ]);
    expect(accept(claim.text, claim.items[1])).toContain("  via: @bcij-statement/cells-2017\n");
  });

  it("after `claim ` offers the metrics in use, most claimed first, replacing the word under the cursor", async () => {
    const { items, text } = await complete(`${head}claim cel$0ls\n`);
    expect(items.map((i) => [i.label, i.detail && english(i.detail)])).toEqual([
      ["cells_dismantled", "4 claims in 2 files"],
      ["killed", "2 claims in 1 file"],
      ["arrested", "1 claim in 1 file"],
    ]);
    expect(accept(text, items[0])).toBe(`${head}claim cells_dismantled\n`);
  });

  it("inside braces offers the qualifier keys used with this metric first, and not those already given", async () => {
    const { items } = await complete(`${head}claim killed {$0}\n`);
    expect(labels(items)).toEqual(["event", "role", "year", "operation", "place"]);
    expect(items[0]).toMatchObject({ insertText: "event: ", retrigger: true });
    expect(english(items[0]!.detail!)).toBe("2 with killed, 2 in all");
    const { items: rest } = await complete(`${head}claim killed {event: argana-cafe-bombing, $0}\n`);
    expect(labels(rest)).toEqual(["role", "year", "operation", "place"]);
  });

  it("after `key: ` offers the values used for that key, with this metric first; digits of any script are one value", async () => {
    const { items, text } = await complete(`${head}claim cells_dismantled {year: $0} = 13\n`);
    expect(items.map((i) => [i.label, i.detail && english(i.detail)])).toEqual([
      ["2017", "3 with cells_dismantled, 3 in all"],
      ["2018", "1 with cells_dismantled, 1 in all"],
      ["this", "the year the source was published"],
      ["last", "the year before the source was published"],
      ["next", "the year after the source was published"],
    ]);
    expect(accept(text, items[0])).toBe(`${head}claim cells_dismantled {year: 2017} = 13\n`);
    const quoted = await complete(`${head}claim cells_dismantled {place: $0} = 13\n`);
    expect(labels(quoted.items)).toEqual(['"الدار البيضاء"']);
    const asof = await complete(`${head}claim cells_dismantled {year: 2024, asof: $0} = 4\n`);
    expect(labels(asof.items)).toEqual(["published"]);
  });

  it("offers the fields the block takes and does not have yet, and the keywords", async () => {
    const claim = await complete(`${head}claim killed {event: x} = 4\n  id: k\n  $0\n`);
    expect(labels(claim.items)).toEqual(["quote", "via", "note", "rank", "reason", "claim", "source", "metric", "qualifier"]);
    expect(claim.items[0]).toMatchObject({ insertText: "quote: ", retrigger: true });
    const source = await complete(`source waha\n  outlet: الواحة\n  pu$0\n`);
    expect(labels(source.items)).toEqual(["title", "author", "published", "retrieved", "text", "url", "language", "claim", "source", "metric", "qualifier"]);
    expect(accept(source.text, source.items[2])).toBe("source waha\n  outlet: الواحة\n  published: \n");
  });

  it("for `quote:` offers the passages of the article that state the claimed value, best first", async () => {
    const { items, text } = await complete(`${head}claim cells_dismantled {year: 2017} = 13\n  quote: $0\n`);
    // Both passages state 13; the one that also names the year 2017 comes first.
    expect(labels(items)).toEqual(["وقال محلل إن المصالح الأمنية فككت 13 خلية سنة 2017 وحدها", "وفي سنة 2018 فككت 13 خلية أخرى حسب مصدر آخر"]);
    expect(english(items[0]!.detail!)).toBe("waha.txt, line 1");
    expect(accept(text, items[0])).toBe(`${head}claim cells_dismantled {year: 2017} = 13\n  quote: «وقال محلل إن المصالح الأمنية فككت 13 خلية سنة 2017 وحدها»\n`);
  });

  it("offers nothing inside a field's continuation lines, after `=`, or for a value that is free text", async () => {
    expect((await complete(`${head}claim killed {event: x} = 4\n  note: first line\n    cl$0\n`)).items).toEqual([]);
    expect((await complete(`${head}claim killed {event: x} = $0\n`)).items).toEqual([]);
    expect((await complete(`${head}claim killed {event: x} = 4\n  via: an expert $0\n`)).items).toEqual([]);
  });
});

describe("completion of declarations", () => {
  const declared = `//- /metrics.claims
metric cells_dismantled
  kind: flow
  alias: خلايا_مفككة
metric cells_all
  kind: flow
qualifier event: argana-cafe-bombing
  alias: أركانة
`;
  async function completeWith(waha: string): Promise<{ items: CompletionItem[]; text: string }> {
    const { workspace, fixture } = await workspaceOf(`${others}${declared}//- /waha.claims\n${waha}`);
    const cursor = fixture.cursor!;
    return { items: completionsAt(workspace, cursor.uri, cursor.offset).items, text: fixture.files[cursor.uri]! };
  }
  const shown = (items: CompletionItem[]) => items.map((i) => `${i.label}${i.detail ? ` (${english(i.detail)})` : ""}`);

  it("after `claim ` offers the declared names no claim uses yet, after those in use", async () => {
    const { items } = await completeWith(`${head}claim $0\n`);
    expect(shown(items)).toEqual(["cells_dismantled (4 claims in 2 files)", "killed (2 claims in 1 file)", "arrested (1 claim in 1 file)", "cells_all (declared: flow)", "خلايا_مفككة (alias of cells_dismantled)"]);
  });

  it("in a metric block offers its fields, the kinds, the declared metrics for part-of and the undeclared names for alias", async () => {
    expect(labels((await completeWith("metric cells_isis\n  kind: flow\n  $0\n")).items)).toEqual(["unit", "label-ar", "label-fr", "label-en", "alias", "part-of", "note", "source", "metric", "qualifier"]);
    expect(shown((await completeWith("metric cells_isis\n  kind: $0\n")).items)).toEqual([
      "flow (counted over a time window: windows add up (cells dismantled, arrests))",
      "level (at a date: nothing adds up (a population, a balance))",
      "attribute (of one event or thing: a date, the toll of one attack, a name)",
    ]);
    expect(shown((await completeWith("metric cells_isis\n  kind: flow\n  part-of: $0\n")).items)).toEqual(["cells_all (declared: flow)", "cells_dismantled (declared: flow)", "cells_isis (declared: flow)"].filter((l) => !l.startsWith("cells_isis")));
    expect(labels((await completeWith("metric cells_isis\n  kind: flow\n  alias: $0\n")).items)).toEqual(["killed", "arrested"]);
  });

  it("after `metric ` offers the metrics no block declares; after `qualifier ` the keys, then their values not declared yet", async () => {
    expect(labels((await completeWith("metric $0\n")).items)).toEqual(["killed", "arrested"]);
    const keys = await completeWith("qualifier $0\n");
    expect(labels(keys.items)).toEqual(["event", "operation", "place", "role"]);
    expect(keys.items[0]).toMatchObject({ insertText: "event: ", retrigger: true });
    expect(labels((await completeWith("qualifier event: $0\n")).items)).toEqual(["argana-cafe-bombing", "casablanca-2003"]);
    expect(labels((await completeWith("qualifier event: casablanca-2003\n  alias: $0\n")).items)).toEqual([]);
    expect(labels((await completeWith("qualifier role: casablanca\n  alias: $0\n")).items)).toEqual(["bomber"]);
  });
});

describe("completion in a large workspace", () => {
  it("cuts a long list to what matches the typed text, and says the list is incomplete", async () => {
    const many = Array.from({ length: 500 }, (_, i) => `//- /s${i}.claims\nsource outlet-${String(i).padStart(3, "0")}\n`).join("");
    const { workspace, fixture } = await workspaceOf(`${many}//- /waha.claims\nsource waha\nclaim killed = 2\n  via: @outlet-04$0\n`);
    const all = completionsAt(workspace, fixture.cursor!.uri, fixture.cursor!.offset - "outlet-04".length);
    expect(all.items).toHaveLength(200);
    expect(all.incomplete).toBe(true);
    const narrowed = completionsAt(workspace, fixture.cursor!.uri, fixture.cursor!.offset);
    expect(narrowed.incomplete).toBe(false);
    // Prefixes first, then the ids that hold the typed characters in order (`outlet-004`).
    expect(labels(narrowed.items).slice(0, 11)).toEqual([...Array.from({ length: 10 }, (_, i) => `outlet-04${i}`), "outlet-004"]);
    expect(narrowed.items).toHaveLength(23);
  });
});
