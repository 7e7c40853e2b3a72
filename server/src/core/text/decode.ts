/** Decoding files: UTF-8 only, with one clear message for anything else. */
import { said, type Message } from "../messages";

const decoder = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false });

export type Decoded = { ok: true; text: string } | { ok: false; message: string; l10n: Message };

/** Decodes UTF-8 (a BOM is dropped); any invalid byte makes the whole file undecodable. */
export function decodeUtf8(bytes: Uint8Array, name: string): Decoded {
  try {
    return { ok: true, text: decoder.decode(bytes) };
  } catch {
    return { ok: false, ...encodingMessage(name, bytes) };
  }
}

function encodingMessage(name: string, bytes: Uint8Array): { message: string; l10n: Message } {
  // Bytes 0xC1–0xFE dominating a file without valid UTF-8 are the mark of a Windows-1256 Arabic text.
  let high = 0;
  for (const b of bytes.subarray(0, 4096)) if (b >= 0xc1) high++;
  return high > 0
    ? said(
        "{0} is not UTF-8 (it looks like Windows-1256, the old Arabic encoding), so nothing was read from it. Convert it to UTF-8: in VS Code, \"Reopen with Encoding\" then \"Save with Encoding\" › UTF-8; or iconv -f WINDOWS-1256 -t UTF-8 {0} > converted && mv converted {0}",
        name,
      )
    : said("{0} is not UTF-8, so nothing was read from it. Convert it to UTF-8: in VS Code, \"Reopen with Encoding\" then \"Save with Encoding\" › UTF-8; or iconv -f WINDOWS-1256 -t UTF-8 {0} > converted && mv converted {0}", name);
}
