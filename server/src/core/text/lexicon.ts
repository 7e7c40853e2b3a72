/**
 * Words that carry figures in Arabic, French and English news, keyed by their folded form
 * (see fold.ts): number words, scale words, ordinals, months, weekdays, and the countable nouns
 * whose duals state "two".
 */
import { foldKey } from "./fold";

function table(entries: Record<string, number>): Map<string, number> {
  const map = new Map<string, number>();
  for (const [words, value] of Object.entries(entries)) {
    for (const word of words.split(" ")) map.set(foldKey(word), value);
  }
  return map;
}

function set(words: string): Set<string> {
  return new Set(words.split(/\s+/).filter(Boolean).map(foldKey));
}

// Arabic cardinals. Units 3–10 come in both genders; the folded forms (ة → ه) are generated.
export const AR_UNITS = table({
  "واحد واحدة": 1,
  "اثنان اثنين اثنتان اثنتين ثنتان ثنتين": 2,
  "ثلاث ثلاثة": 3,
  "أربع أربعة": 4,
  "خمس خمسة": 5,
  "ست ستة": 6,
  "سبع سبعة": 7,
  "ثمان ثماني ثمانية": 8,
  "تسع تسعة": 9,
  "عشر عشرة": 10,
});
/** First words of 11 and 12: أحد/إحدى عشر, اثنا/اثنتا عشر. */
export const AR_TEEN_HEADS = table({ "أحد إحدى حادي": 1, "اثنا اثني اثنتا اثنتي": 2 });
export const AR_TEN = set("عشر عشرة");
export const AR_TENS = table({
  "عشرون عشرين": 20,
  "ثلاثون ثلاثين": 30,
  "أربعون أربعين": 40,
  "خمسون خمسين": 50,
  "ستون ستين": 60,
  "سبعون سبعين": 70,
  "ثمانون ثمانين": 80,
  "تسعون تسعين": 90,
});
export const AR_HUNDREDS = table({
  "مائة مئة ماية": 100,
  "مائتان مائتين مئتان مئتين مائتا مئتا مائتي مئتي": 200,
  "ثلاثمائة ثلاثمئة": 300,
  "أربعمائة أربعمئة": 400,
  "خمسمائة خمسمئة": 500,
  "ستمائة ستمئة": 600,
  "سبعمائة سبعمئة": 700,
  "ثمانمائة ثمانمئة ثمانيمائة": 800,
  "تسعمائة تسعمئة": 900,
});
export const AR_HUNDRED = set("مائة مئة");
/** Scale words: the value multiplies what precedes them (or stands alone as one unit). */
export const AR_SCALES = table({
  "ألف ألفا آلاف ألاف": 1e3,
  "مليون مليونا ملايين": 1e6,
  "مليار مليارا مليارات بليون بليونا": 1e9,
  "تريليون تريليونا تريليونات ترليون ترليونا ترليونات": 1e12,
});
/** Duals of scale words: ألفان = 2000. */
export const AR_SCALE_DUALS = table({ "ألفان ألفين": 2e3, "مليونان مليونين": 2e6, "ملياران مليارين": 2e9, "تريليونان تريليونين ترليونان ترليونين": 2e12 });
/** Plural scale words that need a number before them (آلاف alone is a vague quantity). */
export const AR_SCALE_PLURALS = set("آلاف ألاف ملايين مليارات تريليونات ترليونات");
/** Fractions that multiply a scale after them (نصف مليون, ربع مليون) or add to one before them (مليون ونصف). */
export const AR_SCALE_FRACTIONS = table({ نصف: 1 / 2, ربع: 1 / 4, ثلث: 1 / 3 });
/** Fractions read as values before a noun: ثلث السكان, ربع الطلبة, خمس السوق (خمس only there: before anything else it is five). */
export const AR_VALUE_FRACTIONS = table({ نصف: 1 / 2, ربع: 1 / 4, ثلث: 1 / 3, خمس: 1 / 5 });
/** Duals of fractions: ثلثا الأعضاء, ثلثي النواب. */
export const AR_FRACTION_DUALS = table({ "ثلثا ثلثي": 2 / 3 });
/** Plurals of fractions after a count of two to nine: ثلاثة أرباع is three quarters. */
export const AR_FRACTION_PLURALS = table({ أرباع: 4, أثلاث: 3, أخماس: 5 });
/** Denominators of French and English fractions: un quart, deux tiers, a third, three quarters. */
export const FR_FRACTIONS = table({
  "quart quarts": 4,
  tiers: 3,
  "cinquième cinquièmes": 5,
  "sixième sixièmes": 6,
  "septième septièmes": 7,
  "huitième huitièmes": 8,
  "neuvième neuvièmes": 9,
  "dixième dixièmes": 10,
  "centième centièmes": 100,
});
export const EN_FRACTIONS = table({
  "third thirds": 3,
  "quarter quarters": 4,
  "fifth fifths": 5,
  "sixth sixths": 6,
  "seventh sevenths": 7,
  "eighth eighths": 8,
  "ninth ninths": 9,
  "tenth tenths": 10,
});
/** A dozen: دزينة is twelve, ثلاث دزينات thirty-six, دزينتان twenty-four. */
export const AR_DOZENS = table({ "دزينة دزينات": 12 });
export const AR_DOZEN_DUALS = table({ "دزينتان دزينتين": 24 });

