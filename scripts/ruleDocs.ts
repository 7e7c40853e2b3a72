/**
 * The rules of the SARIF output, read from docs/checks.md: each code's line of the table gives its
 * short description, the first paragraph of its section (when it has one) its help. Written to
 * server/src/cli/ruleDocs.json by `npm run schemas`; a test fails when that file is stale.
 */

export interface RuleDoc {
  readonly short: string;
  readonly help: string;
}

const ROW = /^\| \[?`([a-z-]+)`\]?(?:\(#[a-z-]+\))? \| [^|]+ \| (.+) \|$/;

/** Every code of the table of docs/checks.md with its short description and help, in table order. */
export function ruleDocsFrom(markdown: string): Record<string, RuleDoc> {
  const lines = markdown.split(/\r?\n/);
  const out: Record<string, RuleDoc> = {};
  for (const line of lines) {
    const row = ROW.exec(line);
    if (!row?.[1] || !row[2]) continue;
    const code = row[1];
    const short = plain(row[2]);
    out[code] = { short, help: sectionHelp(lines, code) ?? short };
  }
  return out;
}

/** The first paragraph under `## code`, joined into one line. */
function sectionHelp(lines: readonly string[], code: string): string | undefined {
  const at = lines.indexOf(`## ${code}`);
  if (at < 0) return undefined;
  const paragraph: string[] = [];
  for (const line of lines.slice(at + 1)) {
    if (line.trim() === "") {
      if (paragraph.length > 0) break;
      continue;
    }
    if (line.startsWith("#") || line.startsWith("```")) break;
    paragraph.push(line.trim());
  }
  return paragraph.length > 0 ? plain(paragraph.join(" ")) : undefined;
}

/** Markdown emphasis and links dropped: SARIF's `text` is plain text. */
function plain(text: string): string {
  return text.replace(/\[([^\]]*)\]\([^)]*\)/g, "$1").replace(/\*\*([^*]+)\*\*/g, "$1").replace(/\*([^*]+)\*/g, "$1").trim();
}
