import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { Workspace } from "../workspace/workspace";
import { mutatedClaimsFile } from "../testing/mutations";
import { diagnosticsOf } from "./diagnostics";
import { definitionAt } from "./definition";
import { hoverAt } from "./hover";
import { splitLines } from "../text/lineEnds";

const ROOT = "file:///ws";
const article = "قال إن «الديستي» فككت ١٣ خلية سنة 2017، وتتراوح أعمارهم بين 21 و41 سنة، حسب البلاغ.\n\ndix-sept morts, dont huit Français";

describe("the analysis on mutated files", () => {
  it("never throws, and every diagnostic range lies inside its file", () => {
    fc.assert(
      fc.property(fc.array(mutatedClaimsFile, { minLength: 1, maxLength: 3 }), fc.array(fc.nat(), { maxLength: 5 }), (texts, offsets) => {
        const workspace = new Workspace(ROOT);
        texts.forEach((text, i) => workspace.setClaimsText(`${ROOT}/f${i}.claims`, text));
        for (const uri of workspace.unreadArticles()) workspace.setArticle(uri, { kind: "text", text: article });
        texts.forEach((text, i) => {
          const uri = `${ROOT}/f${i}.claims`;
          // Lines as LSP counts them: a lone CR ends one too.
          const lines = splitLines(text);
          for (const d of diagnosticsOf(workspace, uri)) {
            expect(d.range.start.line).toBeLessThan(lines.length);
            expect(d.range.end.character).toBeLessThanOrEqual(lines[d.range.end.line]!.length + 1);
          }
          for (const offset of offsets) {
            hoverAt(workspace, uri, offset % (text.length + 1));
            definitionAt(workspace, uri, offset % (text.length + 1));
          }
        });
        // Edits replace files: the index must stay consistent when they go away again.
        texts.forEach((_, i) => workspace.removeClaims(`${ROOT}/f${i}.claims`));
        expect([...workspace.claimsFiles()]).toEqual([]);
      }),
      { numRuns: 400 },
    );
  });
});
