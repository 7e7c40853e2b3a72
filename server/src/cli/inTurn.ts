/**
 * Claims files visited one after another, each with its articles read just before: an article is
 * let go once every file of the list that quotes it has been visited, so an archive's articles
 * (47 M characters for 100,000 claims) are never all in memory at once, and the garbage collector
 * does not mark them again and again.
 */
import type { FileSystem } from "../core/workspace/fileSystem";
import { readArticle } from "../core/workspace/loader";
import type { Workspace } from "../core/workspace/workspace";

export async function* inTurn<T>(fs: FileSystem, workspace: Workspace, uris: readonly string[], visit: (uri: string) => T): AsyncGenerator<T> {
  const waiting = new Map<string, number>();
  for (const uri of uris) for (const article of articlesOf(workspace, uri)) waiting.set(article, (waiting.get(article) ?? 0) + 1);
  for (const uri of uris) {
    const articles = articlesOf(workspace, uri);
    for (const article of articles) {
      if (!workspace.hasArticle(article)) workspace.setArticle(article, await readArticle(fs, workspace.rootUri, article));
    }
    yield visit(uri);
    for (const article of articles) {
      const left = (waiting.get(article) ?? 1) - 1;
      waiting.set(article, left);
      if (left === 0) workspace.forgetArticle(article);
    }
  }
}

/** The articles inside the root that a claims file's sources name. */
function articlesOf(workspace: Workspace, uri: string): Set<string> {
  const out = new Set<string>();
  for (const link of workspace.entry(uri)?.links.values() ?? []) if (link.kind === "inside") out.add(link.uri);
  return out;
}
