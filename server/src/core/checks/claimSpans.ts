/**
 * The parts of a claims file that the look-alike checks read: headers (without their trailing
 * comment), field values, and the ids among them. Written once so that `hidden-bidi-control`
 * and `mixed-script` read the same places.
 */
import type { ClaimsFile, Field, Span } from "../syntax/ast";
import { FREE_TEXT_FIELDS } from "../syntax/fieldNames";

export interface ReadSpan extends Span {
  /** Free text (a quote, a note): prose, where a mark between words is normal. */
  readonly prose: boolean;
}

/** Every header and field value of the file, in file order. */
export function readSpans(file: ClaimsFile): ReadSpan[] {
  const out: ReadSpan[] = [];
  const text = file.text;
  const blocks = [...file.sources, ...file.claims, ...file.metrics, ...file.qualifierBlocks].sort((a, b) => a.start - b.start);
  for (const block of blocks) {
    out.push({ start: block.header.start, end: headerEnd(text, block.header), prose: false });
    for (const field of block.fields) out.push(fieldSpan(field));
  }
  return out;
}

function fieldSpan(field: Field): ReadSpan {
  return { start: field.valueSpan.start, end: field.valueSpan.end, prose: FREE_TEXT_FIELDS.has(field.name.text) };
}

/** Where a header's text ends: before a trailing ` # comment` outside quoted text. */
function headerEnd(text: string, header: Span): number {
  let quote = "";
  for (let i = header.start; i < header.end; i++) {
    const ch = text[i];
    if (quote) {
      if ((quote === '"' && ch === '"') || (quote === "«" && ch === "»")) quote = "";
    } else if (ch === '"' || ch === "«") quote = ch;
    else if (ch === "#" && (text[i - 1] === " " || text[i - 1] === "\t")) return i;
  }
  return header.end;
}

/** The ids of the file: source ids, metric names, qualifier keys and plain values, `via: @…`, claim ids, declared names. */
export function idSpans(file: ClaimsFile): Span[] {
  const out: Span[] = [];
  for (const source of file.sources) out.push(source.id);
  for (const claim of file.claims) {
    out.push(claim.metric);
    for (const q of claim.qualifiers) {
      out.push(q.key);
      if (!q.quoted) out.push(q.value);
    }
  }
  for (const metric of file.metrics) out.push(metric.name);
  for (const block of file.qualifierBlocks) {
    out.push(block.key);
    if (!block.quoted) out.push(block.value);
  }
  for (const block of [...file.sources, ...file.claims, ...file.metrics]) {
    for (const field of block.fields) {
      const name = field.name.text;
      if (name === "via" && field.value.startsWith("@")) out.push(field.valueSpan);
      else if (name === "id" || name === "alias" || name === "part-of") out.push(field.valueSpan);
    }
  }
  return out.filter((s) => s.end > s.start).sort((a, b) => a.start - b.start);
}
