import { describe, expect, it } from "vitest";
import { ROOT, compactDiagnostics, workspaceOf } from "../testing/fixture";
import { MemoryFileSystem, type FileSystem } from "./fileSystem";
import { loadWorkspace } from "./loader";

/** A workspace of `n` files, each with its own quantity, plus `shared` files that claim one quantity. */
function manyFiles(n: number, shared: number): string {
  let out = "";
  for (let i = 0; i < n; i++) out += `//- /f${i}.claims\nsource s${i}\nclaim own_${i} = ${i}\n${i < shared ? "claim shared {year: 2017} = 13\n" : ""}`;
  return out;
}

describe("incremental updates", () => {
  it("an edit re-checks the edited file and only the files sharing its quantities", async () => {
    const { workspace } = await workspaceOf(manyFiles(500, 10));
    const valueEdit = workspace.setClaimsText(`${ROOT}/f0.claims`, "source s0\nclaim own_0 = 0\nclaim shared {year: 2017} = 9\n");
    expect(valueEdit.size).toBe(10);
    const localEdit = workspace.setClaimsText(`${ROOT}/f100.claims`, "source s100\nclaim own_100 = 7\n");
    expect([...localEdit]).toEqual([`${ROOT}/f100.claims`]);
  });

  it("an edit of a flow's part re-checks the files of its totals and wider scopes, and no other", async () => {
    const { workspace } = await workspaceOf(`
//- /metrics.claims
metric cells
  kind: flow
//- /part.claims
source part
claim cells {year: 2016, region: souss} = 4
//- /total.claims
source total
claim cells {period: 2015..2023, region: souss} = 91
//- /wider.claims
source wider
claim cells {year: 2016} = 40
//- /elsewhere.claims
source elsewhere
claim cells {year: 2019, region: souss} = 4
claim cells {year: 2016, region: rif} = 4
`);
    const affected = workspace.setClaimsText(`${ROOT}/part.claims`, "source part\nclaim cells {year: 2016, region: souss} = 5\n");
    expect([...affected].sort()).toEqual([`${ROOT}/part.claims`, `${ROOT}/total.claims`, `${ROOT}/wider.claims`]);
  });

  it("declaring a metric a flow regroups the claims already indexed under it", async () => {
    const { workspace } = await workspaceOf(`
//- /a.claims
source a
claim cells {year: 2017} = 13
claim cells {period: 2017-01-01..2017-12-31} = 9
//- /b.claims
source b
`);
    expect(compactDiagnostics(workspace)).toEqual([]);
    const affected = workspace.setClaimsText(`${ROOT}/b.claims`, "metric cells\n  kind: flow\n");
    expect(affected).toContain(`${ROOT}/a.claims`);
    expect(compactDiagnostics(workspace).map((d) => d.replace(/: .*/, ""))).toEqual(["/a.claims:2:28 warning contradiction", "/a.claims:3:48 warning contradiction"]);
    workspace.setClaimsText(`${ROOT}/b.claims`, "source b\n");
    expect(compactDiagnostics(workspace)).toEqual([]);
  });

  it("a comment typed above a claim, on the same line, touches no other file", async () => {
    const { workspace } = await workspaceOf(manyFiles(20, 20));
    const affected = workspace.setClaimsText(`${ROOT}/f0.claims`, "source s0 # typing here\nclaim own_0 = 0\nclaim shared {year: 2017} = 13\n");
    expect([...affected]).toEqual([`${ROOT}/f0.claims`]);
  });

  it("adding or removing a source id re-checks the files that refer to it", async () => {
    const { workspace } = await workspaceOf(`
//- /a.claims
source a
claim x = 1
  via: @b
//- /c.claims
source c
`);
    expect(compactDiagnostics(workspace)).toEqual(["/a.claims:3:8 error unknown-source: no source `b` is defined in the workspace"]);
    const affected = workspace.setClaimsText(`${ROOT}/c.claims`, "source c\nsource b\n");
    expect(affected).toContain(`${ROOT}/a.claims`);
    expect(compactDiagnostics(workspace)).toEqual([]);
    workspace.removeClaims(`${ROOT}/c.claims`);
    expect(compactDiagnostics(workspace)).toHaveLength(1);
  });

  it("an article edited in the editor overrides the disk and re-checks its claims files", async () => {
    const { workspace } = await workspaceOf(`
//- /a.txt
تفكيك 13 خلية
//- /a.claims
source a
  text: a.txt
claim cells = 13
  quote: تفكيك 13 خلية
`);
    expect(compactDiagnostics(workspace)).toEqual([]);
    const affected = workspace.setArticle(`${ROOT}/a.txt`, { kind: "text", text: "تفكيك 12 خلية" });
    expect([...affected]).toEqual([`${ROOT}/a.claims`]);
    expect(compactDiagnostics(workspace)).toEqual(["/a.claims:4:10 warning quote-not-found: this quote is not in the article a.txt"]);
  });

  it("applies the configured tolerance and severities", async () => {
    const { workspace } = await workspaceOf(`
//- /isnad.json
{ "tolerance": 0.5, "severity": { "contradiction": "error", "unknown-source": "off" } }
//- /a.claims
source a
claim x = ~100
claim y = 1
  via: @nobody
//- /b.claims
source b
claim x = 140
claim y = 2
`);
    expect(compactDiagnostics(workspace)).toEqual([
      "/a.claims:3:11 error contradiction: 1 (a) contradicts 2 (b), off by 1 (50%); origins: @nobody against @b",
      "/b.claims:3:11 error contradiction: 2 (b) contradicts 1 (a), off by 1 (50%); origins: @b against @nobody",
    ]);
  });
});

