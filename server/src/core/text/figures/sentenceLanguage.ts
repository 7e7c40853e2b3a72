/** The language a sentence is written in, guessed from its letters and function words. */
import type { Lang } from "../numbers";

/** Arabic when Arabic letters dominate; else French or English by their function words. */
export function detectLang(sentence: string): Lang {
  let ar = 0;
  let latin = 0;
  // Arabic and Latin letters by code unit ranges (as scriptOf in tokenCursor.ts): this runs on every sentence read.
  for (let k = 0; k < sentence.length; k++) {
    const c = sentence.charCodeAt(k);
    if (c >= 0x0600 && c <= 0x06ff) ar++;
    else if ((c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0xc0 && c <= 0x24f)) latin++;
  }
  if (ar >= latin) return "ar";
  const words = sentence.toLowerCase().split(/[^a-zà-ÿ]+/);
  let fr = 0;
  let en = 0;
  for (const w of words) {
    if (FR_HINTS.has(w)) fr++;
    if (EN_HINTS.has(w)) en++;
  }
  return en > fr ? "en" : "fr";
}
const FR_HINTS = new Set("le la les des du et est une un pour dans sur avec au aux été sont ont par qui que mois année ans hier personnes selon".split(" "));
const EN_HINTS = new Set("the of and is was were to in with for at by from people year years said last this more than".split(" "));
