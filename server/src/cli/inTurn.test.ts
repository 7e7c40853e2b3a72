import { describe, expect, it } from "vitest";
import { diagnosticsOf } from "../core/analysis/diagnostics";
import { MemoryFileSystem } from "../core/workspace/fileSystem";
import { loadWorkspace } from "../core/workspace/loader";
import { inTurn } from "./inTurn";

const ROOT = "file:///ws";
const shared = "وأعلنت السلطات تفكيك 13 خلية إرهابية سنة 2017.";
const claims = (outlet: string, value: number) => `source ${outlet}
  outlet: ${outlet}
  text: shared.txt
claim cells_dismantled {year: 2017} = ${value}
  quote: «تفكيك 13 خلية إرهابية»
`;

describe("inTurn", () => {
  it("reads an article once for the files that quote it, checks each as if all were read, then lets it go", async () => {
    const files = { [`${ROOT}/a.claims`]: claims("a", 13), [`${ROOT}/b.claims`]: claims("b", 9), [`${ROOT}/shared.txt`]: shared };
    const fs = new MemoryFileSystem(files);
    const reads: string[] = [];
    const counting = { readFile: (uri: string) => (reads.push(uri), fs.readFile(uri)), findFiles: fs.findFiles.bind(fs) };
    const everything = (await loadWorkspace(new MemoryFileSystem(files), ROOT)).workspace;
    const { workspace } = await loadWorkspace(counting, ROOT, { articles: false });
    const uris = [`${ROOT}/a.claims`, `${ROOT}/b.claims`];

    const held: boolean[] = [];
    const got = [];
    for await (const diagnostics of inTurn(counting, workspace, uris, (uri) => diagnosticsOf(workspace, uri))) {
      held.push(workspace.hasArticle(`${ROOT}/shared.txt`));
      got.push(diagnostics);
    }

    expect(got).toEqual(uris.map((uri) => diagnosticsOf(everything, uri)));
    expect(got[1]?.map((d) => d.code)).toEqual(["contradiction", "figure-not-in-quote"]);
    expect(reads.filter((uri) => uri.endsWith("shared.txt"))).toHaveLength(1);
    expect(held).toEqual([true, true]);
    expect(workspace.hasArticle(`${ROOT}/shared.txt`)).toBe(false);
  });
});
