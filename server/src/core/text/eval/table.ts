/**
 * The evaluation table expressions.tsv as rows: read by its test and by `npm run figures:report`,
 * so that both count the same rows the same way. Pure: the caller reads the file.
 */
import type { Lang } from "../numbers";

export interface Row {
  /** 1-based line in the file. */
  line: number;
  /** The class of expression the row tests (its first column). */
  category: string;
  lang: Lang;
  published: string;
  text: string;
  /** Expected figures in the table's notation, each possibly ending in @SPAN. */
  expected: string[];
}

/** The rows of the table's text; comment lines (#) and blank lines are skipped. */
export function parseTable(raw: string): Row[] {
  const rows: Row[] = [];
  raw.split("\n").forEach((line, k) => {
    if (line.trim() === "" || line.startsWith("#")) return;
    const [category = "", lang = "", published = "", text = "", expected = ""] = line.split("\t");
    rows.push({
      line: k + 1,
      category,
      lang: lang as Lang,
      published,
      text: text.replace(/\\u([0-9a-fA-F]{4})/g, (_, h: string) => String.fromCharCode(parseInt(h, 16))),
      expected: expected.trim() === "-" ? [] : expected.split(" ; ").map((s) => s.trim()),
    });
  });
  return rows;
}

/** An expected item without its span: "b:>27@أكثر من 27" → "b:>27". */
export function readingOf(item: string): string {
  const at = item.indexOf("@");
  return at >= 0 ? item.slice(0, at) : item;
}

/** The span an expected item names, if any. */
export function spanOf(item: string): string | undefined {
  const at = item.indexOf("@");
  return at >= 0 ? item.slice(at + 1) : undefined;
}