/** Arabic ordinals with the article (and without it in construct: ثاني أكبر). */
export const AR_ORDINALS = table({
  "الأول الأولى": 1,
  "الثاني الثانية": 2,
  "الثالث الثالثة": 3,
  "الرابع الرابعة": 4,
  "الخامس الخامسة": 5,
  "السادس السادسة": 6,
  "السابع السابعة": 7,
  "الثامن الثامنة": 8,
  "التاسع التاسعة": 9,
  "العاشر العاشرة": 10,
  "الحادي الحادية": 1,
});
/** Indefinite ordinals read only before a noun (construct): أول مرة, ثاني أكبر. */
export const AR_CONSTRUCT_ORDINALS = table({
  أول: 1,
  ثاني: 2,
  ثالث: 3,
  رابع: 4,
  خامس: 5,
  سادس: 6,
  سابع: 7,
  ثامن: 8,
  تاسع: 9,
  عاشر: 10,
});
/** Cardinals with the article (دوراته السبع, المتهمون الثمانية): still cardinals. */
export const AR_ARTICLE_UNITS = table({
  "الثلاث الثلاثة": 3,
  "الأربع الأربعة": 4,
  "الخمس الخمسة": 5,
  "الست الستة": 6,
  "السبع السبعة": 7,
  "الثماني الثمانية": 8,
  "التسع التسعة": 9,
  "العشر العشرة": 10,
  "الاثنان الاثنتان الاثنتين": 2,
});
export const AR_ARTICLE_TENS = table({
  "العشرون العشرين": 20,
  "الثلاثون الثلاثين": 30,
  "الأربعون الأربعين": 40,
  "الخمسون الخمسين": 50,
  "الستون الستين": 60,
  "السبعون السبعين": 70,
  "الثمانون الثمانين": 80,
  "التسعون التسعين": 90,
});

/**
 * Countable nouns whose dual states "two". `f` marks nouns in ة (dual in تان/تين); `plural`
 * marks nouns whose sound plural ends in ين like the oblique dual (المعتقلين): for them only
 * the unambiguous nominative ان is read.
 */
const DUAL_NOUNS: [string, "m" | "f", boolean][] = [];
function nouns(kind: "m" | "f", plural: boolean, words: string): void {
  for (const w of words.split(/\s+/).filter(Boolean)) DUAL_NOUNS.push([w, kind, plural]);
}
nouns("m", false, "شخص رجل طفل قتيل جريح يوم شهر عام أسبوع عنصر جندي ضابط صندوق ولد شاب فريق منزل بيت هدف مقعد قرن حزب");
nouns("f", false, "خلية عملية سنة ساعة دقيقة سيارة شاحنة حافلة طائرة سفينة امرأة سائحة بقرة مرة فتاة طفلة سيدة دورة مسيرة جولة مباراة رحلة جريمة حالة قنبلة عبوة شركة مؤسسة مدرسة قرية مدينة جامعة وزيرة سنتيمتر مظاهرة تظاهرة نقطة ليلة");
nouns("m", false, "نائب وزير سائح طالب شقيق");
// Sound plurals in ين look like oblique duals: only the nominative dual ان is read for these.
nouns("m", true, "برلماني شرطي مواطن متهم معتقل مشتبه مهاجر لاجئ مصاب مسؤول إرهابي لاعب عامل مدير");
export const DUAL_STEMS = new Map<string, { plural: boolean }>();
for (const [word, kind, plural] of DUAL_NOUNS) {
  const key = foldKey(word);
  // ة folds to ه; the dual is built on the t-stem: خلية → خليت+ان.
  const stem = kind === "f" && key.endsWith("ه") ? key.slice(0, -1) + "ت" : key;
  DUAL_STEMS.set(stem, { plural });
}

