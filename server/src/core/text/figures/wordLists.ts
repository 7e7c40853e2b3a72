/** Word lists used by the patterns, as sequences of folded keys. */
import { foldKey } from "../fold";
import type { Lang } from "../numbers";

/** Phrases as sequences of folded keys, one per space-separated word. */
export const phrases = (list: string[]): string[][] => list.map((p) => p.split(" ").map(foldKey));
/** A set of folded keys from space-separated words. */
export const keys = (words: string): Set<string> => new Set(words.split(/\s+/).filter(Boolean).map(foldKey));

export type BoundKind = ">" | ">=" | "<" | "<=";
const bounds = (kind: BoundKind, list: string[]): [string[], BoundKind][] => phrases(list).map((p) => [p, kind]);
/**
 * Words before a quantity that bound it. The longest phrase wins, so «لا أقل من» is ≥ although
 * it ends in «أقل من» (<), and «supérieur ou égal à» is ≥ although it starts as «supérieur à».
 */
export const BOUND_PREFIXES: [string[], BoundKind][] = [
  ...bounds(">=", [
    "ما لا يقل عن", "لا يقل عن", "لا تقل عن", "ما لا يقل على", "لا يقل على", "على الأقل", "على أقل تقدير", "لا أقل من", "ليس أقل من",
    "أكبر من أو يساوي", "أكثر من أو يساوي", "يساوي أو يفوق", "يساوي أو يزيد عن",
    "au moins", "au minimum", "un minimum de", "un minimum d", "pas moins de", "pas moins d",
    "supérieur ou égal à", "supérieure ou égale à", "supérieurs ou égaux à", "supérieures ou égales à", "égal ou supérieur à", "égale ou supérieure à",
    "at least", "no fewer than", "no less than", "not less than", "not fewer than", "a minimum of", "greater than or equal to", "equal to or greater than",
    "≥", "⩾", "> =",
  ]),
  ...bounds("<=", [
    "ما لا يزيد عن", "ما لا يزيد على", "لا يزيد عن", "لا يزيد على", "لا تزيد عن", "لا تزيد على", "لا تتجاوز", "لا يتجاوز", "لم تتجاوز", "لم يتجاوز", "ما لا يتجاوز",
    "إلى غاية", "الى غاية", "على الأكثر", "لا أكثر من", "ليس أكثر من", "أقل من أو يساوي", "أصغر من أو يساوي", "يساوي أو يقل عن", "يصل إلى", "تصل إلى",
    "jusqu à", "au plus", "au maximum", "un maximum de", "un maximum d", "pas plus de", "pas plus d",
    "inférieur ou égal à", "inférieure ou égale à", "inférieurs ou égaux à", "inférieures ou égales à", "égal ou inférieur à", "égale ou inférieure à",
    "up to", "at most", "no more than", "not more than", "a maximum of", "less than or equal to", "equal to or less than",
    "≤", "⩽", "< =",
  ]),
  ...bounds(">", [
    "أكثر من", "ما يزيد عن", "ما يزيد على", "يزيد عن", "يزيد على", "ما يفوق", "يفوق", "تفوق", "فاق", "فاقت", "أزيد من", "ما يربو على", "يربو على",
    "تجاوز عتبة", "تجاوزت عتبة", "تتجاوز عتبة", "يتجاوز عتبة", "تجاوز", "تجاوزت", "يتجاوز", "تتجاوز", "أكبر من", "فوق", "ما فوق",
    "plus de", "plus d", "supérieur à", "supérieure à", "supérieurs à", "supérieures à", "au - dessus de", "au dessus de", "au - delà de", "au delà de",
    "more than", "over", "in excess of", "greater than", "above",
    ">",
  ]),
  ...bounds("<", [
    "أقل من", "ما يقل عن", "أصغر من", "تحت", "ما تحت",
    "moins de", "moins d", "inférieur à", "inférieure à", "inférieurs à", "inférieures à", "en dessous de", "en - dessous de", "au - dessous de", "au dessous de",
    "less than", "fewer than", "under", "below",
    "<",
  ]),
];
/** Words after a quantity (and its unit) that bound it: «شهر أو أكثر», «18 ans ou plus». */
export const BOUND_SUFFIXES: [string[], BoundKind][] = [
  ...bounds(">=", ["على الأقل", "على أقل تقدير", "أو أكثر", "فأكثر", "فما فوق", "كحد أدنى", "ou plus", "et plus", "au moins", "au minimum", "or more", "at least", "at a minimum"]),
  ...bounds("<=", ["أو أقل", "فأقل", "فما دون", "على الأكثر", "كحد أقصى", "ou moins", "au plus", "au maximum", "or less", "or fewer", "at most", "at the most", "at a maximum"]),
];
/**
 * «يصل إلى» bounds a quantity from above («غرامة تصل إلى 5000 درهم»), save where it states the
 * amount of a value named just before it («بقيمة تصل إلى 35 مليار درهم» is 35 billion, as the
 * press means it) or a result («ليصل إلى 50», to reach 50).
 */
