import { en } from '#web/i18n/en.ts';
import type { Lang } from '#web/i18n/format.ts';
import { nl } from '#web/i18n/nl.ts';
import type { View } from '#web/kit/view.ts';

/** A page's view for the site's unit tests: a language, nobody signed in, a fixed day. */
export const testView = (lang: Lang = 'nl'): View => ({
  lang,
  t: lang === 'nl' ? nl : en,
  csrf: 'x'.repeat(32),
  path: '/',
  assets: { css: '/assets/site.css', fundingJs: '/assets/funding.js', uploadJs: '/assets/upload.js' },
  local: true,
  now: new Date('2026-12-07T09:00:00Z'),
  publicApiUrl: 'http://api.test',
});

/** An API refusal as the client hands it to the site: a problem type and, perhaps, failing fields. */
export const refusal = (type: string, fields: string[] = [], status = 400) => ({
  ok: false as const,
  status,
  problem: {
    type: `https://innovatiemarkt.nl/problems/${type}`,
    status,
    detail: 'refused',
    ...(fields.length > 0 ? { errors: fields.map((field) => ({ field, message: 'invalid' })) } : {}),
  },
});
