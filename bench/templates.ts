/**
 * The words of the benchmark corpus: outlets, places, number words, figure-free filler sentences,
 * and the templates that state one figure each, in Arabic and in French. Every template returns
 * the sentence for the article and, inside it verbatim, the passage a claim quotes.
 */

export type Lang = "ar" | "fr";

export interface Outlet {
  readonly slug: string;
  readonly name: string;
  readonly lang: Lang;
}

export const OUTLETS: readonly Outlet[] = [
  { slug: "al-waha", name: "الواحة", lang: "ar" },
  { slug: "sada-al-atlas", name: "صدى الأطلس", lang: "ar" },
  { slug: "al-marsad", name: "المرصد", lang: "ar" },
  { slug: "al-sahil", name: "الساحل", lang: "ar" },
  { slug: "nabd-al-rif", name: "نبض الريف", lang: "ar" },
  { slug: "quotidien-detroit", name: "Le Quotidien du Détroit", lang: "fr" },
  { slug: "echo-atlas", name: "L'Écho de l'Atlas", lang: "fr" },
  { slug: "courrier-sud", name: "Le Courrier du Sud", lang: "fr" },
];

/** Places, with their Arabic and French names (the same index in both lists). */
export const PLACES_AR = ["الرباط", "الدار البيضاء", "فاس", "مراكش", "طنجة", "أكادير", "وجدة", "مكناس", "تطوان", "العيون", "الناظور", "آسفي", "القنيطرة", "بني ملال", "الجديدة", "تازة", "خريبكة", "سطات", "الراشيدية", "ورزازات"];
export const PLACES_FR = ["Rabat", "Casablanca", "Fès", "Marrakech", "Tanger", "Agadir", "Oujda", "Meknès", "Tétouan", "Laâyoune", "Nador", "Safi", "Kénitra", "Béni Mellal", "El Jadida", "Taza", "Khouribga", "Settat", "Errachidia", "Ouarzazate"];

/** Counts 3..10 in words, for a masculine plural noun in Arabic (gender polarity) and in French. */
const WORDS_AR: Record<number, string> = { 3: "ثلاثة", 4: "أربعة", 5: "خمسة", 6: "ستة", 7: "سبعة", 8: "ثمانية", 9: "تسعة", 10: "عشرة" };
const WORDS_FR: Record<number, string> = { 3: "trois", 4: "quatre", 5: "cinq", 6: "six", 7: "sept", 8: "huit", 9: "neuf", 10: "dix" };

const MONTHS_AR = ["يناير", "فبراير", "مارس", "أبريل", "ماي", "يونيو", "يوليوز", "غشت", "شتنبر", "أكتوبر", "نونبر", "دجنبر"];
const MONTHS_FR = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"];

/** Western digits as Arabic-Indic ones, as many Arabic outlets print them. */
export function indic(text: string): string {
  return text.replace(/[0-9]/g, (d) => String.fromCharCode(0x0660 + Number(d)));
}

/** A count as an article writes it: a word when there is one and `words` is set, digits otherwise. */
export function count(n: number, lang: Lang, words: boolean): string {
  if (words) {
    const w = lang === "ar" ? WORDS_AR[n] : WORDS_FR[n];
    if (w) return w;
  }
  return String(n);
}

export function dateWords(iso: string, lang: Lang): string {
  const [y, m, d] = iso.split("-").map(Number);
  return lang === "ar" ? `${d} ${MONTHS_AR[(m ?? 1) - 1]} ${y}` : `${d} ${MONTHS_FR[(m ?? 1) - 1]} ${y}`;
}