export const REACH_WORDS = keys("يصل تصل");
export const AMOUNT_NOUNS = keys("قيمة كلفة تكلفة مبلغ حجم");
export const APPROX_PREFIXES = phrases(["~", "≈", "نحو", "حوالي", "حوالى", "قرابة", "زهاء", "ما يقارب", "يقارب", "تقارب", "ما يناهز", "يناهز", "ناهز", "ناهزت", "تناهز", "environ", "près de", "près d", "quelque", "autour de", "approximativement", "about", "around", "nearly", "almost", "approximately", "roughly", "some", "close to"]);
export const APPROX_SUFFIXES = phrases(["تقريبا", "environ", "approximately", "or so"]);
/** After a quantity and its unit, these make it negative: «7 درجات تحت الصفر», «4 degrés sous zéro». */
export const BELOW_ZERO = phrases(["تحت الصفر", "sous zéro", "sous zero", "au - dessous de zéro", "en dessous de zéro", "below zero"]);
export const PERCENT_WORDS = phrases(["في المائة", "في المئة", "في المائه", "بالمائة", "بالمئة", "pour cent", "pourcent", "pour - cent", "percent", "per cent"]);
export const RANGE_OPENERS: [string[], string[]][] = [
  [phrases(["ما بين", "بين"])[0]!, ["و"]],
  [phrases(["بين"])[0]!, ["و"]],
  [phrases(["من"])[0]!, ["الى", "حتى"]],
  [phrases(["entre"])[0]!, ["et"]],
  [phrases(["de"])[0]!, ["à", "a"]],
  [phrases(["d"])[0]!, ["à", "a"]],
  [phrases(["between"])[0]!, ["and"]],
  [phrases(["from"])[0]!, ["to"]],
];
export const ALTERNATIVES = keys("أو او ou or");
export const UNOPENED_TO = keys("to à إلى");

export const STOP = keys(`في من على الى إلى عن مع و أو ثم حتى منذ خلال بين قبل بعد عند لدى هو هي هم التي الذي الذين ان أن إن
  كان كانت قد لا لم لن ما هذا هذه ذلك تلك كل بعض غير سوى فقط أيضا منها منهم منهن فيها عليها حيث كما مقابل
  le la les l un une des de du d et ou à au aux en dans par pour sur avec sans que qui est sont a ont été soit dont
  the a an of and or in on at to for by with from is are was were has have had that which than`);

export const VAGUE_AR = new Map<string, [number, number]>([
  [foldKey("عشرات"), [10, 99]],
  [foldKey("العشرات"), [10, 99]],
  [foldKey("مئات"), [100, 999]],
  [foldKey("المئات"), [100, 999]],
  [foldKey("مئات"), [100, 999]],
  [foldKey("آلاف"), [1000, 9999]],
  [foldKey("الآلاف"), [1000, 9999]],
  [foldKey("ألوف"), [1000, 9999]],
  [foldKey("ملايين"), [1e6, 1e9 - 1]],
  [foldKey("الملايين"), [1e6, 1e9 - 1]],
  [foldKey("بضع"), [3, 9]],
  [foldKey("بضعة"), [3, 9]],
]);
export const VAGUE_LATIN = new Map<string, [number, number]>([
  ["dizaines", [10, 99]],
  ["centaines", [100, 999]],
  ["milliers", [1000, 9999]],
  ["millions", [1e6, 1e9 - 1]],
  ["dozens", [24, 99]],
  ["tens", [10, 99]],
  ["hundreds", [100, 999]],
  ["thousands", [1000, 9999]],
]);
/** French approximate nouns: une dizaine = about 10. */
export const FR_APPROX_NOUNS = new Map<string, number>([
  ["dizaine", 10], ["douzaine", 12], ["quinzaine", 15], ["vingtaine", 20], ["trentaine", 30],
  ["quarantaine", 40], ["cinquantaine", 50], ["soixantaine", 60], ["centaine", 100], ["millier", 1000],
]);

export const YEAR_CONTEXT = keys(`سنة عام العام السنة لسنة لعام بسنة بعام متم مطلع بداية نهاية أواخر أوائل منتصف أفق خلال منذ مند في حتى
  قبل بعد سنتي عامي وسنة وعام en in depuis since année an year during by until fin début mi courant été hiver printemps automne`);
export const HIJRI_MARKS = keys("ه هـ للهجرة هجرية هجري");
export const LAST_WORDS = keys("الماضي الماضية المنصرم المنصرمة الفارط الفارطة الفائت الفائتة dernier dernière passé passée last");
export const THIS_WORDS = keys("الجاري الجارية الحالي الحالية");
export const NEXT_WORDS = keys("المقبل المقبلة القادم القادمة prochain prochaine next");
export const YEAR_WORDS = keys("العام السنة عام سنة");
export const MONTH_WORDS = keys("الشهر شهر");
export const NOT_ORDINAL_AFTER = keys("كانون تشرين ربيع جمادى الوزير الحسن محمد الله عبدالله");
export const FR_TITLES = keys("ministre magistrat secrétaire responsable vice plan lieu temps ministère");
export const ORDINAL_SUFFIXES = new Map<string, Lang>([
  ["e", "fr"], ["ème", "fr"], ["eme", "fr"], ["è", "fr"], ["er", "fr"], ["re", "fr"], ["ère", "fr"], ["ere", "fr"],
  ["st", "en"], ["nd", "en"], ["rd", "en"], ["th", "en"],
]);
export const ROMAN = new Map<string, number>(
  ["i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii", "xiii", "xiv", "xv", "xvi", "xvii", "xviii", "xix", "xx"].map((r, k) => [r, k + 1]),
);
export const ROMAN_HEADS = keys("acte tome saison chapitre act");
export const CLOCK_WORDS = keys("الساعة الساعه");