describe("references to claim ids", () => {
  it("re-checks the files citing @source/claim when that claim's id changes", async () => {
    const { workspace } = await workspaceOf(`
//- /statement.claims
source bcij
claim arrested = 4
  id: arrested
//- /a.claims
source a
claim arrested = 4
  via: @bcij/arrested
`);
    expect(compactDiagnostics(workspace)).toEqual([]);
    const affected = workspace.setClaimsText(`${ROOT}/statement.claims`, "source bcij\nclaim arrested = 4\n  id: held\n");
    expect(affected).toContain(`${ROOT}/a.claims`);
    expect(compactDiagnostics(workspace)).toEqual(["/a.claims:3:8 error unknown-source: source `bcij` has no claim with id `arrested`"]);
  });
});

describe("articles, with and without synchronous reads", () => {
  const files = {
    [`${ROOT}/a.claims`]: "source a\n  text: a.txt\nclaim cells {year: 2017} = 13\n  quote: «تفكيك 13 خلية»\nclaim cells {year: 2018} = 4\n  quote: «ليست في المقال»\n",
    [`${ROOT}/a.txt`]: "أعلنت السلطات تفكيك 13 خلية سنة 2017.",
  };

  it("a host that reads only asynchronously (the web) has every article read by the loader, and the same diagnostics", async () => {
    const memory = new MemoryFileSystem(files);
    const asyncOnly: FileSystem = { readFile: (uri) => memory.readFile(uri), findFiles: (root, suffix) => memory.findFiles(root, suffix) };
    const { workspace } = await loadWorkspace(asyncOnly, ROOT);
    expect(workspace.readsArticlesOnDemand).toBe(false);
    expect(workspace.hasArticle(`${ROOT}/a.txt`)).toBe(true);
    const onDemand = (await loadWorkspace(new MemoryFileSystem(files), ROOT)).workspace;
    expect(onDemand.readsArticlesOnDemand).toBe(true);
    expect(onDemand.hasArticle(`${ROOT}/a.txt`)).toBe(false);
    expect(compactDiagnostics(workspace)).toEqual(compactDiagnostics(onDemand));
    expect(compactDiagnostics(onDemand).map((d) => d.split(" ")[2])).toEqual(["quote-not-found:"]);
    expect(onDemand.hasArticle(`${ROOT}/a.txt`)).toBe(true);
  });
});

describe("origins across files", () => {
  /** Edits one file; every file whose diagnostics change must be among those the update returns. */
  async function edit(fixture: string, path: string, text: string): Promise<{ changed: string[]; affected: string[]; after: string[] }> {
    const { workspace } = await workspaceOf(fixture);
    const byFile = () => {
      const out = new Map<string, string>();
      for (const d of compactDiagnostics(workspace)) {
        const file = d.split(":")[0] ?? "";
        out.set(file, `${out.get(file) ?? ""}${d}\n`);
      }
      return out;
    };
    const before = byFile();
    const affected = [...workspace.setClaimsText(`${ROOT}${path}`, text)].map((uri) => uri.slice(ROOT.length)).sort();
    const now = byFile();
    const changed = [...new Set([...before.keys(), ...now.keys()])].filter((f) => before.get(f) !== now.get(f)).sort();
    return { changed, affected, after: compactDiagnostics(workspace).map((d) => d.replace(/^(\S+) \S+ (\S+):.*$/, "$1 $2")) };
  }

  it("re-checks the files citing a source whose claim changes its via, and the files sharing their quantities", async () => {
    const fixture = `
//- /statement.claims
source stmt
claim arrested {operation: x} = 4
  id: arrested
//- /sada.claims
source sada
claim arrested {operation: x} = 4
  id: arrested
  via: @stmt/arrested
//- /atlas.claims
source atlas
claim arrested {operation: x} = 5
  via: @sada/arrested
`;
    const { changed, affected, after } = await edit(fixture, "/sada.claims", "source sada\nclaim arrested {operation: x} = 4\n  id: arrested\n  via: a police source\n");
    // atlas now traces to sada's police source, like sada, and no longer to the statement.
    expect(after).toEqual(["/atlas.claims:2:33 contradiction", "/atlas.claims:2:33 same-origin-contradiction", "/sada.claims:2:33 same-origin-contradiction", "/statement.claims:2:33 contradiction"]);
    expect(changed).toEqual(["/atlas.claims", "/sada.claims", "/statement.claims"]);
    for (const file of changed) expect(affected).toContain(file);
  });

  it("follows chains of other quantities up to the files whose messages name the origin", async () => {
    const fixture = `
//- /statement.claims
source stmt
claim budget {k: 1} = 1
  id: budget
//- /mid.claims
source mid
claim share {k: 2} = 7
  id: share
  via: @stmt/budget
//- /far.claims
source far
claim q {k: 3} = 5
  via: @mid/share
//- /peer.claims
source peer
claim q {k: 3} = 6
  via: @stmt
//- /bystander.claims
source bystander
claim q {k: 4} = 6
  via: @stmt
`;
    const { changed, affected } = await edit(fixture, "/statement.claims", "source stmt\nclaim budget {k: 1} = 1\n  id: budget\n  via: the minister\n");
    expect(changed).toEqual(["/far.claims", "/peer.claims"]);
    for (const file of changed) expect(affected).toContain(file);
  });

  it("leaves the citing files alone when the cited file changes nothing an origin reads", async () => {
    const fixture = `
//- /statement.claims
source stmt
claim arrested {operation: x} = 4
  id: arrested
claim other = 1
//- /a.claims
source a
claim arrested {operation: x} = 4
  via: @stmt/arrested
`;
    const { affected } = await edit(fixture, "/statement.claims", "source stmt\nclaim arrested {operation: x} = 4\n  id: arrested\nclaim other = 2\n");
    expect(affected).toEqual(["/statement.claims"]);
  });
});
