/** Resolving the `text:` path of a source against the claims file, and keeping it inside the workspace. */
import { URI, Utils } from "vscode-uri";
import { said, type Message } from "../messages";

export type ArticleLink = { kind: "inside"; uri: string } | { kind: "outside"; reason: string; l10n: Message };

/** The article a `text:` path names, or why it may not be read. */
export function resolveArticle(rootUri: string, claimsUri: string, path: string): ArticleLink {
  if (/^(?:[a-zA-Z][a-zA-Z0-9+.-]+:|[\\/]|[a-zA-Z]:)/.test(path)) {
    return { kind: "outside", ...reason(said("`{0}` is not a relative path: write the article's path relative to this file", path)) };
  }
  const root = URI.parse(rootUri);
  const target = Utils.joinPath(Utils.dirname(URI.parse(claimsUri)), path.replace(/\\/g, "/"));
  if (!isInside(root, target)) {
    return { kind: "outside", ...reason(said("`{0}` leads outside the workspace; it is not read", path)) };
  }
  return { kind: "inside", uri: target.toString() };
}

function reason(text: { message: string; l10n: Message }): { reason: string; l10n: Message } {
  return { reason: text.message, l10n: text.l10n };
}

/** Whether `target` lies under `root` (same scheme and authority, path below it). */
export function isInside(root: URI, target: URI): boolean {
  if (root.scheme !== target.scheme || root.authority !== target.authority) return false;
  const base = root.path.endsWith("/") ? root.path : `${root.path}/`;
  return target.path.startsWith(base);
}

/** `uri` relative to `baseUri` when it lies below it, else the whole URI's path. */
export function relativePath(baseUri: string, uri: string): string {
  const base = URI.parse(baseUri);
  const target = URI.parse(uri);
  return isInside(base, target) ? target.path.slice(base.path.replace(/\/$/, "").length + 1) : target.path;
}
