/** A problem found by a check, with offsets into the file it is reported in. */
import type { CheckCode } from "../checks/codes";
import type { Message } from "../messages";

/** Another place that explains a problem, such as the conflicting claim of a contradiction. */
export interface RelatedPlace {
  readonly uri: string;
  readonly start: number;
  readonly end: number;
  readonly message: string;
  /** The source that makes the related claim, when there is one. */
  readonly sourceId?: string;
  /** The related claim's value as written. */
  readonly value?: string;
  /** `message` as data, for hosts that translate it. */
  readonly l10n?: Message;
}

export interface Problem {
  readonly code: CheckCode;
  readonly start: number;
  readonly end: number;
  readonly message: string;
  /** `message` as data, for hosts that translate it (see core/messages.ts). */
  readonly l10n?: Message;
  readonly related?: readonly RelatedPlace[];
  /** Plain data for code actions (a suggested name, the conflicting values…). */
  readonly data?: Readonly<Record<string, unknown>>;
}