/** Arabic prefixes written joined to the next word, longest first (ك "like" is left out: كمية is not ك+مية). */
export const AR_PREFIXES = ["وبال", "ولل", "فبال", "فال", "وال", "بال", "لل", "ال", "وب", "ول", "فب", "فل", "و", "ف", "ب", "ل"].map(foldKey);
/** Prefixes that may stand before a number (not the article). */
export const AR_NUMBER_PREFIXES = ["وب", "ول", "فب", "فل", "و", "ف", "ب", "ل"].map(foldKey);
/** Proper nouns that look like the dual of a listed noun (طالبان is not two students). */
export const NOT_DUALS = new Set(["طالبان"].map(foldKey));

// French and English cardinals.
export const FR_UNITS = table({
  "zéro zero": 0,
  "un une": 1,
  deux: 2,
  trois: 3,
  quatre: 4,
  cinq: 5,
  six: 6,
  sept: 7,
  huit: 8,
  neuf: 9,
  dix: 10,
  onze: 11,
  douze: 12,
  treize: 13,
  quatorze: 14,
  quinze: 15,
  seize: 16,
  vingt: 20,
  vingts: 20,
  trente: 30,
  quarante: 40,
  cinquante: 50,
  soixante: 60,
  // Belgian and Swiss French.
  septante: 70,
  "huitante octante": 80,
  nonante: 90,
});
/** French counts on the long scale: un milliard is 10⁹, un billion 10¹², un trillion 10¹⁸; une douzaine multiplies by twelve. */
export const FR_SCALES = table({
  "douzaine douzaines": 12,
  "cent cents": 100,
  "mille mil": 1e3,
  "million millions": 1e6,
  "milliard milliards": 1e9,
  "billion billions": 1e12,
  "trillion trillions": 1e18,
});
export const EN_UNITS = table({
  zero: 0,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
});
/** English counts on the short scale: a billion is 10⁹, a trillion 10¹². */
export const EN_SCALES = table({ hundred: 100, "thousand thousands": 1e3, "million millions": 1e6, "billion billions": 1e9, "trillion trillions": 1e12, dozen: 12 });
/**
 * Scales written as a suffix, by their exact spelling (case matters: 3M is three million, 3m
 * three metres). `spaced` ones may stand apart from the digits («10 Md»); the others are glued.
 */
export const SUFFIX_SCALES = new Map<string, { scale: number; spaced: boolean }>([
  ["k", { scale: 1e3, spaced: false }],
  ["K", { scale: 1e3, spaced: false }],
  ["M", { scale: 1e6, spaced: false }],
  ["Mio", { scale: 1e6, spaced: true }],
  ["Md", { scale: 1e9, spaced: true }],
  ["Mds", { scale: 1e9, spaced: true }],
  ["Mrd", { scale: 1e9, spaced: true }],
  ["Mrds", { scale: 1e9, spaced: true }],
  ["bn", { scale: 1e9, spaced: true }],
]);

