/**
 * Folding for matching: a quote typed by a journalist and the article it comes from differ in
 * diacritics, letter variants, digits, quotation marks and spacing. Both are folded to one form
 * before searching, and every folded character keeps the offset it came from so that a match is
 * an exact range of the user's text.
 */

/**
 * Folded text and the way back: for each folded code unit, the original range it came from. The
 * maps are sparse. Most characters fold to themselves or to one other character, so the offset of
 * folded unit `i` is `i` plus a shift that changes only where characters are dropped, runs of white
 * space are joined, or a character becomes several; only those places are stored (a dense map of
 * two offsets a character cost 8 bytes a character, more than the article itself).
 */
export class FoldedText {
  constructor(
    readonly folded: string,
    /** Folded indexes where the shift changes, ascending; the first is 0. */
    private readonly shiftAt: Uint32Array,
    /** The shift (original offset minus folded index) from `shiftAt[k]` on. */
    private readonly shifts: Int32Array,
    /** Folded indexes whose original character is not one code unit long (a white-space run, a surrogate pair), ascending. */
    private readonly longAt: Uint32Array,
    /** The original end of each of those. */
    private readonly longEnds: Int32Array,
    /** The original end of the folded range: where `startOf(folded.length)` points. */
    private readonly to: number,
  ) {}

  /** The original offset folded code unit `i` came from; `startOf(folded.length)` is the end of the folded range. */
  startOf(i: number): number {
    if (i >= this.folded.length) return this.to;
    const k = lastAtOrBefore(this.shiftAt, i);
    return i + (this.shifts[k] ?? 0);
  }

  /** The original offset just past the character folded code unit `i` came from. */
  endOf(i: number): number {
    const k = lastAtOrBefore(this.longAt, i);
    if (k >= 0 && this.longAt[k] === i) return this.longEnds[k] ?? 0;
    return this.startOf(i) + 1;
  }
}

