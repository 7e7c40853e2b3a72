/** Builds a workspace index from a file system: every claims file, then the articles they name. */
import { readConfig, CONFIG_FILE_NAME, type ConfigReading } from "../config";
import { decodeUtf8 } from "../text/decode";
import type { FileSystem } from "./fileSystem";
import { relativePath } from "./paths";
import { Workspace, type ArticleContent } from "./workspace";

export const CLAIMS_SUFFIX = ".claims";

/** How many files are read at once: enough to hide latency, few enough to keep memory flat. */
const CONCURRENCY = 16;

/** Reads `isnad.json` at the root, if any. */
export async function loadConfig(fs: FileSystem, rootUri: string): Promise<ConfigReading> {
  const bytes = await fs.readFile(joinUri(rootUri, CONFIG_FILE_NAME));
  if (!bytes) return readConfig(undefined);
  const decoded = decodeUtf8(bytes, CONFIG_FILE_NAME);
  return decoded.ok ? readConfig(decoded.text) : { ...readConfig(undefined), error: decoded.message };
}

/** Reads a claims file into the workspace; returns the files whose diagnostics may change. */
export async function loadClaimsFile(fs: FileSystem, workspace: Workspace, uri: string): Promise<Set<string>> {
  const bytes = await fs.readFile(uri);
  if (!bytes) return workspace.removeClaims(uri);
  const decoded = decodeUtf8(bytes, relativePath(workspace.rootUri, uri));
  return decoded.ok ? workspace.setClaimsText(uri, decoded.text) : workspace.setClaimsEncodingError(uri, decoded.message);
}

/** Reads an article as the checks need it. */
export async function readArticle(fs: FileSystem, rootUri: string, uri: string): Promise<ArticleContent> {
  const bytes = await fs.readFile(uri);
  if (!bytes) return { kind: "missing" };
  const decoded = decodeUtf8(bytes, relativePath(rootUri, uri));
  return decoded.ok ? { kind: "text", text: decoded.text } : { kind: "encoding", message: decoded.message };
}

/** Reads every article some source names and the workspace has not read yet. */
export async function loadUnreadArticles(fs: FileSystem, workspace: Workspace): Promise<Set<string>> {
  const affected = new Set<string>();
  await forEachBounded(workspace.unreadArticles(), async (uri) => {
    for (const f of workspace.setArticle(uri, await readArticle(fs, workspace.rootUri, uri))) affected.add(f);
  });
  return affected;
}

export interface LoadProgress {
  (done: number, total: number): void;
}

/** Indexes the whole workspace under `rootUri`. */
export async function loadWorkspace(fs: FileSystem, rootUri: string, options: { progress?: LoadProgress; isCancelled?: () => boolean } = {}): Promise<{ workspace: Workspace; configError?: string }> {
  const { config, error } = await loadConfig(fs, rootUri);
  const workspace = new Workspace(rootUri, config);
  const files = await fs.findFiles(rootUri, CLAIMS_SUFFIX);
  let done = 0;
  await forEachBounded(files, async (uri) => {
    if (options.isCancelled?.()) return;
    await loadClaimsFile(fs, workspace, uri);
    options.progress?.(++done, files.length);
  });
  await loadUnreadArticles(fs, workspace);
  return error ? { workspace, configError: error } : { workspace };
}

async function forEachBounded<T>(items: readonly T[], run: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const item = items[next++] as T;
      await run(item);
    }
  };
  await Promise.all(Array.from({ length: Math.min(CONCURRENCY, items.length) }, worker));
}

function joinUri(rootUri: string, name: string): string {
  return `${rootUri.replace(/\/$/, "")}/${name}`;
}