/** Sentences that state no figure: the body of every article around its claimed figures. */
export const FILLER_AR = [
  "وأوضح المصدر ذاته أن التحقيقات ما زالت جارية تحت إشراف النيابة العامة المختصة.",
  "ويرى متابعون للشأن المحلي أن هذه المعطيات تستدعي مراجعة شاملة للسياسات المعتمدة.",
  "وأكد مسؤول بالجهة أن السلطات تتابع الوضع عن كثب وتعمل على تعبئة كل الإمكانيات المتاحة.",
  "ولم يصدر أي تعليق رسمي من الوزارة الوصية إلى حدود كتابة هذه السطور.",
  "وطالبت جمعيات المجتمع المدني بفتح تحقيق مستقل لتحديد المسؤوليات.",
  "وتعرف المنطقة منذ سنوات نقاشا واسعا حول البنيات التحتية والخدمات الأساسية.",
  "وأشار التقرير إلى أن الفوارق المجالية ما تزال قائمة بين العالم القروي والحضري.",
  "وشدد المتدخلون خلال اللقاء على ضرورة إشراك الساكنة في إعداد البرامج التنموية.",
  "ويأتي هذا الإعلان في سياق وطني يتسم بتزايد الاهتمام بقضايا الحكامة والشفافية.",
  "واعتبر باحث في العلوم السياسية أن الأرقام الرسمية لا تعكس دائما حقيقة الوضع.",
  "وتداولت مواقع التواصل الاجتماعي صورا ومقاطع توثق لحظات الحادث.",
  "ودعت الهيئات المهنية إلى اعتماد مقاربة تشاركية تضمن استدامة المشاريع.",
  "وفي انتظار نتائج البحث، تبقى فرضيات عديدة مطروحة لتفسير ما جرى.",
  "وأبرز المتحدث أن التنسيق بين مختلف المتدخلين كان حاسما في تدبير هذه المرحلة.",
  "وسجل مراقبون تحسنا ملحوظا في أداء المصالح المعنية مقارنة بالسنوات الماضية.",
  "ويتوقع أن تعقد لجنة القطاعات الاجتماعية بمجلس النواب اجتماعا لمناقشة الموضوع.",
  "وأثارت هذه التطورات ردود فعل متباينة في أوساط الفاعلين الاقتصاديين.",
  "ونبه خبراء إلى مخاطر التسرع في إصدار الأحكام قبل اكتمال المعطيات.",
  "وتبقى الحاجة ملحة إلى قاعدة بيانات موحدة تتيح تتبع المؤشرات بدقة.",
  "وأفادت مصادر محلية بأن الأجواء عادت إلى طبيعتها في ساعات المساء.",
];

export const FILLER_FR = [
  "Selon la même source, l'enquête se poursuit sous la supervision du parquet compétent.",
  "Pour plusieurs observateurs, ces données appellent une révision d'ensemble des politiques publiques.",
  "Un responsable régional assure que les autorités suivent la situation de près.",
  "Le ministère de tutelle n'avait pas réagi à l'heure où nous mettions sous presse.",
  "Des associations de la société civile réclament une enquête indépendante.",
  "La région connaît depuis des années un vif débat sur les infrastructures et les services de base.",
  "Le rapport souligne la persistance des écarts entre le monde rural et les villes.",
  "Les intervenants ont insisté sur la nécessité d'associer la population à l'élaboration des programmes.",
  "Cette annonce intervient dans un contexte marqué par une attention accrue à la transparence.",
  "Un politologue estime que les chiffres officiels ne reflètent pas toujours la réalité du terrain.",
  "Des images et des vidéos du drame ont largement circulé sur les réseaux sociaux.",
  "Les organisations professionnelles appellent à une approche concertée et durable.",
  "En attendant les conclusions de l'enquête, plusieurs hypothèses restent ouvertes.",
  "La coordination entre les différents services a été décisive, selon le porte-parole.",
  "Les observateurs notent une nette amélioration du travail des services concernés.",
  "La commission parlementaire compétente devrait se réunir prochainement sur le sujet.",
  "Ces développements ont suscité des réactions contrastées parmi les opérateurs économiques.",
  "Des experts mettent en garde contre les conclusions hâtives tant que les données restent partielles.",
  "Le besoin d'une base de données unifiée pour suivre les indicateurs se fait pressant.",
  "Selon des sources locales, le calme est revenu en fin de journée.",
];

