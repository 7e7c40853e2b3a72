/**
 * How the passages offered to quote are ranked (passages.ts, passageRanking.ts): each signal on a
 * fixture of its own, through the `unsourced-claim` fix a user sees. The sentences are written
 * for these tests.
 */
import { describe, expect, it } from "vitest";
import { actionsAt, type ActionsFixture } from "../testing/actions";
import { workspaceOf } from "../testing/fixture";
import { chromeOf, metricWords } from "./passageRanking";
import { fold } from "../text/fold";

const titles = (actions: readonly { title: string }[]) => actions.map((a) => a.title.replace(/[\u2068\u2069]/g, ""));

/** The passages the actions would quote, in full. */
function quotes(f: ActionsFixture): string[] {
  return f.actions.map((a) => /quote: «(.*)»/u.exec(JSON.stringify(a.edit))?.[1] ?? "");
}

/** A claims file `/a.claims` beside `/a.txt`, with `claims` after the source, and more files after. */
function article(text: string, claims: string, more = ""): string {
  return `//- /a.claims\nsource a\n  text: a.txt\n${claims}//- /a.txt\n${text}${more}`;
}

/** Another source's article and claims, whose quotes teach the workspace a metric's words. */
function teaching(claims: string, text: string): string {
  return `//- /b.claims\nsource b\n  text: b.txt\n${claims}//- /b.txt\n${text}`;
}

describe("the kind of figure", () => {
  const text = "انطلقت الدورة الرابعة من المهرجان، وشاركت فيها أربعة فرق من الجنوب.\n";

  it("never cites an ordinal for a count", async () => {
    const f = await actionsAt(article(text, "claim teams = 4$0\n"));
    expect(titles(f.actions)).toEqual(["Quote «أربعة فرق»: وشاركت فيها أربعة فرق من الجنوب"]);
  });

  it("cites the ordinal first for a metric that counts ranks", async () => {
    const f = await actionsAt(article(text, "claim festival_edition = 4$0\n"));
    expect(titles(f.actions)[0]).toBe("Quote «الرابعة»: انطلقت الدورة الرابعة من المهرجان");
  });

  it("does not cite «ثاني زيارة» for two killed", async () => {
    const f = await actionsAt(article("وهي ثاني زيارة للوزير إلى المدينة. وقتل سائحان في الهجوم.\n", "claim tourists_killed = 2$0\n"));
    expect(titles(f.actions)).toEqual(["Quote «سائحان»: وقتل سائحان في الهجوم"]);
  });

  it("cites a stated bound before a vague amount that reaches the same number", async () => {
    const f = await actionsAt(article("ولا يزال مصير المئات من المهاجرين مجهولا. وأكدت الجمعية أن أكثر من 100 مهاجر فقدوا في البحر.\n", "claim migrants_missing = >100$0\n"));
    expect(titles(f.actions)).toEqual(["Quote «أكثر من 100 مهاجر»: وأكدت الجمعية أن أكثر من 100 مهاجر فقدوا في البحر", "Quote «المئات المهاجرين»: ولا يزال مصير المئات من المهاجرين مجهولا"]);
  });

  it("cites a year rather than a count of the same number", async () => {
    const f = await actionsAt(article("استقبلت القاعة 2019 زائرا في أسبوع. وافتتح المتحف سنة 2019 في الرباط.\n", "claim opening_year = 2019$0\n"));
    expect(titles(f.actions)).toEqual(["Quote «2019»: وافتتح المتحف سنة 2019 في الرباط", "Quote «2019 زائرا»: استقبلت القاعة 2019 زائرا في أسبوع"]);
  });
});

describe("the metric's words beside the figure", () => {
  const text = "فككت المصالح 4 خلايا في الشمال. وأوقفت أربعة أشخاص في طنجة.\n";
  const learned = teaching(
    "claim arrested {city: فاس} = 3\n  quote: «توقيف ثلاثة أشخاص»\nclaim arrested {city: وجدة} = 6\n  quote: «اعتقال ستة أشخاص»\n",
    "وتم توقيف ثلاثة أشخاص في فاس، ثم اعتقال ستة أشخاص في وجدة.\n",
  );

  it("without quotes of the metric, keeps the order of the article", async () => {
    const f = await actionsAt(article(text, "claim arrested = 4$0\n"));
    expect(titles(f.actions)).toEqual(["Quote «4 خلايا»: فككت المصالح 4 خلايا في الشمال", "Quote «أربعة أشخاص»: وأوقفت أربعة أشخاص في طنجة"]);
  });

  it("puts «أربعة أشخاص» before «4 خلايا» for 4 arrested when the workspace's arrested quotes count أشخاص", async () => {
    const f = await actionsAt(article(text, "claim arrested = 4$0\n", learned));
    expect(titles(f.actions)[0]).toBe("Quote «أربعة أشخاص»: وأوقفت أربعة أشخاص في طنجة");
  });

  it("reads the metric's declared labels and aliases", async () => {
    const declared = "//- /metrics.claims\nmetric arrests\n  kind: flow\n  label-ar: الأشخاص الموقوفون\n  alias: اعتقالات\n";
    const f = await actionsAt(article(text, "claim arrests = 4$0\n", declared));
    expect(titles(f.actions)[0]).toBe("Quote «أربعة أشخاص»: وأوقفت أربعة أشخاص في طنجة");
  });

  it("reads the metric name's own words", async () => {
    const f = await actionsAt(article("Police dismantled 4 cells in the north, and arrested 4 people in the port.\n", "claim people_arrested = 4$0\n"));
    expect(titles(f.actions)[0]).toBe("Quote «4 people»: and arrested 4 people in the port");
  });

  it("learns only the words that recur across many quotes, and learns them again when a quote changes", async () => {
    const { workspace } = await workspaceOf(article(text, "claim arrested = 4\n", learned));
    const claim = workspace.entry("file:///ws/a.claims")!.facts.claims[0]!;
    expect([...metricWords(workspace, claim)]).toEqual(expect.arrayContaining(["arrested", "توقيف", "اعتقال", "اشخاص"]));
    workspace.setClaimsText("file:///ws/b.claims", "source b\n  text: b.txt\nclaim arrested {city: فاس} = 3\n  quote: «ثلاثة موقوفين»\n");
    const again = workspace.entry("file:///ws/a.claims")!.facts.claims[0]!;
    const words = metricWords(workspace, again);
    expect(words.has("موقوف")).toBe(true);
    expect(words.has("توقيف")).toBe(false);
  });
});

