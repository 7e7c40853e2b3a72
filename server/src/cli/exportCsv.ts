/**
 * `isnad export --format csv`: one row a claim (RFC 4180: CRLF line ends, fields holding a comma,
 * a double quote or a line break quoted, quotes doubled), with a header row. Written as UTF-8
 * with a byte order mark: spreadsheet programs (Excel above all) read a CSV without one in the
 * system's legacy code page and garble Arabic; parsers for data (Python's `utf-8-sig`, pandas,
 * R's readr) drop the mark. Offsets are UTF-16 code units into the article, end exclusive.
 */
import { qualifiersText, type ClaimRecord } from "./claimRecords";

export const CSV_COLUMNS = ["file", "source", "outlet", "date", "metric", "qualifiers", "value", "rank", "via", "quote", "article", "quote_start", "quote_end", "quote_places"] as const;

/** What joins the links of a `via:` chain in one cell, nearest first. */
export const VIA_SEPARATOR = " ← ";

const BOM = "\uFEFF";

/** The CSV text of `records`, byte order mark first. */
export function toCsv(records: readonly ClaimRecord[]): string {
  const rows = [CSV_COLUMNS as readonly string[], ...records.map(row)];
  return BOM + rows.map((cells) => cells.map(field).join(",")).join("\r\n") + "\r\n";
}

function row(r: ClaimRecord): string[] {
  const first = r.places[0];
  return [
    r.file,
    r.source?.id ?? "",
    r.source?.outlet ?? "",
    r.source?.published ?? "",
    r.metric,
    qualifiersText(r),
    r.value ?? "",
    r.rank,
    r.via.join(VIA_SEPARATOR),
    r.quote ?? "",
    r.article ?? "",
    first ? String(first.start) : "",
    first ? String(first.end) : "",
    String(r.places.length),
  ];
}

function field(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