/** A figure as a claim writes it and as the article states it. */
export interface Statement {
  /** The claim's metric and qualifiers, e.g. `arrested {operation: op-12-3}`. */
  readonly quantity: string;
  /** The claim's value as written after `=`. */
  readonly value: string;
  /** The sentence of the article. */
  readonly sentence: string;
  /** The passage the claim quotes, a part of `sentence` (or its two ends around `…`). */
  readonly quote: string;
}

export interface TemplateInput {
  readonly lang: Lang;
  /** Makes the qualifiers of a local quantity unique to the article. */
  readonly tag: string;
  readonly place: number;
  /** A random number in [0, 1) per call, from the corpus generator's seeded generator. */
  readonly random: () => number;
}

const int = (random: () => number, min: number, max: number) => min + Math.floor(random() * (max - min + 1));

/**
 * Local figures: each states a quantity of one article alone (an operation, an accident, a
 * project), so only planted cases and the benchmark's edits make them disagree.
 */
export const LOCAL_TEMPLATES: readonly ((t: TemplateInput) => Statement)[] = [
  ({ lang, tag, place, random }) => {
    const n = int(random, 3, 10);
    const words = random() < 0.6;
    const c = count(n, lang, words);
    const value = lang === "ar" && random() < 0.3 ? indic(String(n)) : String(n);
    return lang === "ar"
      ? { quantity: `arrested {operation: ${tag}}`, value, sentence: `وأسفرت العملية عن توقيف ${c} أشخاص في مدينة ${PLACES_AR[place]} للاشتباه في تورطهم.`, quote: `توقيف ${c} أشخاص في مدينة ${PLACES_AR[place]}` }
      : { quantity: `arrested {operation: ${tag}}`, value, sentence: `L'opération menée à ${PLACES_FR[place]} a permis l'interpellation de ${c} individus soupçonnés.`, quote: `l'interpellation de ${c} individus` };
  },
  ({ lang, tag, place, random }) => {
    const n = int(random, 2, 40) * 10;
    const digits = lang === "ar" && random() < 0.4 ? indic(String(n)) : String(n);
    return lang === "ar"
      ? { quantity: `injured {event: ${tag}}`, value: `>${n}`, sentence: `وخلف الحادث أكثر من ${digits} جريح في ${PLACES_AR[place]} حسب حصيلة مؤقتة.`, quote: `أكثر من ${n} جريح في ${PLACES_AR[place]}` }
      : { quantity: `injured {event: ${tag}}`, value: `>${n}`, sentence: `Plus de ${n} blessés ont été recensés à ${PLACES_FR[place]}, selon un bilan provisoire.`, quote: `Plus de ${n} blessés ont été recensés à ${PLACES_FR[place]}` };
  },
  ({ lang, tag, place, random }) => {
    const n = int(random, 12, 980);
    return lang === "ar"
      ? { quantity: `seized_kg {operation: ${tag}}`, value: String(n), sentence: `وتم حجز ${n} كيلوغراما من مخدر الشيرا بميناء ${PLACES_AR[place]}.`, quote: `حجز ${n} كيلوغراما من مخدر الشيرا` }
      : { quantity: `seized_kg {operation: ${tag}}`, value: String(n), sentence: `Les enquêteurs ont saisi ${n} kilogrammes de résine de cannabis au port de ${PLACES_FR[place]}.`, quote: `ont saisi ${n} kilogrammes de résine de cannabis` };
  },
  ({ lang, tag, place, random }) => {
    const iso = `${int(random, 2015, 2024)}-${String(int(random, 1, 12)).padStart(2, "0")}-${String(int(random, 1, 28)).padStart(2, "0")}`;
    return lang === "ar"
      ? { quantity: `date {operation: ${tag}}`, value: iso, sentence: `وجرت العملية يوم ${dateWords(iso, lang)} في ${PLACES_AR[place]} بتنسيق مع السلطات المحلية.`, quote: `وجرت العملية يوم ${dateWords(iso, lang)}` }
      : { quantity: `date {operation: ${tag}}`, value: iso, sentence: `L'opération a eu lieu le ${dateWords(iso, lang)} à ${PLACES_FR[place]}, en coordination avec les autorités locales.`, quote: `L'opération a eu lieu le ${dateWords(iso, lang)}` };
  },
  ({ lang, tag, place, random }) => {
    const cells = int(random, 2, 2);
    return lang === "ar"
      ? { quantity: `cells_dismantled {operation: ${tag}}`, value: String(cells), sentence: `وأعلنت المصالح الأمنية تفكيك خليتين إرهابيتين تنشطان بين ${PLACES_AR[place]} ومدن أخرى.`, quote: `تفكيك خليتين إرهابيتين تنشطان بين ${PLACES_AR[place]}` }
      : { quantity: `cells_dismantled {operation: ${tag}}`, value: String(cells), sentence: `Deux cellules terroristes actives entre ${PLACES_FR[place]} et d'autres villes ont été démantelées.`, quote: `Deux cellules terroristes actives entre ${PLACES_FR[place]}` };
  },
  ({ lang, tag, place, random }) => {
    const n = int(random, 3, 60) * 50;
    return lang === "ar"
      ? { quantity: `participants {event: ${tag}}`, value: `~${n}`, sentence: `وشارك نحو ${n} شخص في الوقفة التي نظمت أمام مقر العمالة في ${PLACES_AR[place]}.`, quote: `وشارك نحو ${n} شخص في الوقفة` }
      : { quantity: `participants {event: ${tag}}`, value: `~${n}`, sentence: `Environ ${n} personnes ont participé au rassemblement organisé devant la préfecture de ${PLACES_FR[place]}.`, quote: `Environ ${n} personnes ont participé au rassemblement` };
  },
  ({ lang, tag, place, random }) => {
    const n = int(random, 8, 120);
    return lang === "ar"
      ? { quantity: `road_length_km {project: ${tag}}`, value: String(n), sentence: `ويمتد الطريق الجديد على طول ${n} كيلومترا في اتجاه ${PLACES_AR[place]}.`, quote: `على طول ${n} كيلومترا في اتجاه ${PLACES_AR[place]}` }
      : { quantity: `road_length_km {project: ${tag}}`, value: String(n), sentence: `La nouvelle route s'étend sur ${n} kilomètres en direction de ${PLACES_FR[place]}.`, quote: `s'étend sur ${n} kilomètres en direction de ${PLACES_FR[place]}` };
  },
  ({ lang, tag, place, random }) => {
    const year = int(random, 1998, 2023);
    return lang === "ar"
      ? { quantity: `founded {institution: ${tag}}`, value: String(year), sentence: `وتأسست الجمعية المنظمة للمهرجان في ${PLACES_AR[place]} سنة ${year} على يد مجموعة من الشباب.`, quote: `تأسست الجمعية المنظمة للمهرجان في ${PLACES_AR[place]} سنة ${year}` }
      : { quantity: `founded {institution: ${tag}}`, value: String(year), sentence: `L'association qui organise le festival de ${PLACES_FR[place]} a été fondée en ${year} par un groupe de jeunes.`, quote: `a été fondée en ${year} par un groupe de jeunes` };
  },
  ({ lang, tag, place, random }) => {
    const n = int(random, 11, 95);
    return lang === "ar"
      ? { quantity: `classrooms {project: ${tag}}`, value: String(n), sentence: `ويتضمن المشروع بناء ${n} حجرة دراسية في الجماعات القروية التابعة لإقليم ${PLACES_AR[place]}.`, quote: `بناء ${n} حجرة دراسية` }
      : { quantity: `classrooms {project: ${tag}}`, value: String(n), sentence: `Le projet prévoit la construction de ${n} salles de classe dans les communes rurales de la province de ${PLACES_FR[place]}.`, quote: `la construction de ${n} salles de classe` };
  },
];

