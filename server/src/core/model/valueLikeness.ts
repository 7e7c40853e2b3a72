/**
 * When two values of one qualifier are probably one event or place written two ways: أركانة and
 * أرغانة (Arabic has no letter for /g/, and writers choose ك, غ, ق or ڭ), Argana and أركانة (one
 * name in two scripts), `argana-cafe` and `argana cafe` (separators). Values are compared by a
 * *consonant skeleton*, a key computed once per value, so that finding a value's look-alikes is
 * one lookup, never a comparison with every other value.
 *
 * The skeleton of a text value (folded as quantity keys fold it) keeps its consonants as classes
 * shared by both scripts and drops the rest:
 * - vowels (a e i o u y, ا و ي ى), `w`, hamzas, ع and marks are dropped, Latin accents too;
 * - a final ه (a folded ة) is dropped: it is the ending /a/ Latin writes as `a` (or `ah`, whose
 *   final h after a vowel is dropped too);
 * - k, q, hard g and hard c, ك, ق, غ, ڭ, گ are one class (the /g/ Arabic writes five ways); a
 *   soft g (before e, i, y) is ج, a soft c is s;
 * - ch, sh and ش are one class; s, soft c, س, ص another; t, ط, ت, th, ث; d, ض, د, dh, ذ; h, kh,
 *   ح, خ, ه; z, ز, ظ; b, p, ب, پ; f, v, ف, ڤ; j, ج; l, ل; m, م; n, ن; r, ر; x is k + s;
 * - a letter written twice, or two letters of one class side by side, count once;
 * - digits are kept as they are (2011 is not 201), and separators (space, `-`, `_`, `.`, `'`, `/`)
 *   dropped.
 *
 * Two values look alike when their skeletons are equal and hold at least three consonants (two,
 * as `fs` for Fès or `ml` for Imlil, would match too many unrelated names). What it catches:
 * spelling and transliteration of one name (Argana / Arganah / أركانة / أرغانة, Marrakech /
 * Marrakesh / مراكش, Khouribga / خريبكة), separators. What it does not: a translation
 * (Casablanca / الدار البيضاء), a name whose two spellings differ by a consonant (Tanger / طنجة:
 * the French adds an r), words in another order, a name abbreviated or with a word more
 * (`argana` / `argana-cafe`), vowels that are the only difference (they are dropped, so
 * `Agadir` and `Agoudir` look alike: a hint, never a merge, until the journalist declares it).
 */
import { remembered } from "../memory/remembered";

export type ValueLikeness = "script" | "spelling";

/** The fewest consonants a skeleton needs to stand for a name. */
const MIN_CONSONANTS = 3;

const CLASSES: Readonly<Record<string, string>> = {
  // Arabic (as folded: ة → ه, ى/ئ → ي, ؤ → و, أ/إ/آ → ا).
  ب: "b", پ: "b", ت: "t", ط: "t", ث: "t", ج: "j", ح: "h", خ: "h", ه: "h", د: "d", ض: "d", ذ: "d",
  ر: "r", ز: "z", ظ: "z", س: "s", ص: "s", ش: "š", ف: "f", ڤ: "f", ق: "k", ك: "k", غ: "k", ڭ: "k", گ: "k",
  ل: "l", م: "m", ن: "n",
  // Latin (accents dropped before).
  b: "b", p: "b", t: "t", d: "d", r: "r", z: "z", s: "s", f: "f", v: "f", k: "k", q: "k", g: "k", j: "j",
  h: "h", l: "l", m: "m", n: "n",
};

const DROPPED = new Set([..."aeiouyw", ..."اويىءع"]);
const SEPARATORS = new Set([" ", "-", "_", ".", "'", "/"]);
const ARABIC = /[\u0600-\u06ff]/u;
const LATIN = /[a-z]/u;

const skeletons = remembered(8192, (normalised) => skeletonOf(normalised) ?? "");

/**
 * The consonant skeleton of a normalised qualifier value (`'…` for text), or undefined when it is
 * not text or holds fewer than three consonants.
 */
export function valueSkeleton(normalised: string): string | undefined {
  return skeletons(normalised) || undefined;
}

function skeletonOf(normalised: string): string | undefined {
  if (!normalised.startsWith("'")) return undefined;
  const text = normalised.slice(1).normalize("NFD").replace(/\p{M}/gu, "");
  let out = "";
  let consonants = 0;
  let last = "";
  const push = (c: string) => {
    if (c === last) return;
    out += c;
    last = c;
    consonants++;
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] ?? "";
    const next = text[i + 1] ?? "";
    if (SEPARATORS.has(ch) || DROPPED.has(ch)) continue;
    if (ch >= "0" && ch <= "9") {
      // Digits count as written: 2011 is not 201.
      out += ch;
      last = "";
      continue;
    }
    // Latin digraphs first: ch, sh (ش); kh (خ); gh (غ); th (ث); dh (ذ).
    if ((ch === "c" || ch === "s") && next === "h") {
      push("š");
      i++;
      continue;
    }
    if ((ch === "k" || ch === "g" || ch === "t" || ch === "d") && next === "h") {
      push(ch === "k" ? "h" : ch === "g" ? "k" : ch);
      i++;
      continue;
    }
    // Soft c and g before e, i, y (Fès → s; Gérard → j), hard otherwise.
    if (ch === "c" || ch === "g") {
      const soft = next === "e" || next === "i" || next === "y";
      push(ch === "c" ? (soft ? "s" : "k") : soft ? "j" : "k");
      continue;
    }
    if (ch === "x") {
      push("k");
      push("s");
      continue;
    }
    // The ending /a/: a folded ة at the end of a word, and the silent h Latin may write after it.
    const wordEnd = i + 1 === text.length || SEPARATORS.has(next);
    if (wordEnd && (ch === "ه" || (ch === "h" && "aeiou".includes(text[i - 1] ?? "")))) continue;
    const cls = CLASSES[ch];
    if (cls) push(cls);
    else if (/\p{L}/u.test(ch)) push(ch);
  }
  return consonants >= MIN_CONSONANTS ? out : undefined;
}

/** How two text values with one skeleton differ: by script (one Arabic, the other Latin), or by spelling. */
export function valueLikeness(a: string, b: string): ValueLikeness {
  const scriptOf = (v: string) => (ARABIC.test(v) ? (LATIN.test(v) ? "mixed" : "arabic") : "latin");
  const x = scriptOf(a);
  const y = scriptOf(b);
  return x !== y && x !== "mixed" && y !== "mixed" ? "script" : "spelling";
}
