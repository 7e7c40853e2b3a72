/**
 * Characters that make text read otherwise than it shows (CVE-2021-42574, "Trojan Source"):
 * bidi controls that reorder what is drawn (`‮31‬` shows as 13), digits of two scripts in one
 * number (`۴٤4`), and letters of another script that look like Latin ones (a Cyrillic `а` in
 * `аl-waha`). Pure scanners over a span of text; the checks decide where each rule applies.
 */

/** A hidden control or an odd character, with the offset where it stands. */
export interface Trick {
  readonly start: number;
  readonly end: number;
  readonly chars: string;
}

/** Embeddings, overrides and isolates: U+202A–U+202E, U+2066–U+2069. */
export function isBidiControl(c: number): boolean {
  return (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069);
}

/** The directional marks LRM, RLM and ALM: normal between words of Arabic prose. */
export function isBidiMark(c: number): boolean {
  return c === 0x200e || c === 0x200f || c === 0x061c;
}

function isHidden(c: number): boolean {
  return isBidiControl(c) || isBidiMark(c);
}

/** A decimal digit of any script (`\p{Nd}`), for the rule that a control touching a digit hides a figure. */
function isDigitAt(text: string, i: number): boolean {
  const ch = text.codePointAt(i);
  return ch !== undefined && /\p{Nd}/u.test(String.fromCodePoint(ch));
}

/**
 * The hidden controls of `[start, end)`. `strict` (ids, values, qualifiers, headers): every
 * embedding, override and isolate, and marks where they touch a digit. Otherwise (quotes, prose,
 * an article's passage): any of them only where it touches a digit — a right-to-left mark
 * between words of Arabic prose is normal and says nothing. A control touches a digit when the
 * nearest character beside it that is not itself a control is one. Adjacent controls make one trick.
 */
export function hiddenControls(text: string, start: number, end: number, strict: boolean): Trick[] {
  const out: Trick[] = [];
  let i = Math.max(0, start);
  const stop = Math.min(end, text.length);
  while (i < stop) {
    if (!isHidden(text.charCodeAt(i))) {
      i++;
      continue;
    }
    let j = i;
    let strong = false;
    while (j < stop && isHidden(text.charCodeAt(j))) {
      if (isBidiControl(text.charCodeAt(j))) strong = true;
      j++;
    }
    // Beside a digit, looking past the run to the text around the span too: `‮31‬` quoted as `31`.
    const touches = (i > 0 && isDigitAt(text, i - 1)) || (j < text.length && isDigitAt(text, j));
    if ((strict && strong) || touches) out.push({ start: i, end: j, chars: text.slice(i, j) });
    i = j;
  }
  return out;
}

/** `text` with each hidden control written out, `⟨U+202E⟩`, so that a hover shows what the editor hides. */
export function visibleControls(text: string): string {
  let out = "";
  for (const ch of text) {
    const c = ch.charCodeAt(0);
    out += isHidden(c) ? `⟨${codeName(c)}⟩` : ch;
  }
  return out;
}

/** Whether `text` holds a hidden control. */
export function hasHiddenControl(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (isHidden(text.charCodeAt(i))) return true;
  return false;
}

/** `U+202E`, the name a control is given in messages. */
export function codeName(c: number): string {
  return `U+${c.toString(16).toUpperCase().padStart(4, "0")}`;
}

/** The code names of a run of controls: `U+202E U+202C`. */
export function codeNames(chars: string): string {
  return [...chars].map((ch) => codeName(ch.charCodeAt(0))).join(" ");
}

type DigitScript = "Western" | "Arabic-Indic" | "Persian";

function digitScript(c: number): DigitScript | undefined {
  if (c >= 0x30 && c <= 0x39) return "Western";
  if (c >= 0x660 && c <= 0x669) return "Arabic-Indic";
  if (c >= 0x6f0 && c <= 0x6f9) return "Persian";
  return undefined;
}

/** Marks that may stand inside one written number: separators and the controls that can hide between digits. */
function insideNumber(c: number): boolean {
  return c === 0x2e || c === 0x2c || c === 0x66b || c === 0x66c || c === 0x27 || c === 0xa0 || c === 0x202f || isHidden(c);
}

/** A number of `[start, end)` written in digits of more than one script (`۴٤4`), with the scripts it mixes. */
export interface MixedNumber extends Trick {
  readonly scripts: readonly string[];
}

/** The numbers of `[start, end)` whose digits come from more than one script. */
export function mixedDigitNumbers(text: string, start: number, end: number): MixedNumber[] {
  const out: MixedNumber[] = [];
  const stop = Math.min(end, text.length);
  let i = Math.max(0, start);
  while (i < stop) {
    if (digitScript(text.charCodeAt(i)) === undefined) {
      i++;
      continue;
    }
    const scripts = new Set<DigitScript>();
    let last = i;
    let j = i;
    while (j < stop) {
      const c = text.charCodeAt(j);
      const script = digitScript(c);
      if (script) {
        scripts.add(script);
        last = j;
      } else if (!insideNumber(c)) break;
      j++;
    }
    if (scripts.size > 1) out.push({ start: i, end: last + 1, chars: text.slice(i, last + 1), scripts: [...scripts] });
    i = last + 1;
  }
  return out;
}

const LOOK_ALIKE_SCRIPTS = [
  ["Latin", /\p{Script=Latin}/u],
  ["Cyrillic", /\p{Script=Cyrillic}/u],
  ["Greek", /\p{Script=Greek}/u],
] as const;

/** An id whose letters come from Latin and Cyrillic or Greek: `аl-waha` with a Cyrillic `а`. The minority letters are the tricks. */
export interface MixedId {
  readonly scripts: readonly string[];
  /** The letters of the scripts other than the one most of the id is written in. */
  readonly odd: readonly Trick[];
}

/** The look-alike letters of an id (`[start, end)` of `text`), or undefined when its letters are of one of these scripts. */
export function mixedLetters(text: string, start: number, end: number): MixedId | undefined {
  const counts = new Map<string, number>();
  const scriptAt: (string | undefined)[] = [];
  for (let i = start; i < end; i++) {
    const ch = text[i] ?? "";
    const script = LOOK_ALIKE_SCRIPTS.find(([, re]) => re.test(ch))?.[0];
    scriptAt.push(script);
    if (script) counts.set(script, (counts.get(script) ?? 0) + 1);
  }
  if (counts.size < 2) return undefined;
  const main = [...counts.entries()].sort((a, b) => b[1] - a[1] || (a[0] === "Latin" ? -1 : 1))[0]?.[0];
  const odd: Trick[] = [];
  scriptAt.forEach((script, k) => {
    if (!script || script === main) return;
    const at = start + k;
    const previous = odd[odd.length - 1];
    if (previous && previous.end === at) odd[odd.length - 1] = { start: previous.start, end: at + 1, chars: previous.chars + (text[at] ?? "") };
    else odd.push({ start: at, end: at + 1, chars: text[at] ?? "" });
  });
  return { scripts: [...counts.keys()], odd };
}