/** Two claims stated by one span ("aged 21 to 41"): the youngest and the oldest. */
export function ageSpan(t: TemplateInput): Statement[] {
  const min = int(t.random, 18, 30);
  const max = min + int(t.random, 5, 30);
  const [sentence, quote] =
    t.lang === "ar"
      ? [`ويتعلق الأمر بأشخاص تتراوح أعمارهم بين ${min} و${max} سنة ينحدرون من ${PLACES_AR[t.place]}.`, `تتراوح أعمارهم بين ${min} و${max} سنة`]
      : [`Les suspects, originaires de ${PLACES_FR[t.place]}, sont âgés de ${min} à ${max} ans.`, `sont âgés de ${min} à ${max} ans`];
  return [
    { quantity: `age_min {operation: ${t.tag}}`, value: String(min), sentence, quote },
    { quantity: `age_max {operation: ${t.tag}}`, value: String(max), sentence: "", quote },
  ];
}

/** A regional statistic many outlets repeat: the same quantity, in agreement, across files. */
export interface SharedQuantity {
  readonly metric: "unemployment_rate" | "road_deaths" | "schools_opened";
  readonly place: number;
  readonly year: number;
  readonly value: number;
}

export function sharedStatement(q: SharedQuantity, lang: Lang): Statement {
  const quantity = `${q.metric} {region: ${regionSlug(q.place)}, year: ${q.year}}`;
  const v = q.value;
  const place = lang === "ar" ? PLACES_AR[q.place] : PLACES_FR[q.place];
  switch (q.metric) {
    case "unemployment_rate":
      return lang === "ar"
        ? { quantity, value: String(v), sentence: `وبلغ معدل البطالة في جهة ${place} سنة ${q.year} ما نسبته ${v} في المئة حسب المندوبية السامية للتخطيط.`, quote: `معدل البطالة في جهة ${place} سنة ${q.year} ما نسبته ${v} في المئة` }
        : { quantity, value: String(v), sentence: `Le taux de chômage dans la région de ${place} a atteint ${v} % en ${q.year}, selon le HCP.`, quote: `dans la région de ${place} a atteint ${v} % en ${q.year}` };
    case "road_deaths":
      return lang === "ar"
        ? { quantity, value: String(v), sentence: `ولقي ${v} شخصا حتفهم في حوادث السير بجهة ${place} خلال سنة ${q.year}.`, quote: `ولقي ${v} شخصا حتفهم في حوادث السير بجهة ${place} خلال سنة ${q.year}` }
        : { quantity, value: String(v), sentence: `Les accidents de la route ont fait ${v} morts dans la région de ${place} en ${q.year}.`, quote: `ont fait ${v} morts dans la région de ${place} en ${q.year}` };
    case "schools_opened":
      return lang === "ar"
        ? { quantity, value: String(v), sentence: `وتم افتتاح ${v} مؤسسة تعليمية جديدة بجهة ${place} في الموسم الدراسي ${q.year}.`, quote: `افتتاح ${v} مؤسسة تعليمية جديدة بجهة ${place} في الموسم الدراسي ${q.year}` }
        : { quantity, value: String(v), sentence: `${v} nouveaux établissements scolaires ont ouvert dans la région de ${place} à la rentrée ${q.year}.`, quote: `${v} nouveaux établissements scolaires ont ouvert dans la région de ${place} à la rentrée ${q.year}` };
  }
}

