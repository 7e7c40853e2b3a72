/**
 * Line ends as LSP and VS Code count them: LF, CRLF and a lone CR, and nothing else. U+2028,
 * U+2029 and U+0085 are characters inside a line, so a field that holds one keeps the rest of
 * its line and the file's later lines stay lines of their own.
 */

/** Offset of the line break at or after `from` (or the end of the text). */
export function nextBreak(text: string, from: number): number {
  for (let i = Math.max(0, from); i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) return i;
  }
  return text.length;
}

/** Length of the line break at `at`: 2 for CRLF, 1 for LF or a lone CR, 0 when none starts there. */
export function breakLength(text: string, at: number): number {
  const c = text.charCodeAt(at);
  if (c === 13) return text.charCodeAt(at + 1) === 10 ? 2 : 1;
  return c === 10 ? 1 : 0;
}

/** Offset of the first character of the line holding `offset`. */
export function lineStart(text: string, offset: number): number {
  for (let i = Math.min(offset, text.length) - 1; i >= 0; i--) {
    const c = text.charCodeAt(i);
    // An LF just after `offset - 1` can be the second half of CRLF; either way the line starts after it.
    if (c === 10 || c === 13) return i + 1;
  }
  return 0;
}

/** Offset of the line break ending the line holding `offset` (or the end of the text). */
export function lineEnd(text: string, offset: number): number {
  // An offset between the CR and the LF of CRLF belongs to the line the pair ends.
  if (offset > 0 && text.charCodeAt(offset) === 10 && text.charCodeAt(offset - 1) === 13) return offset - 1;
  return nextBreak(text, offset);
}

/** Offsets where each line starts (the first is 0). */
export function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 13) {
      if (text.charCodeAt(i + 1) === 10) i++;
      starts.push(i + 1);
    } else if (c === 10) starts.push(i + 1);
  }
  return starts;
}

/** The text's lines without their line breaks. */
export function splitLines(text: string): string[] {
  return text.split(/\r\n|\r|\n/);
}

/** Whether the text ends with a line break. */
export function endsWithBreak(text: string): boolean {
  const c = text.charCodeAt(text.length - 1);
  return c === 10 || c === 13;
}
