import { describe, expect, it } from "vitest";
import { fold } from "./fold";
import { contextAround, reanchor, type AnchorContext } from "./reanchor";

const at = (text: string, quote: string, context?: AnchorContext) => reanchor(text, fold(text), quote, context);

describe("reanchor", () => {
  it("finds a reworded quote, as a range of whole words of the article", () => {
    const text = "وقال محلل إن «الديستي» فككت 13 خلية إرهابية سنة 2017 وحدها، وإن الوتيرة تراجعت.";
    const anchor = at(text, "فككت 13 خلية ارهابية عام 2017");
    expect(anchor && { text: anchor.text, errors: anchor.errors, range: text.slice(anchor.start, anchor.end) }).toEqual({ text: "فككت 13 خلية إرهابية سنة 2017", errors: 3, range: "فككت 13 خلية إرهابية سنة 2017" });
  });

  it("never cuts a word or a number", () => {
    expect(at("فككت المصالح 113 خلية.", "13 خلية")?.text).toBe("113 خلية");
  });

  it("gives up when a third of the quote or more differs", () => {
    expect(at("وأوقفت المصالح أربعة أشخاص.", "أطلقت الشرطة سراح المشتبه بهم")).toBeUndefined();
  });

  it("re-anchors each part of a quote with `…`, in order, joined again with `…`", () => {
    const text = "أعلن المكتب، في بلاغ طويل صدر مساء الخميس، تفكيك خلية من أربعة أشخاص.";
    expect(at(text, "أعلن المكتب … تفكيك خلية من خمسة أشخاص")?.text).toBe("أعلن المكتب … تفكيك خلية من أربعة أشخاص");
  });

  it("among equal matches, takes the one whose surroundings match the old ones, then the one nearest to where it stood", () => {
    const text = "In Tangier, the bureau held four men. In Fez, the bureau held four men.";
    const second = text.lastIndexOf("the bureau");
    expect(at(text, "the bureau arrested four men")?.start).toBe(text.indexOf("the bureau"));
    expect(at(text, "the bureau arrested four men", { prefix: "In Fez, " })?.start).toBe(second);
    expect(at(text, "the bureau arrested four men", { hint: second + 3 })?.start).toBe(second);
  });

  it("keeps 32 characters of context on each side", () => {
    const text = `${"a".repeat(40)}QUOTE${"b".repeat(40)}`;
    expect(contextAround(text, 40, 45)).toEqual({ prefix: "a".repeat(32), suffix: "b".repeat(32), hint: 40 });
  });
});