/** The figure claimed in at least 100 files: the death toll of the Casablanca bombings of 2003. */
export function hotStatement(lang: Lang, value: number): Statement {
  return lang === "ar"
    ? { quantity: "killed {event: casablanca-2003}", value: String(value), sentence: `وتستحضر هذه العملية تفجيرات الدار البيضاء في 16 ماي 2003، التي أودت بحياة ${value} شخصا.`, quote: `التي أودت بحياة ${value} شخصا` }
    : { quantity: "killed {event: casablanca-2003}", value: String(value), sentence: `Cette opération rappelle les attentats de Casablanca du 16 mai 2003, qui ont fait ${value} morts.`, quote: `qui ont fait ${value} morts` };
}

/** The figure the benchmark's edits move in a handful of files: the victims of one accident. */
export function warmStatement(lang: Lang, value: number): Statement {
  return lang === "ar"
    ? { quantity: "killed {event: tizi-n-tichka-bus-2024}", value: String(value), sentence: `وكانت حادثة انقلاب الحافلة بممر تيزي نتيشكا قد خلفت ${value} قتيلا.`, quote: `انقلاب الحافلة بممر تيزي نتيشكا قد خلفت ${value} قتيلا` }
    : { quantity: "killed {event: tizi-n-tichka-bus-2024}", value: String(value), sentence: `Le renversement du car au col du Tizi n'Tichka avait fait ${value} morts.`, quote: `Le renversement du car au col du Tizi n'Tichka avait fait ${value} morts` };
}

