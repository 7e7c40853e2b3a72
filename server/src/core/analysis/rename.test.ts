import { describe, expect, it } from "vitest";
import { applyWorkspaceEdit } from "../actions/edit";
import { english } from "../messages";
import { ROOT, workspaceOf } from "../testing/fixture";
import { isRefusal, prepareRename, renameAt } from "./rename";

const fixture = `
//- /statement.claims
source bcij-statement   # the bureau
  outlet: BCIJ
claim arrested {operation: x} = 4
  id: arrested
claim cells_dismantled {year: 2017} = 9
//- /waha.claims
source waha
claim arrested {operation: x} = 4
  via: @bcij-statement/arrested
  quote: «bcij-statement cells_dismantled»
claim cells_dismantled {year: 2017} = 13
  via: expert
  via: @bcij-statement # the bureau
claim Cells_Dismantled {year: 2018} = 11
//- /other.claims
source other
claim killed {event: x} = 2
  via: @bcij-statement-2
`;

/** Renames what stands at the first occurrence of `marker` in `file` (offset `shift` into it) and returns every file after the edit. */
async function rename(file: string, marker: string, shift: number, newName: string) {
  const { workspace, fixture: f } = await workspaceOf(fixture);
  const uri = `${ROOT}${file}`;
  const offset = f.files[uri]!.indexOf(marker) + shift;
  const result = renameAt(workspace, uri, offset, newName);
  if (isRefusal(result)) throw new Error(result.error);
  const after = applyWorkspaceEdit(f.files, result);
  return Object.fromEntries(Object.entries(after).map(([u, t]) => [u.slice(ROOT.length), t]));
}

describe("rename", () => {
  it("renames a source id at its header, in every `@id` and `@id/claim`, and nowhere else", async () => {
    const files = await rename("/statement.claims", "bcij", 2, "bcij-2024");
    expect(files["/statement.claims"]).toBe(`source bcij-2024   # the bureau
  outlet: BCIJ
claim arrested {operation: x} = 4
  id: arrested
claim cells_dismantled {year: 2017} = 9
`);
    expect(files["/waha.claims"]).toBe(`source waha
claim arrested {operation: x} = 4
  via: @bcij-2024/arrested
  quote: «bcij-statement cells_dismantled»
claim cells_dismantled {year: 2017} = 13
  via: expert
  via: @bcij-2024 # the bureau
claim Cells_Dismantled {year: 2018} = 11
`);
    // `@bcij-statement-2` is another source.
    expect(files["/other.claims"]).toBe(`source other
claim killed {event: x} = 2
  via: @bcij-statement-2
`);
  });

  it("renames a source from one of its `@id`s the same way", async () => {
    const fromVia = await rename("/waha.claims", "@bcij-statement #", 4, "bcij-2024");
    const fromHeader = await rename("/statement.claims", "bcij", 2, "bcij-2024");
    expect(fromVia).toEqual(fromHeader);
  });

  it("renames a metric in every claim header using it, spelt in any case, and not in quotes", async () => {
    const files = await rename("/waha.claims", "cells_dismantled {", 3, "dismantled_cells");
    expect(files["/statement.claims"]).toBe(`source bcij-statement   # the bureau
  outlet: BCIJ
claim arrested {operation: x} = 4
  id: arrested
claim dismantled_cells {year: 2017} = 9
`);
    expect(files["/waha.claims"]).toBe(`source waha
claim arrested {operation: x} = 4
  via: @bcij-statement/arrested
  quote: «bcij-statement cells_dismantled»
claim dismantled_cells {year: 2017} = 13
  via: expert
  via: @bcij-statement # the bureau
claim dismantled_cells {year: 2018} = 11
`);
  });

  it("prepares on a source id or a metric, and refuses elsewhere, bad names and taken source ids", async () => {
    const { workspace, fixture: f } = await workspaceOf(fixture);
    const uri = `${ROOT}/waha.claims`;
    const text = f.files[uri]!;
    const at = (s: string, shift = 1) => text.indexOf(s) + shift;
    expect(prepareRename(workspace, uri, at("@bcij-statement/"))).toEqual({ range: { start: { line: 2, character: 8 }, end: { line: 2, character: 22 } }, placeholder: "bcij-statement" });
    expect(prepareRename(workspace, uri, at("arrested {"))).toEqual({ range: { start: { line: 1, character: 6 }, end: { line: 1, character: 14 } }, placeholder: "arrested" });
    const refused = prepareRename(workspace, uri, at("«bcij"));
    expect(isRefusal(refused) && english(refused.l10n)).toBe("only a source id or a metric name can be renamed");
    const bad = renameAt(workspace, uri, at("arrested {"), "two words");
    expect(isRefusal(bad) && bad.error).toBe("`two words` is not a name: use letters, digits, `_`, `-` and `.`, starting with a letter, a digit or `_`");
    const taken = renameAt(workspace, uri, at("@bcij-statement/"), "other");
    expect(isRefusal(taken) && taken.error).toBe("a source `other` already exists: source ids are unique in the workspace");
  });

  it("renames a declared metric in its claims and in every declaration that writes its name, and leaves its aliases alone", async () => {
    const { workspace, fixture: f } = await workspaceOf(`
//- /metrics.claims
metric cells_dismantled
  kind: flow
  alias: خلايا_مفككة
metric cells_isis
  kind: flow
  part-of: Cells_Dismantled
//- /a.claims
source a
claim cells_dismantled {year: 2017} = 13
claim خلايا_مفككة {year: 2017} = 9
`);
    const uri = `${ROOT}/a.claims`;
    const result = renameAt(workspace, uri, f.files[uri]!.indexOf("cells_dismantled") + 2, "cells_broken_up");
    if (isRefusal(result)) throw new Error(result.error);
    const after = applyWorkspaceEdit(f.files, result);
    expect(after[`${ROOT}/metrics.claims`]).toBe("metric cells_broken_up\n  kind: flow\n  alias: خلايا_مفككة\nmetric cells_isis\n  kind: flow\n  part-of: cells_broken_up\n");
    expect(after[uri]).toBe("source a\nclaim cells_broken_up {year: 2017} = 13\nclaim خلايا_مفككة {year: 2017} = 9\n");
    // From the alias in the block, only the alias is renamed: in the block and in its claims.
    const metrics = `${ROOT}/metrics.claims`;
    const alias = renameAt(workspace, metrics, f.files[metrics]!.indexOf("خلايا"), "خلايا_مفكوكة");
    if (isRefusal(alias)) throw new Error(alias.error);
    expect(applyWorkspaceEdit(f.files, alias)[uri]).toBe("source a\nclaim cells_dismantled {year: 2017} = 13\nclaim خلايا_مفكوكة {year: 2017} = 9\n");
    // A declared name may not take the name of another declaration.
    const clash = renameAt(workspace, metrics, f.files[metrics]!.indexOf("cells_isis"), "cells_dismantled");
    expect(isRefusal(clash) && clash.error).toBe("a metric or alias `cells_dismantled` is declared already: the two declarations would name one metric twice");
    expect(isRefusal(prepareRename(workspace, metrics, f.files[metrics]!.indexOf("flow")))).toBe(true);
  });
});
