/**
 * What an article states about itself near its top: its title (the first line) and its date (the
 * first full date of its opening lines, as the figure reader finds it: «الخميس 6 يونيو 2024»,
 * «8 juin 2024», "June 10, 2024"). Used to fill a source's `published:` and `title:`.
 */
import { spotFigures } from "../text/figures";

/** How far into the article its dateline may stand: a headline, a byline and a date line. */
const HEAD_LINES = 6;
const MAX_TITLE = 200;

export interface ArticleHeading {
  readonly title: string | undefined;
  /** ISO date (day or month precision) and where it stands in the text. */
  readonly date: { readonly iso: string; readonly start: number; readonly end: number } | undefined;
}

export function articleHeading(text: string): ArticleHeading {
  const body = text.replace(/^\uFEFF/, "");
  const offset = text.length - body.length;
  const lines = body.split(/\r\n|\r|\n/);
  const title = lines.map((l) => l.trim()).find((l) => l.length > 0);
  let headLength = 0;
  let counted = 0;
  for (const line of lines) {
    headLength += line.length + 1;
    if (line.trim().length > 0 && ++counted >= HEAD_LINES) break;
  }
  const head = body.slice(0, headLength);
  // A date in the head is an absolute one: relative dates ("yesterday") need the date we are looking for.
  const date = spotFigures(head).find((f) => f.kind === "date" && f.date !== undefined && f.date.length >= 7 && !f.relative);
  return {
    title: title && title.length <= MAX_TITLE ? title : undefined,
    date: date?.date ? { iso: date.date, start: offset + date.start, end: offset + date.end } : undefined,
  };
}
