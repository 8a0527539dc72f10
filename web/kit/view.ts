import { companyIdScheme } from '#shared/kernel/company-id.ts';
import type { Lang } from '#web/i18n/format.ts';
import type { Messages } from '#web/i18n/nl.ts';
import type { AssetManifest } from '#web/kit/assets.ts';
import type { Session } from '#web/kit/session.ts';

/** What every page needs to render: language and texts, who is signed in, the form token. */
export interface View {
  lang: Lang;
  t: Messages;
  session?: Session;
  csrf: string;
  /** The path of this page (for the language switch and "back" links). */
  path: string;
  assets: AssetManifest;
  /** Local runtime: show the banner that says so. */
  local: boolean;
  now: Date;
  /** Where people can reach the public API (open data links). */
  publicApiUrl: string;
}

/** A field's value and error as a form shows them again after a refusal. */
export interface FormState {
  values: Record<string, string>;
  /** Field name → message (already in the reader's language). */
  errors: Record<string, string>;
  /** Errors not tied to one field (shown in the summary and as an alert). */
  general?: string[];
}

export const emptyForm = (values: Record<string, string> = {}): FormState => ({ values, errors: {} });

/** Text in the reader's language, or the Dutch original marked with its language. */
export function localised(
  text: { nl: string; en?: string | undefined },
  lang: Lang,
): { text: string; lang?: Lang } {
  if (lang === 'en' && text.en) return { text: text.en };
  return lang === 'nl' ? { text: text.nl } : { text: text.nl, lang: 'nl' };
}

/** A call's title in the reader's language ('' when the call could not be read). */
export const titleOf = (call: { title: { nl: string; en?: string | undefined } } | undefined, v: View) =>
  call ? localised(call.title, v.lang).text : '';

/** A company id with its scheme named: "KvK 12345678", "EUID DEK1101R.HRB116737", "btw-nummer DE123456788". */
export const companyIdText = (id: string, v: Pick<View, 't'>) =>
  `${v.t.company.idSchemes[companyIdScheme(id)]} ${id}`;