/** Index of the last element of a sorted array that is at most `value`, or -1. */
function lastAtOrBefore(sorted: Uint32Array, value: number): number {
  let lo = 0;
  let hi = sorted.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if ((sorted[mid] ?? 0) <= value) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

/** Folded code unit used for a paragraph break (a whitespace run holding two or more line breaks). */
export const PARAGRAPH_BREAK = "\n";

const enum Kind {
  Keep = 0,
  Drop = 1,
  Space = 2,
  Replace = 3,
  /** A surrogate pair: a character outside the BMP, two code units. */
  Astral = 4,
}

// What each BMP code unit becomes, computed once: one table lookup per character keeps folding
// a whole archive linear and cheap.
const kinds = new Uint8Array(0x10000);
const replacements = new Map<number, string>();

function setReplace(code: number, to: string): void {
  kinds[code] = Kind.Replace;
  replacements.set(code, to);
}

function buildTable(): void {
  for (let code = 0; code < 0x10000; code++) {
    // A lone surrogate becomes U+FFFD, as a UTF-16 decoder makes it; pairs are read per code point (kindAt).
    if (code >= 0xd800 && code <= 0xdfff) {
      setReplace(code, "\ufffd");
      continue;
    }
    const ch = String.fromCharCode(code);
    const nfkc = ch.normalize("NFKC");
    const lower = nfkc.toLowerCase();
    if (lower !== ch) setReplace(code, lower);
  }
  const drop = (from: number, to = from) => {
    for (let c = from; c <= to; c++) kinds[c] = Kind.Drop;
  };
  drop(0x064b, 0x065f); // harakat and Arabic combining marks
  drop(0x0670); // superscript alef
  drop(0x0640); // tatweel
  drop(0x06d6, 0x06ed); // Quranic annotation marks
  drop(0x200b, 0x200f); // zero-width and directional marks
  drop(0x202a, 0x202e); // embeddings and overrides
  drop(0x2066, 0x2069); // isolates
  drop(0x061c); // Arabic letter mark
  drop(0xfeff); // BOM / zero-width no-break space
  drop(0x00ad); // soft hyphen
  drop(0xfe00, 0xfe0f); // variation selectors
  // Quotation marks differ between outlets and the journalist's keyboard: they never decide a match.
  for (const q of ["«", "»", "“", "”", "„", "‟", '"', "‹", "›", "‘", "’", "‚", "'", "`", "´", "〝", "〞", "＂"]) {
    drop(q.charCodeAt(0));
  }
  for (const ws of [0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x20, 0x85, 0xa0, 0x1680, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000]) {
    kinds[ws] = Kind.Space;
  }
  for (let c = 0x2000; c <= 0x200a; c++) kinds[c] = Kind.Space;
  const letters: Record<string, string> = {
    أ: "ا", إ: "ا", آ: "ا", ٱ: "ا", ٲ: "ا", ٳ: "ا",
    ى: "ي", ی: "ي", ئ: "ي", ې: "ي",
    ة: "ه", ۃ: "ه",
    ؤ: "و",
    ک: "ك",
    "٫": ".", "٬": ",", "،": ",", "؛": ";", "؟": "?", "٪": "%",
    "‐": "-", "‑": "-", "‒": "-", "–": "-", "—": "-", "―": "-", "−": "-", "⁃": "-", "⸺": "-", "⸻": "-",
    "؍": "/", // Arabic date separator
    "…": "...",
  };
  for (const [from, to] of Object.entries(letters)) setReplace(from.charCodeAt(0), to);
  for (let d = 0; d < 10; d++) {
    setReplace(0x0660 + d, String(d)); // Arabic-Indic
    setReplace(0x06f0 + d, String(d)); // Extended Arabic-Indic (Persian, Urdu)
  }
  // NFKC of presentation forms yields letters that themselves need folding (ﻷ → لأ → لا).
  for (const [code, to] of replacements) {
    if (kinds[code] !== Kind.Replace) continue; // later rules (white space, drops) won
    let refolded = "";
    for (const ch of to) {
      const c = ch.charCodeAt(0);
      const k = ch.length === 1 ? kinds[c] : Kind.Keep;
      if (k === Kind.Drop || k === Kind.Space) continue;
      refolded += k === Kind.Replace && c !== code ? (replacements.get(c) ?? ch) : ch;
    }
    replacements.set(code, refolded);
    if (refolded === "") kinds[code] = Kind.Drop;
  }
}
buildTable();

/** What the character at `i` (code unit `code`, text ending at `end`) becomes. */
function kindAt(text: string, code: number, i: number, end: number): number {
  if (code >= 0xd800 && code <= 0xdbff && i + 1 < end) {
    const next = text.charCodeAt(i + 1);
    if (next >= 0xdc00 && next <= 0xdfff) return Kind.Astral;
  }
  return kinds[code] as number;
}

/**
 * Folds `text` for matching and maps every folded code unit back to the original. Runs of white
 * space become one space, or one {@link PARAGRAPH_BREAK} when they hold a blank line; leading and
 * trailing white space is dropped.
 */
export function fold(text: string, from = 0, to = text.length): FoldedText {
  const n = foldUnits(text, from, to, true);
  return new FoldedText(stringOf(scratch, n), shiftBreaks.taken(), shiftBreaks.takenValues(), longBreaks.taken(), longBreaks.takenValues(), to);
}

/**
 * Folds `text[from, to)` into the shared code-unit buffer (`scratch`) and returns how many units
 * it wrote; with `maps`, records the way back in `shiftBreaks` and `longBreaks`. Without them
 * (a key), a paragraph break is a plain space.
 */
function foldUnits(text: string, from: number, to: number, maps: boolean): number {
  // One pass with a table lookup a character into a scratch buffer of code units, shared by every
  // call: an archive is folded article by article, and a fresh buffer each time (or arrays of
  // numbers) made most of the cost garbage collection.
  let units = unitsBuffer(to - from + 16);
  // Invariant: the room left in `units` is at least what is left of the text (a character folds
  // to at most one unit, a white-space run to one), plus 16; only a replacement can take more.
  let n = 0;
  const shifts = shiftBreaks.start();
  if (maps) shifts.push(0, from);
  let shift = from;
  const longs = longBreaks.start();
  let pendingSpace = -1; // original offset where the pending white-space run began
  let pendingEnd = -1;
  let newlines = 0;
  let i = from;
  while (i < to) {
    const code = text.charCodeAt(i);
    const kind = kindAt(text, code, i, to);
    if (kind === Kind.Drop) {
      i++;
      continue;
    }
    if (kind === Kind.Space) {
      if (pendingSpace < 0) pendingSpace = i;
      pendingEnd = i + 1;
      // A lone CR ends a line as LF does (an old Mac export); the CR of a CRLF is not counted twice.
      if (code === 0x0a || (code === 0x0d && text.charCodeAt(i + 1) !== 0x0a)) newlines++;
      i++;
      continue;
    }
    if (pendingSpace >= 0) {
      if (n > 0) {
        units[n] = newlines >= 2 && maps ? PARAGRAPH_BREAK_CODE : 0x20;
        if (maps && pendingSpace - n !== shift) {
          shift = pendingSpace - n;
          shifts.push(n, shift);
        }
        if (maps && pendingEnd !== pendingSpace + 1) longs.push(n, pendingEnd);
        n++;
      }
      pendingSpace = -1;
      newlines = 0;
    }
    if (kind === Kind.Keep) {
      units[n] = code;
      if (maps && i - n !== shift) {
        shift = i - n;
        shifts.push(n, shift);
      }
      n++;
      i++;
      continue;
    }
    // A replacement, or a character outside the BMP (NFKC folds mathematical digits and letters; others stay).
    const width = kind === Kind.Replace ? 1 : 2;
    const to2 = kind === Kind.Replace ? (replacements.get(code) ?? "") : text.slice(i, i + width).normalize("NFKC").toLowerCase();
    if (to2.length > width) units = unitsBuffer(n + to2.length + (to - i) + 16, n);
    for (let k = 0; k < to2.length; k++) {
      units[n] = to2.charCodeAt(k);
      if (maps && i - n !== shift) {
        shift = i - n;
        shifts.push(n, shift);
      }
      if (maps && width !== 1) longs.push(n, i + width);
      n++;
    }
    i += width;
  }
  return n;
}

/**
 * Pairs (folded index, value) gathered in buffers kept from call to call, copied out once at the
 * end: arrays of numbers grown one push at a time, then copied, were garbage for every article.
 */
class Breakpoints {
  private at = new Uint32Array(256);
  private values = new Int32Array(256);
  private length = 0;

  start(): this {
    this.length = 0;
    return this;
  }

  push(at: number, value: number): void {
    if (this.length === this.at.length) {
      const at2 = new Uint32Array(this.length * 2);
      const values2 = new Int32Array(this.length * 2);
      at2.set(this.at);
      values2.set(this.values);
      this.at = at2;
      this.values = values2;
    }
    this.at[this.length] = at;
    this.values[this.length] = value;
    this.length++;
  }

  taken(): Uint32Array {
    return this.at.slice(0, this.length);
  }

  takenValues(): Int32Array {
    return this.values.slice(0, this.length);
  }
}

const shiftBreaks = new Breakpoints();
const longBreaks = new Breakpoints();

// Straight from the code units to one flat string (`ignoreBOM`: a leading U+FEFF is text here).
// String.fromCharCode over chunks built a rope that the first search flattened: twice the work.
const utf16 = new TextDecoder("utf-16le", { ignoreBOM: true });

function stringOf(units: Uint16Array, n: number): string {
  return utf16.decode(units.subarray(0, n));
}

let scratch = new Uint16Array(1 << 16);

/** The shared code-unit buffer, at least `size` long; `keep` units of it carried over when it grows. */
function unitsBuffer(size: number, keep = 0): Uint16Array {
  if (scratch.length < size) {
    const grown = new Uint16Array(Math.max(size, scratch.length * 2));
    grown.set(scratch.subarray(0, keep));
    scratch = grown;
  }
  return scratch;
}

const PARAGRAPH_BREAK_CODE = PARAGRAPH_BREAK.charCodeAt(0);

/**
 * `fold(text).startOf(index)` (the original length past the end) without building the maps: the
 * figure reader asks it for every joined prefix it cuts off a word.
 */
export function foldedStart(text: string, index: number): number {
  let n = 0;
  let pendingSpace = -1;
  let i = 0;
  while (i < text.length) {
    const code = text.charCodeAt(i);
    const kind = kindAt(text, code, i, text.length);
    if (kind === Kind.Drop) {
      i++;
      continue;
    }
    if (kind === Kind.Space) {
      if (pendingSpace < 0) pendingSpace = i;
      i++;
      continue;
    }
    if (pendingSpace >= 0) {
      if (n > 0) {
        if (n === index) return pendingSpace;
        n++;
      }
      pendingSpace = -1;
    }
    if (kind === Kind.Keep) {
      if (n === index) return i;
      n++;
      i++;
      continue;
    }
    const width = kind === Kind.Replace ? 1 : 2;
    const units = kind === Kind.Replace ? (replacements.get(code) ?? "").length : text.slice(i, i + width).normalize("NFKC").toLowerCase().length;
    if (index < n + units) return i;
    n += units;
    i += width;
  }
  return text.length;
}

/**
 * Folds a short string (a name, a qualifier value, a quote) for comparison: `fold(text).folded`
 * with paragraph breaks as spaces, without the offset maps. A string that folding leaves as it
 * is (most keys) is returned without copying.
 */
export function foldKey(text: string): string {
  let i = 0;
  for (; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (kinds[code] !== Kind.Keep) break;
  }
  if (i === text.length) return text;
  return stringOf(scratch, foldUnits(text, 0, text.length, false));
}

/** The original range `[start, end)` covered by folded range `[from, to)` (`to > from`). */
export function originalRange(f: FoldedText, from: number, to: number): { start: number; end: number } {
  const start = f.startOf(from);
  const end = to > from ? f.endOf(to - 1) : start;
  return { start, end };
}