describe("the claim's qualifiers near the figure", () => {
  it("puts the passage naming the claim's place first", async () => {
    const f = await actionsAt(article("وأوقفت الشرطة 5 أشخاص في فاس. وأوقف الدرك 5 أشخاص في مكناس.\n", "claim arrested {city: مكناس} = 5$0\n"));
    expect(titles(f.actions)[0]).toBe("Quote «5 أشخاص»: وأوقف الدرك 5 أشخاص في مكناس");
  });

  it("puts the passage naming the claim's event first", async () => {
    const f = await actionsAt(article("Le salon a reçu 300 exposants en mars. Le festival a reçu 300 exposants en juin.\n", "claim exhibitors {event: festival} = 300$0\n"));
    expect(titles(f.actions)[0]).toBe("Quote «300 exposants»: Le festival a reçu 300 exposants en juin");
  });
});

describe("the article's body over its chrome", () => {
  const body = "وأعلنت الوقاية المدنية أن 12 قتيلا سقطوا في حادث سير قرب أكادير، وأن الطريق أغلق لساعات.\n";

  it("puts a figure of the body before one of a ticker line of short headlines", async () => {
    const ticker = "عاجل: 12 قتيلا في حادث سير | الأرصاد تتوقع أمطارا | افتتاح معرض الكتاب\n\nحادث سير مروع قرب أكادير\n\n";
    const f = await actionsAt(article(ticker + body, "claim deaths = 12$0\n"));
    expect(quotes(f)).toEqual(["وأعلنت الوقاية المدنية أن 12 قتيلا سقطوا في حادث سير قرب أكادير", "12 قتيلا في حادث سير | الأرصاد تتوقع أمطارا | افتتاح معرض الكتاب"]);
  });

  it("puts a figure of the body before one in the lines above the headline and its date line", async () => {
    const top = "الرئيسية\nأخبار الجهات\n12 قتيلا في فيضانات الجنوب\nحادث سير مروع قرب أكادير\nالأحد 8 يونيو 2025\n";
    const f = await actionsAt(article(top + body, "claim deaths = 12$0\n"));
    expect(quotes(f)[0]).toBe("وأعلنت الوقاية المدنية أن 12 قتيلا سقطوا في حادث سير قرب أكادير");
  });

  it("takes a headline alone, and the paragraphs of a plain article, for body", () => {
    const text = "حادث سير قرب أكادير\n\n" + body + "\nوقال شاهد إن الحافلة كانت مسرعة.\n";
    expect(chromeOf(text, fold(text))).toEqual([]);
  });

  it("finds the ticker line and the lines above the headline", () => {
    const text = "الرئيسية\nأخبار الجهات\nرياضة\nحادث سير مروع قرب أكادير\n" + body + "اقرأ أيضا: أمطار | معرض الكتاب | نتائج الباكالوريا\n";
    const chrome = chromeOf(text, fold(text)).map((c) => text.slice(c.start, c.end));
    expect(chrome.sort()).toEqual(["اقرأ أيضا: أمطار | معرض الكتاب | نتائج الباكالوريا", "أخبار الجهات", "الرئيسية", "رياضة"].sort());
  });
});

describe("passages other claims quote", () => {
  it("puts a mention no claim quotes yet before one another claim of the article quotes", async () => {
    const text = "بلغ عدد الزوار 800 زائر يوم الافتتاح. وفي اليوم الأخير بلغ عدد الزوار 800 زائر أيضا.\n";
    const f = await actionsAt(article(text, "claim visitors {day: first} = 800\n  quote: «بلغ عدد الزوار 800 زائر يوم الافتتاح»\nclaim visitors {day: last} = 800$0\n"));
    expect(titles(f.actions)[0]).toBe("Quote «800 زائر»: وفي اليوم الأخير بلغ عدد الزوار 800 زائر أيضا");
  });
});
