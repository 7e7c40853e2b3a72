/**
 * Edits of a claims file that keep everything around them: fields are added on lines of their
 * own with the block's indentation and the file's line ending, values are replaced in place, and
 * a removed field takes exactly its own lines.
 */
import type { ClaimsFile, Field, Span } from "../syntax/ast";
import { breakLength, lineEnd, lineStart } from "../text/lineEnds";
import type { TextEdit } from "./edit";

/** A block the edits add fields to: a source or a claim. */
export interface Block extends Span {
  readonly header: Span;
  readonly fields: readonly Field[];
}

/** The file's line ending: CRLF when it has one, else a lone CR when it has no LF (an old Mac export), else LF. */
export function lineEnding(text: string): string {
  if (text.includes("\r\n")) return "\r\n";
  return text.includes("\r") && !text.includes("\n") ? "\r" : "\n";
}

export { lineEnd, lineStart };

/** The white space before a block's fields: that of its first field, else of any field in the file, else two spaces deeper than its header. */
export function fieldIndent(text: string, block: Block, file: ClaimsFile): string {
  const first = block.fields[0] ?? [...file.claims, ...file.sources].flatMap((b) => b.fields)[0];
  if (first) return text.slice(lineStart(text, first.start), first.start);
  return `${text.slice(lineStart(text, block.header.start), block.header.start)}  `;
}

/**
 * Adds fields on lines of their own after the block's last line (so a trailing comment stays on
 * its line), inserted at the start of the next line. With `cursorAtEnd`, the cursor goes after
 * the last field's text: editors indent a snippet's later lines like the line it starts on, which
 * at the start of a line is nothing. At the end of a file with no final line break the fields
 * follow a line break instead, and no cursor is given.
 */
export function insertFields(uri: string, text: string, file: ClaimsFile, block: Block, lines: readonly string[], cursorAtEnd = false): TextEdit {
  const eol = lineEnding(text);
  const indent = fieldIndent(text, block, file);
  const end = lineEnd(text, block.end);
  if (end < text.length) {
    const at = end + breakLength(text, end);
    const newText = lines.map((line) => `${indent}${line}${eol}`).join("");
    return { uri, start: at, end: at, newText, ...(cursorAtEnd ? { cursor: newText.length - eol.length } : {}) };
  }
  return { uri, start: end, end, newText: lines.map((line) => `${eol}${indent}${line}`).join("") };
}

/** Sets a field of the block to `value`: in place when the block has it, else as a new line. */
export function setField(uri: string, text: string, file: ClaimsFile, block: Block, name: string, value: string): TextEdit {
  const field = block.fields.find((f) => f.name.text === name);
  if (!field) return insertFields(uri, text, file, block, [`${name}: ${value}`]);
  if (field.value !== "") return { uri, start: field.valueSpan.start, end: field.valueSpan.end, newText: value };
  // `rank:` with nothing after it: the value goes after the colon and one blank.
  const colon = text.indexOf(":", field.name.end);
  const blank = text[colon + 1] === " " || text[colon + 1] === "\t";
  const at = colon + (blank ? 2 : 1);
  return { uri, start: at, end: at, newText: blank ? value : ` ${value}` };
}

/** Removes a field with its continuation lines, and nothing else. */
export function removeField(uri: string, text: string, field: Field): TextEdit {
  const start = lineStart(text, field.start);
  const end = lineEnd(text, field.end);
  if (end < text.length) {
    const after = end + breakLength(text, end);
    // After a lone CR, an LF left to follow it would make the two one CRLF and join two lines:
    // the CR before the field goes instead, and the field's own line break stays.
    if (start > 0 && text[start - 1] === "\r" && text[after] === "\n") return { uri, start: start - 1, end, newText: "" };
    return { uri, start, end: after, newText: "" };
  }
  // The last line of a file with no final line break: the break before it goes instead.
  const before = start > 1 && text[start - 1] === "\n" && text[start - 2] === "\r" ? start - 2 : Math.max(0, start - 1);
  return { uri, start: before, end, newText: "" };
}

/** A passage as the value of `quote:`: on one line, in «…» (which the format drops, so inner marks stay). */
export function quoteValue(passage: string): string {
  return `«${passage.replace(/\s+/g, " ").trim()}»`;
}
