/**
 * The server's and the command line's messages in the user's language, through @vscode/l10n and
 * the bundles the extension ships (`l10n/bundle.l10n.<locale>.json`, the same files VS Code
 * reads for the client's strings). The bundles are built into the server, so that `isnad check
 * --locale ar` needs no file beside it. English, the templates themselves, is the default.
 */
import * as l10n from "@vscode/l10n";
import { english, renderArg, type Translate } from "../core/messages";
import arabic from "../../../l10n/bundle.l10n.ar.json";

/** The languages messages are available in. */
export const LOCALES = ["en", "ar"] as const;
export type Locale = (typeof LOCALES)[number];

const BUNDLES: Partial<Record<Locale, Record<string, string>>> = { ar: arabic };

/** The locale Isnad speaks for a BCP 47 tag such as VS Code's `ar`, `ar-MA` or `en-US`; English when it has no bundle. */
export function localeOf(tag: string | undefined): Locale {
  const language = (tag ?? "en").toLowerCase().split(/[-_]/)[0];
  return LOCALES.find((l) => l === language) ?? "en";
}

/**
 * A translator for `locale`. @vscode/l10n holds one bundle per process, which is what the server
 * (one client) and the command line (one run) need.
 */
export function translatorFor(locale: Locale): Translate {
  const bundle = BUNDLES[locale];
  if (!bundle) return english;
  l10n.config({ contents: bundle });
  const translate: Translate = (message) => l10n.t(message.template, ...message.args.map((a) => renderArg(a, translate)));
  return translate;
}
