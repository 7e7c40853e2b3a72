/**
 * Folding ranges of a claims file: each source block (with its claims), each claim, `metric` and
 * `qualifier` block, each field that continues over several lines, and each run of two or more
 * comment lines.
 */
import type { LineInfo } from "../syntax/ast";
import { parseClaims } from "../syntax/parser";
import type { LineIndex } from "../text/lineIndex";

export interface FoldingRange {
  /** 0-based lines, both included. */
  readonly startLine: number;
  readonly endLine: number;
  readonly kind?: "comment";
}

export function foldingRanges(text: string, lines: LineIndex): FoldingRange[] {
  const file = parseClaims(text, { lines: true });
  const out: FoldingRange[] = [];
  const add = (start: number, end: number, kind?: "comment") => {
    const startLine = lines.position(start).line;
    const endLine = lines.position(end).line;
    if (endLine > startLine) out.push(kind ? { startLine, endLine, kind } : { startLine, endLine });
  };
  for (const [index, source] of file.sources.entries()) {
    let end = source.end;
    for (const claim of file.claims) if (claim.sourceIndex === index) end = Math.max(end, claim.end);
    add(source.start, end);
  }
  for (const block of [...file.claims, ...file.metrics, ...file.qualifierBlocks]) add(block.start, block.end);
  for (const block of [...file.sources, ...file.claims, ...file.metrics, ...file.qualifierBlocks]) {
    for (const field of block.fields) add(field.start, field.valueSpan.end);
  }
  let run: LineInfo[] = [];
  const flush = () => {
    const first = run[0];
    const last = run[run.length - 1];
    if (first && last && run.length > 1) add(first.start, last.end, "comment");
    run = [];
  };
  for (const line of file.lines ?? []) {
    if (line.kind === "comment") run.push(line);
    else flush();
  }
  flush();
  return out.sort((a, b) => a.startLine - b.startLine || b.endLine - a.endLine);
}