export const FR_ORDINALS = table({
  "premier première premiers premières 1er 1ère 1re": 1,
  "deuxième second seconde": 2,
  "troisième": 3,
  "quatrième": 4,
  "cinquième": 5,
  "sixième": 6,
  "septième": 7,
  "huitième": 8,
  "neuvième": 9,
  "dixième": 10,
  "onzième": 11,
  "douzième": 12,
  "treizième": 13,
  "quatorzième": 14,
  "quinzième": 15,
  "seizième": 16,
  "vingtième": 20,
  "trentième": 30,
  "quarantième": 40,
  "cinquantième": 50,
  "soixantième": 60,
  "centième": 100,
  "millième": 1000,
});
/** French ordinals written after a compound's head: vingt et unième, quatre-vingt-dixième. */
export const FR_ORDINAL_TAILS = table({ unième: 1, deuxième: 2, troisième: 3, quatrième: 4, cinquième: 5, sixième: 6, septième: 7, huitième: 8, neuvième: 9, dixième: 10 });
export const EN_ORDINALS = table({
  first: 1,
  second: 2,
  third: 3,
  fourth: 4,
  fifth: 5,
  sixth: 6,
  seventh: 7,
  eighth: 8,
  ninth: 9,
  tenth: 10,
  eleventh: 11,
  twelfth: 12,
  thirteenth: 13,
  fourteenth: 14,
  fifteenth: 15,
  sixteenth: 16,
  seventeenth: 17,
  eighteenth: 18,
  nineteenth: 19,
  twentieth: 20,
  thirtieth: 30,
  fortieth: 40,
  fiftieth: 50,
  hundredth: 100,
});

/** Month names: Egyptian/Gulf, Moroccan, Algerian/Tunisian, Levantine (one-word ones), French, English. */
export const MONTHS = table({
  "يناير جانفي janvier january jan janv": 1,
  "فبراير فيفري شباط février fevrier february feb févr fevr": 2,
  "مارس آذار اذار mars march mar": 3,
  "أبريل ابريل إبريل أفريل افريل نيسان avril april apr avr": 4,
  "مايو ماي أيار ايار mai may": 5,
  "يونيو يونيه جوان حزيران juin june jun": 6,
  "يوليو يوليه يوليوز جويلية جويليه تموز juillet july jul juil": 7,
  "أغسطس اغسطس غشت أوت اوت آب août aout august aug": 8,
  "سبتمبر شتنبر أيلول ايلول septembre september sep sept": 9,
  "أكتوبر اكتوبر octobre october oct": 10,
  "نوفمبر نونبر novembre november nov": 11,
  "ديسمبر دجنبر décembre decembre december dec déc": 12,
});
/** Levantine two-word months: كانون الثاني = January, تشرين الأول = October. */
export const LEVANT_MONTHS = new Map<string, number>([
  [foldKey("كانون الثاني"), 1],
  [foldKey("تشرين الأول"), 10],
  [foldKey("تشرين الثاني"), 11],
  [foldKey("كانون الأول"), 12],
]);
/** Month names that are also common words: read only beside a day or a year. */
export const AMBIGUOUS_MONTHS = set("مارس آب اب mars may mai mar jan dec sep oct nov aug apr jun jul feb sept");
export const HIJRI_MONTHS = new Map<string, number>([
  [foldKey("محرم"), 1],
  [foldKey("صفر"), 2],
  [foldKey("ربيع الأول"), 3],
  [foldKey("ربيع الثاني"), 4],
  [foldKey("ربيع الآخر"), 4],
  [foldKey("جمادى الأولى"), 5],
  [foldKey("جمادى الآخرة"), 6],
  [foldKey("جمادى الثانية"), 6],
  [foldKey("رجب"), 7],
  [foldKey("شعبان"), 8],
  [foldKey("رمضان"), 9],
  [foldKey("شوال"), 10],
  [foldKey("ذو القعدة"), 11],
  [foldKey("ذي القعدة"), 11],
  [foldKey("ذو الحجة"), 12],
  [foldKey("ذي الحجة"), 12],
]);

/** Weekdays, 0 = Sunday as in Date.getUTCDay. */
export const WEEKDAYS = table({
  "الأحد dimanche sunday": 0,
  "الاثنين الإثنين lundi monday": 1,
  "الثلاثاء mardi tuesday": 2,
  "الأربعاء mercredi wednesday": 3,
  "الخميس jeudi thursday": 4,
  "الجمعة vendredi friday": 5,
  "السبت samedi saturday": 6,
});
export const WEEKDAY_NAMES = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"] as const;
