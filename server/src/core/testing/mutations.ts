/**
 * Claims files as a journalist's typing leaves them: valid Arabic and French files with
 * characters and whole lines inserted, deleted or duplicated, harakat, bidi marks and CRLF thrown
 * in. Property tests run on these rather than on random ASCII.
 */
import fc from "fast-check";

// Valid Arabic and French claims files to mutate: the inputs a journalist's typing produces are
// near-valid files, not random ASCII.
export const seeds = [
  `# الواحة
source al-waha-2024-06-08
  outlet: الواحة
  published: 2024-06-08
  text: al-waha.txt   # المقال
claim خلايا_مفككة {سنة: ٢٠١٧، مكان: "الدار البيضاء"} = ١٣
  quote: «قال إن «الديستي» فككت ١٣ خلية» # ليس تعليقا
  via: @bcij-statement
claim arrested {operation: 2024-06-06} = 21..41
  quote: «تتراوح أعمارهم بين 21 و41 سنة،
      حسب البلاغ»
  rank: preferred
  reason: البلاغ الرسمي
`,
  `source quotidien-detroit
  outlet: Le Quotidien du Détroit
  language: fr
claim tués {événement: "attentat d'Argana"} = ~17
  quote: “dix-sept morts, dont huit Français”
claim date {événement: argana} = 2011-04-28
claim lieu {événement: argana} = «Marrakech»
claim cellules {année: 2017} = >=9
`,
  `# metrics.claims — what the metrics are
metric cells_dismantled
  kind: flow   # counted over a window
  unit: cells
  label-ar: خلايا مفككة
  label-fr: cellules démantelées
  alias: خلايا_مفككة
  alias: cellules_démantelées
  part-of: cells_all
metric cells_all
  kind: flow
qualifier event: argana-2011
  alias: أركانة
  alias: «Argana café»
  note: the café bombing of 28 April 2011
`,
];

const marks = ["\u064e", "\u0651", "\u0640", "\u200f", "\u200e", "\u2067", "\u2069", "\u00a0", "\r\n", "\r", "«", "»", "#", "{", "}", "=", ":", "\n", " ", "\t", "𝟙", "\ufeff"];

/** A seed with characters and whole lines inserted, deleted or duplicated. */
export const mutatedClaimsFile = fc
  .tuple(
    fc.constantFrom(...seeds),
    fc.array(
      fc.oneof(
        fc.tuple(fc.constant("insert" as const), fc.nat(), fc.oneof(fc.constantFrom(...marks), fc.string({ maxLength: 3 }))),
        fc.tuple(fc.constant("delete" as const), fc.nat(), fc.integer({ min: 1, max: 8 })),
        fc.tuple(fc.constant("line" as const), fc.nat(), fc.nat()),
      ),
      { maxLength: 12 },
    ),
  )
  .map(([seed, edits]) => {
    let text = seed;
    for (const [kind, at, arg] of edits) {
      const pos = text.length === 0 ? 0 : at % (text.length + 1);
      if (kind === "insert") text = text.slice(0, pos) + String(arg) + text.slice(pos);
      else if (kind === "delete") text = text.slice(0, pos) + text.slice(pos + Number(arg));
      else {
        const lines = text.split("\n");
        const from = lines[pos % lines.length] ?? "";
        lines.splice(Number(arg) % (lines.length + 1), 0, from);
        text = lines.join("\n");
      }
    }
    return text;
  });
