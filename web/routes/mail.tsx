/** @jsxImportSource hono/jsx */
import type { Hono } from 'hono';
import { MESSAGE_KINDS, type MessageKind } from '#shared/notifications/schemas.ts';
import { routes } from '#shared/routes.ts';
import { MailPage } from '#web/account/mail/view.tsx';
import { MailboxPage } from '#web/account/mailbox/view.tsx';
import { UnsubscribePage } from '#web/account/unsubscribe/view.tsx';
import { flash, formValues, only, render, type SiteContext, type SiteEnv } from '#web/kit/context.tsx';
import { formErrors } from '#web/kit/forms.ts';
import { emptyForm, type FormState } from '#web/kit/view.ts';

const isKind = (k: unknown): k is MessageKind => typeof k === 'string' && k in MESSAGE_KINDS;

/** E-mail settings, saved searches, the unsubscribe page, and (locally) the mailbox. */
export function mailRoutes(app: Hono<SiteEnv>) {
  app.use('/mijn/e-mail', only(['sme', 'buyer', 'assessor', 'officer', 'programme']));
  app.use('/mijn/e-mail/*', only(['sme', 'buyer', 'assessor', 'officer', 'programme']));

  const page = async (
    c: SiteContext,
    forms: { form?: FormState; searchForm?: FormState } = {},
    status: 200 | 400 = 200,
  ) => {
    const v = c.get('view');
    const api = c.get('api');
    const preferences = await api(routes.getPreferences);
    if (!preferences.ok) throw new Error('preferences unavailable');
    const p = preferences.data;
    const form =
      forms.form ??
      emptyForm({
        email: p.fromIdentity ? '' : (p.email ?? ''),
        language: p.language,
        on: p.kinds.filter((k: MessageKind) => !p.off.includes(k)).join(','),
      });
    const isCompany = c.get('session')?.role === 'sme';
    const searches = isCompany ? await api(routes.mySavedSearches) : undefined;
    return render(
      c,
      <MailPage
        v={v}
        preferences={p}
        form={form}
        {...(searches?.ok
          ? { searches: searches.data.items, searchForm: forms.searchForm ?? emptyForm() }
          : {})}
        flash={flash(c) ?? mailFlash(c.req.query('melding'), v.t.mail)}
      />,
      status,
    );
  };

  app.get('/mijn/e-mail', (c) => page(c));

  app.post('/mijn/e-mail', async (c) => {
    const v = c.get('view');
    const all = await c.req.parseBody({ all: true });
    const values = await formValues(c);
    const on = [all.on ?? []].flat().filter(isKind);
    const current = await c.get('api')(routes.getPreferences);
    const kinds = current.ok ? current.data.kinds : [];
    const email = (values.email ?? '').trim();
    const language = values.language === 'en' ? 'en' : values.language === 'nl' ? 'nl' : undefined;
    const form: FormState = { values: { ...values, on: on.join(',') }, errors: {} };
    if (!language) form.errors.language = v.t.mail.language;
    if (Object.keys(form.errors).length === 0) {
      const saved = await c.get('api')(routes.putPreferences, {
        body: {
          ...(email ? { email } : {}),
          language: language!,
          off: kinds.filter((k) => !on.includes(k)),
        },
      });
      if (saved.ok) return c.redirect('/mijn/e-mail?melding=e-mail', 303);
      Object.assign(
        form,
        formErrors(saved.problem, v.lang, (f) =>
          f.endsWith('email') ? 'email' : f.endsWith('off') ? 'on' : undefined,
        ),
      );
      if (form.errors.email) form.errors.email = v.t.mail.addressInvalid;
    }
    return page(c, { form }, 400);
  });

  app.post('/mijn/e-mail/zoekopdrachten', async (c) => {
    const v = c.get('view');
    const all = await c.req.parseBody({ all: true });
    const values = await formValues(c);
    const themes = [all.themes ?? []].flat().map(String);
    const instruments = [all.instruments ?? []].flat().map(String);
    const cpvCodes = (values.cpvCodes ?? '')
      .split(/[,\s]+/)
      .map((code) => code.trim())
      .filter(Boolean);
    const searchForm: FormState = {
      values: { ...values, themes: themes.join(','), instruments: instruments.join(',') },
      errors: {},
    };
    const saved = await c.get('api')(routes.saveSearch, {
      body: { name: values.name ?? '', themes, instruments, cpvCodes } as never,
    });
    if (saved.ok) return c.redirect('/mijn/e-mail?melding=zoekopdracht#zoekopdrachten', 303);
    Object.assign(
      searchForm,
      formErrors(saved.problem, v.lang, (f) => {
        const name = f.split('.')[1];
        return name === 'name' || name === 'themes' || name === 'instruments' || name === 'cpvCodes'
          ? name
          : undefined;
      }),
    );
    if (searchForm.errors.themes) searchForm.errors.themes = v.t.mail.anyFilter;
    return page(c, { searchForm }, 400);
  });

  app.post('/mijn/e-mail/zoekopdrachten/:searchId/verwijderen', async (c) => {
    await c.get('api')(routes.removeSearch, { params: { searchId: c.req.param('searchId') } });
    return c.redirect('/mijn/e-mail?melding=zoekopdracht-weg#zoekopdrachten', 303);
  });

  // The link of every message. A GET only asks (mail scanners follow links); the POST — from the
  // button, or from the mail client itself (RFC 8058 one-click) — unsubscribes.
  app.get('/afmelden', (c) => {
    const v = c.get('view');
    const q = c.req.query();
    if (!isKind(q.k) || !q.o || !q.s || !q.t) return render(c, <UnsubscribePage v={v} invalid />, 400);
    return render(c, <UnsubscribePage v={v} kind={q.k} hidden={{ o: q.o, s: q.s, k: q.k, t: q.t }} />);
  });
  app.post('/afmelden', async (c) => {
    const v = c.get('view');
    const values = await formValues(c);
    const q = c.req.query();
    const o = values.o ?? q.o;
    const s = values.s ?? q.s;
    const k = values.k ?? q.k;
    const t = values.t ?? q.t;
    if (!isKind(k) || !o || !s || !t) return render(c, <UnsubscribePage v={v} invalid />, 400);
    const done = await c.get('api')(routes.unsubscribe, { body: { org: o, sub: s, kind: k, key: t } });
    if (!done.ok) return render(c, <UnsubscribePage v={v} invalid />, 400);
    return render(c, <UnsubscribePage v={v} kind={k} done />);
  });

  app.get('/lokaal/post.json', (c) => {
    const mailbox = c.get('options').localMailbox;
    if (!mailbox) return c.notFound();
    return c.json({ items: [...mailbox()].reverse().slice(0, 100) });
  });
  app.get('/lokaal/post', (c) => {
    const mailbox = c.get('options').localMailbox;
    if (!mailbox) return c.notFound();
    const messages = [...mailbox()].reverse().slice(0, 100);
    return render(c, <MailboxPage v={c.get('view')} messages={messages} />);
  });
}

function mailFlash(
  code: string | undefined,
  m: { saved: string; searchSaved: string; searchRemoved: string },
) {
  return code === 'e-mail'
    ? m.saved
    : code === 'zoekopdracht'
      ? m.searchSaved
      : code === 'zoekopdracht-weg'
        ? m.searchRemoved
        : undefined;
}
