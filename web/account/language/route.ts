import { Hono } from 'hono';
import { setCookie } from 'hono/cookie';
import { LANGS, type Lang } from '#web/i18n/format.ts';
import { type SiteEnv, safeBack } from '#web/kit/context.tsx';
import { LANG_COOKIE } from '#web/kit/session.ts';

/** The language switch: remembered for a year, then back to the page it was clicked on. */
export const language = new Hono<SiteEnv>();

language.get('/taal/:lang', (c) => {
  const lang = c.req.param('lang');
  if (LANGS.includes(lang as Lang))
    setCookie(c, LANG_COOKIE, lang, {
      httpOnly: true,
      secure: c.get('options').secureCookies,
      sameSite: 'Lax',
      path: '/',
      maxAge: 365 * 86_400,
    });
  return c.redirect(safeBack(c.req.query('terug')), 303);
});
