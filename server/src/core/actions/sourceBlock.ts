/**
 * A new `source` block, prefilled from what can be known without the user: the article beside
 * it (its file name for `text:`, its first line for `title:`, its script for `language:`) and a
 * date in the source id (`bcij-statement-2024-06-06` → `published: 2024-06-06`).
 */
import { readIsoDate } from "../syntax/values";

/** An article found beside the claims file. */
export interface ArticleBeside {
  /** Its path relative to the claims file (its file name, beside it). */
  readonly path: string;
  readonly text: string;
}

/** The longest first line taken as the article's title. */
const MAX_TITLE = 200;

/** The lines of a source block for `id`, fields indented with `indent`. */
export function sourceBlockLines(id: string, article: ArticleBeside | undefined, indent: string): string[] {
  const lines = [`source ${id}`];
  const title = article ? firstLine(article.text) : undefined;
  if (title) lines.push(`${indent}title: ${title}`);
  const date = /(\d{4}-\d{2}-\d{2})(?!\d)/.exec(id)?.[1];
  if (date && readIsoDate(date)) lines.push(`${indent}published: ${date}`);
  if (article) {
    lines.push(`${indent}text: ${article.path}`);
    lines.push(`${indent}language: ${languageOf(article.text)}`);
  }
  return lines;
}

/** A source id made from a file name: characters an identifier may not hold become `-`. */
export function idFromName(name: string): string {
  const id = name.replace(/[^\p{L}\p{M}\p{N}_.-]+/gu, "-").replace(/^[.-]+/u, "");
  return id || "source";
}

function firstLine(text: string): string | undefined {
  const line = text.replace(/^\uFEFF/, "").split(/\r\n|\r|\n/).map((l) => l.trim()).find((l) => l.length > 0);
  return line && line.length <= MAX_TITLE ? line : undefined;
}

/** `ar`, `fr` or `en`, from the article's letters and its commonest short words. */
export function languageOf(text: string): "ar" | "fr" | "en" {
  const arabic = text.match(/[\u0600-\u06ff]/gu)?.length ?? 0;
  const latin = text.match(/[A-Za-z\u00c0-\u024f]/gu)?.length ?? 0;
  if (arabic >= latin) return "ar";
  const words = text.toLowerCase().split(/[^a-z\u00c0-\u024f']+/u);
  const count = (list: readonly string[]) => words.filter((w) => list.includes(w)).length;
  return count(["le", "la", "les", "des", "et", "du", "une", "est"]) > count(["the", "and", "of", "is", "was", "to", "in"]) ? "fr" : "en";
}
