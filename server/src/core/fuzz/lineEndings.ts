/**
 * Fuzzing helpers: claims files in every line-ending convention (LF, CRLF, lone CR, and a mix),
 * and the invariants an edit of a claims file must keep — it changes only the lines it targets,
 * and it neither merges two line breaks into one (a CR left before an LF) nor cuts one in half.
 */
import fc from "fast-check";
import { lineEnd, lineStart, lineStarts } from "../text/lineEnds";
import { mutatedClaimsFile } from "../testing/mutations";

export type Convention = "lf" | "crlf" | "cr" | "mixed";

/** `text` with every line break written in `convention`; `mixed` picks one per break from `picks`. */
export function withLineEndings(text: string, convention: Convention, picks: readonly number[] = []): string {
  const ends = ["\n", "\r\n", "\r"];
  let k = 0;
  return text.replace(/\r\n|\r|\n/g, () => {
    if (convention === "lf") return "\n";
    if (convention === "crlf") return "\r\n";
    if (convention === "cr") return "\r";
    return ends[(picks[k++ % Math.max(1, picks.length)] ?? 0) % 3] ?? "\n";
  });
}

/** A mutated claims file in one of the four conventions. */
export const claimsInEveryConvention = fc
  .tuple(mutatedClaimsFile, fc.constantFrom<Convention>("lf", "crlf", "cr", "mixed"), fc.array(fc.nat(), { minLength: 1, maxLength: 8 }))
  .map(([text, convention, picks]) => withLineEndings(text, convention, picks));

/** How many lines the text has, as LSP counts them. */
export function lineCount(text: string): number {
  return lineStarts(text).length;
}

/** Line breaks in `text` (CRLF counted once). */
export function breakCount(text: string): number {
  return lineCount(text) - 1;
}

/** An offset where an edit may start or end when it crosses lines: at a line's start or at its end, never inside a CRLF. */
function atLineBoundary(text: string, offset: number): boolean {
  return offset === lineStart(text, offset) || offset === lineEnd(text, offset);
}

function splitsCrlf(text: string, offset: number): boolean {
  return text[offset - 1] === "\r" && text[offset] === "\n";
}

export interface OffsetEditLike {
  readonly start: number;
  readonly end: number;
  readonly newText: string;
}

/**
 * Why the edits of one file break the rules, or undefined when they keep them: inside the
 * document, not overlapping, never inside a CRLF, crossing lines only from line boundary to line
 * boundary or within one of `units` (the fields of a claims file, whose continued value may be
 * replaced whole), so that no character of a line outside the target is lost, and every line break of the
 * result one that was there or one the edits wrote.
 */
export function editFault(before: string, edits: readonly OffsetEditLike[], after: string, units: readonly { start: number; end: number }[] = []): string | undefined {
  const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
  let previousEnd = 0;
  let expectedLines = lineCount(before);
  for (const e of sorted) {
    if (e.start < 0 || e.end < e.start || e.end > before.length) return `edit [${e.start}, ${e.end}) outside the document of ${before.length}`;
    if (e.start < previousEnd) return `edits overlap at ${e.start}`;
    previousEnd = e.end;
    if (splitsCrlf(before, e.start) || splitsCrlf(before, e.end)) return `edit [${e.start}, ${e.end}) cuts a CRLF in half`;
    const removed = before.slice(e.start, e.end);
    // Inside one field (a continued value replaced whole) an edit may cross lines anywhere.
    const withinUnit = units.some((u) => u.start <= e.start && e.end <= u.end);
    if (/[\r\n]/.test(removed) && !withinUnit && (!atLineBoundary(before, e.start) || !atLineBoundary(before, e.end))) {
      return `edit [${e.start}, ${e.end}) crosses lines from inside a line: ${JSON.stringify(removed)}`;
    }
    expectedLines += breakCount(e.newText) - breakCount(removed);
  }
  // A CR left before an LF (or an LF written after a CR) would join two lines into one.
  if (lineCount(after) !== expectedLines) return `the result has ${lineCount(after)} lines, the edits account for ${expectedLines}`;
  return undefined;
}

/** `text` with offset edits applied (they must not overlap). */
export function applyEdits(text: string, edits: readonly OffsetEditLike[]): string {
  let out = "";
  let pos = 0;
  for (const e of [...edits].sort((a, b) => a.start - b.start || a.end - b.end)) {
    out += text.slice(pos, e.start) + e.newText;
    pos = e.end;
  }
  return out + text.slice(pos);
}