export function titleOf(lang: Lang, place: number): string {
  return lang === "ar" ? `حصيلة أسبوع حافل بالأحداث في ${PLACES_AR[place]}` : `Une semaine chargée à ${PLACES_FR[place]}`;
}

/** Road deaths of a region in a year: one table, so that yearly figures, totals and running counts agree. */
export function roadDeathsOf(place: number, year: number): number {
  return 80 + ((place * 7919 + year * 104729) % 820);
}

function regionSlug(place: number): string {
  return PLACES_FR[place]?.toLowerCase().replace(/[^a-zà-ÿ]+/g, "-") ?? "";
}

/** Road deaths of a region over several years, which the yearly figures other files state add up to. */
export function roadDeathsPeriod(lang: Lang, place: number, from: number, to: number): Statement {
  let v = 0;
  for (let y = from; y <= to; y++) v += roadDeathsOf(place, y);
  const quantity = `road_deaths {region: ${regionSlug(place)}, period: ${from}..${to}}`;
  const where = lang === "ar" ? PLACES_AR[place] : PLACES_FR[place];
  return lang === "ar"
    ? { quantity, value: String(v), sentence: `وخلال الفترة الممتدة من ${from} إلى ${to}، لقي ${v} شخصا حتفهم في حوادث السير بجهة ${where}.`, quote: `من ${from} إلى ${to}، لقي ${v} شخصا حتفهم في حوادث السير بجهة ${where}` }
    : { quantity, value: String(v), sentence: `Entre ${from} et ${to}, les accidents de la route ont fait ${v} morts dans la région de ${where}.`, quote: `Entre ${from} et ${to}, les accidents de la route ont fait ${v} morts dans la région de ${where}` };
}

/** Road deaths of a region in `year` so far: a running count, which only grows with its date. */
export function roadDeathsSoFar(lang: Lang, place: number, year: number, month: number, day: number): Statement {
  const dayOfYear = (month - 1) * 31 + day;
  const v = Math.floor((roadDeathsOf(place, year) * dayOfYear) / 400);
  const asof = `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
  const quantity = `road_deaths {region: ${regionSlug(place)}, year: ${year}, asof: ${asof}}`;
  const where = lang === "ar" ? PLACES_AR[place] : PLACES_FR[place];
  return lang === "ar"
    ? { quantity, value: String(v), sentence: `ومنذ بداية سنة ${year} وإلى غاية ${day} ${MONTHS_AR[month - 1]}، لقي ${v} شخصا حتفهم في حوادث السير بجهة ${where}.`, quote: `لقي ${v} شخصا حتفهم في حوادث السير بجهة ${where}` }
    : { quantity, value: String(v), sentence: `Depuis le début de ${year} et jusqu'au ${day} ${MONTHS_FR[month - 1]}, les accidents de la route ont fait ${v} morts dans la région de ${where}.`, quote: `jusqu'au ${day} ${MONTHS_FR[month - 1]}, les accidents de la route ont fait ${v} morts` };
}
