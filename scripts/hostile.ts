/**
 * The hostile inputs of issue 20, item 1, built in memory at a given size: each case makes a
 * workspace (or a text) whose cost must grow no faster than its size. Shared by the operation
 * counter tests (`server/src/core/costs.test.ts`) and `npm run bench -- --hostile`.
 */
import { diagnosticsOf } from "../server/src/core/analysis/diagnostics";
import { articleDiagnosticsOf } from "../server/src/core/analysis/articleDiagnostics";
import { codeLensesOf } from "../server/src/core/analysis/codeLens";
import { codeActionsAt } from "../server/src/core/actions/codeActions";
import { spotFigures } from "../server/src/core/text/figures";
import { MemoryFileSystem } from "../server/src/core/workspace/fileSystem";
import { loadWorkspace } from "../server/src/core/workspace/loader";
import type { Workspace } from "../server/src/core/workspace/workspace";

export const ROOT = "file:///ws";

export interface HostileCase {
  readonly name: string;
  /** Runs the case at size `n`; resolves to a figure that proves it did the work (diagnostics, lenses…). */
  readonly run: (n: number) => Promise<number>;
  /** The sizes the benchmark doubles through (the tests use smaller ones). */
  readonly sizes: readonly number[];
}

async function load(files: Record<string, string>): Promise<Workspace> {
  const { workspace } = await loadWorkspace(new MemoryFileSystem(files), ROOT);
  return workspace;
}

/** Every diagnostic of every claims file and article. */
async function checkAll(files: Record<string, string>): Promise<number> {
  const workspace = await load(files);
  let count = 0;
  for (const uri of workspace.claimsFiles()) count += diagnosticsOf(workspace, uri).length;
  for (const uri of Object.keys(files)) if (uri.endsWith(".txt")) count += articleDiagnosticsOf(workspace, uri).length;
  return count;
}

const source = (id: string, text?: string) => `source ${id}\n  outlet: Outlet\n  published: 2024-06-0${1}\n${text ? `  text: ${text}\n` : ""}`;

export const HOSTILE: readonly HostileCase[] = [
  {
    name: "quote with an ellipsis over a large article (n words)",
    sizes: [25_000, 50_000, 100_000, 200_000],
    run: (n) => {
      const words = Array.from({ length: n }, (_, i) => (i % 7 === 0 ? "قال" : `كلمة${i % 13}`)).join(" ");
      return checkAll({
        [`${ROOT}/a.txt`]: `${words}\n`,
        [`${ROOT}/a.claims`]: `${source("a", "a.txt")}\nclaim arrested = 4\n  quote: «قال … أربعة … غائب»\n`,
      });
    },
  },
  {
    name: "sources sharing one id (n files)",
    sizes: [500, 1_000, 2_000, 4_000],
    run: (n) => {
      const files: Record<string, string> = {};
      for (let i = 0; i < n; i++) files[`${ROOT}/s${i}.claims`] = source("same");
      return checkAll(files);
    },
  },
  {
    name: "claims file of n lines",
    sizes: [25_000, 50_000, 100_000, 200_000],
    run: (n) => {
      const lines: string[] = [source("a")];
      for (let i = 0; lines.length < n; i++) lines.push(`claim metric_${i % 50} {year: ${2000 + (i % 20)}} = ${i % 3}`, `  note: line ${i}`);
      return checkAll({ [`${ROOT}/a.claims`]: lines.join("\n") });
    },
  },
  {
    name: "one quantity in dispute (n claims, n distinct values)",
    sizes: [1_000, 2_000, 4_000, 8_000],
    run: (n) => {
      const lines: string[] = [];
      for (let i = 0; i < n; i++) lines.push(`${source(`s${i}`)}claim arrested {year: 2017} = ${i + 1}\n`);
      return checkAll({ [`${ROOT}/a.claims`]: lines.join("\n") });
    },
  },
  {
    name: "identical conflicting claims (n claims, two values)",
    sizes: [2_500, 5_000, 10_000, 20_000],
    run: (n) => {
      const lines: string[] = [];
      for (let i = 0; i < n; i++) lines.push(`${source(`s${i}`)}claim arrested {year: 2017} = ${i % 2 === 0 ? 13 : 9}\n`);
      return checkAll({ [`${ROOT}/a.claims`]: lines.join("\n") });
    },
  },
  {
    name: "space-grouped numbers in an article (n numbers)",
    sizes: [4_000, 8_000, 16_000, 32_000],
    run: async (n) => spotFigures(Array.from({ length: n }, (_, i) => `${i % 900 + 100} 000`).join(" ")).length,
  },
  {
    name: "unclosed qualifier list over a long line (n characters)",
    sizes: [50_000, 100_000, 200_000, 400_000],
    run: (n) => checkAll({ [`${ROOT}/a.claims`]: `${source("a")}claim x {${"a: 1, ".repeat(Math.ceil(n / 6))}\n` }),
  },
  {
    name: "distinct metric names (n names)",
    sizes: [2_500, 5_000, 10_000, 20_000],
    run: (n) => {
      const lines: string[] = [source("a")];
      for (let i = 0; i < n; i++) lines.push(`claim m${i.toString(36)}_x${(i * 7919).toString(36)} = 1`);
      return checkAll({ [`${ROOT}/a.claims`]: lines.join("\n") });
    },
  },
  {
    name: "claims quoting one article, seen from the article (n claims)",
    sizes: [25_000, 50_000, 100_000, 200_000],
    run: (n) => {
      const lines: string[] = [source("a", "a.txt")];
      for (let i = 0; i < n; i++) lines.push(`claim arrested {n: ${i}} = 4\n  quote: «أربعة أشخاص»`);
      return checkAll({ [`${ROOT}/a.txt`]: "توقيف أربعة أشخاص.\n", [`${ROOT}/a.claims`]: lines.join("\n") });
    },
  },
  {
    name: "code lens over identical claims (n claims)",
    sizes: [2_500, 5_000, 10_000, 20_000],
    run: async (n) => {
      const lines: string[] = [source("a")];
      for (let i = 0; i < n; i++) lines.push(`claim arrested {year: 2017} = ${i % 2 === 0 ? 13 : 9}`);
      const workspace = await load({ [`${ROOT}/a.claims`]: lines.join("\n") });
      return codeLensesOf(workspace, `${ROOT}/a.claims`).length;
    },
  },
  {
    name: "«Quote» fix on a passage of n figures",
    sizes: [250, 500, 1_000, 2_000],
    run: async (n) => {
      const article = `${Array.from({ length: n }, (_, i) => `${i + 10}`).join(" و")} خلية.\n`;
      const claims = `${source("a", "a.txt")}\nclaim cells = 10\n`;
      const files: Record<string, string> = { [`${ROOT}/a.txt`]: article, [`${ROOT}/a.claims`]: claims };
      const workspace = await load(files);
      const at = claims.indexOf("cells");
      const actions = await codeActionsAt(workspace, { uri: `${ROOT}/a.claims`, start: at, end: at }, { canCreateFiles: true, canShowDocument: true }, async (uri) => files[uri]);
      return actions.length;
    },
  },
];
