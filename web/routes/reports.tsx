/** @jsxImportSource hono/jsx */
import type { Hono } from 'hono';
import { routes } from '#shared/routes.ts';
import { pathOf } from '#web/kit/api.ts';
import {
  flash,
  formValues,
  notFoundPage,
  only,
  render,
  requireRole,
  type SiteContext,
  type SiteEnv,
} from '#web/kit/context.tsx';
import { formErrors } from '#web/kit/forms.ts';
import { emptyForm, type FormState, localised } from '#web/kit/view.ts';
import { AuditIndexPage, AuditTrailPage } from '#web/officer/audit/view.tsx';
import { AwardsRegisterPage } from '#web/officer/awards/view.tsx';
import { CoFundingPage } from '#web/officer/co-funding/view.tsx';
import { FollowUpReportPage } from '#web/officer/follow-up/view.tsx';
import { ReportsIndexPage } from '#web/officer/index/view.tsx';
import { PipelinePage } from '#web/officer/pipeline/view.tsx';
import { EnvelopesPage } from '#web/programme/envelopes/view.tsx';
import { OrganisationsPage } from '#web/programme/organisations/view.tsx';
import { readAllListed } from '#web/public/listing/listing.ts';
import { parseEuros } from '../i18n/format.ts';
import { UUID } from './public.tsx';

/** The programme office (envelopes, organisations) and the reports of officers and the programme office. */
const yearOf = (c: SiteContext) => {
  const asked = Number(c.req.query('jaar'));
  return Number.isInteger(asked) && asked >= 2000 && asked <= 2100
    ? asked
    : c.get('view').now.getUTCFullYear();
};
const OIN = /^[0-9A-Z]{20}$/;

export function reportRoutes(app: Hono<SiteEnv>) {
  app.use('/programma/*', only(['programme']));
  for (const path of ['/rapporten', '/rapporten/*']) app.use(path, only(['officer', 'programme']));
  // ---- Programme office ----
  const envelopesPage = async (c: SiteContext, form = emptyForm(), status: 200 | 400 = 200) => {
    const year = yearOf(c);
    const list = await c.get('api')(routes.listEnvelopes, { params: { year } });
    if (!list.ok) throw new Error(`envelopes: ${list.problem.type}`);
    return render(
      c,
      <EnvelopesPage v={c.get('view')} year={year} list={list.data} form={form} flash={flash(c)} />,
      status,
    );
  };
  app.get('/programma/enveloppen', async (c) => {
    return envelopesPage(c);
  });
  app.post('/programma/enveloppen', async (c) => {
    const v = c.get('view');
    const year = yearOf(c);
    const values = await formValues(c);
    const form: FormState = { values, errors: {} };
    const funderOin = values.funderOin?.trim() ?? '';
    if (!OIN.test(funderOin)) form.errors.funderOin = v.t.signIn.invalidOrg;
    const sbir = parseEuros(values.capSbir ?? '');
    if (sbir === undefined) form.errors.capSbir = v.t.form.moneyInvalid;
    const ipText = values.capIp?.trim();
    const ip = ipText ? parseEuros(ipText) : undefined;
    if (ipText && ip === undefined) form.errors.capIp = v.t.form.moneyInvalid;
    const members = (values.members ?? '')
      .split(/[\s,;]+/)
      .map((m) => m.trim())
      .filter(Boolean);
    if (Object.keys(form.errors).length === 0) {
      const result = await c.get('api')(routes.putEnvelope, {
        params: { year, funderOin },
        body: {
          caps: [
            { instrument: 'sbir', capCents: sbir },
            ...(ip !== undefined ? [{ instrument: 'innovation-partnership', capCents: ip }] : []),
          ],
          ...(members.length > 0 ? { members } : {}),
        },
      });
      if (result.ok) return c.redirect(`/programma/enveloppen?jaar=${year}&melding=envelop`, 303);
      const fieldOf = (f: string) => {
        const [where, top] = f.split('.');
        if (where === 'params') return 'funderOin';
        return top === 'members' ? 'members' : top === 'caps' ? 'capSbir' : undefined;
      };
      Object.assign(
        form,
        formErrors(result.problem, v.lang, fieldOf, { 'unknown-organisation': 'funderOin' }),
      );
    }
    return envelopesPage(c, form, 400);
  });

  const organisationsPage = async (
    c: SiteContext,
    form = emptyForm({ kind: 'province' }),
    status: 200 | 400 = 200,
  ) => {
    const register = await c.get('api')(routes.listGovernmentOrganisations);
    if (!register.ok) throw new Error(`organisations: ${register.problem.type}`);
    return render(
      c,
      <OrganisationsPage v={c.get('view')} known={register.data.items} form={form} flash={flash(c)} />,
      status,
    );
  };
  app.get('/programma/organisaties', async (c) => {
    return organisationsPage(c);
  });
  app.post('/programma/organisaties', async (c) => {
    const v = c.get('view');
    const values = await formValues(c);
    const form: FormState = { values, errors: {} };
    const oin = values.oin?.trim() ?? '';
    if (!OIN.test(oin)) form.errors.oin = v.t.signIn.invalidOrg;
    else {
      const result = await c.get('api')(routes.putGovernmentOrganisation, {
        params: { oin },
        body: { name: values.name ?? '', kind: values.kind ?? '' },
      });
      if (result.ok) return c.redirect('/programma/organisaties?melding=organisatie', 303);
      Object.assign(
        form,
        formErrors(result.problem, v.lang, (f) => (f.startsWith('params') ? 'oin' : f.split('.')[1])),
      );
    }
    return organisationsPage(c, form, 400);
  });

  // ---- Reports (officers and the programme office) ----
  app.get('/rapporten', async (c) => {
    return render(c, <ReportsIndexPage v={c.get('view')} year={yearOf(c)} />);
  });
  app.get('/rapporten/cofinanciering', async (c) => {
    const report = await c.get('api')(routes.coFundingReport, { query: { year: yearOf(c) } });
    if (!report.ok) throw new Error(`co-funding: ${report.problem.type}`);
    return render(c, <CoFundingPage v={c.get('view')} report={report.data} />);
  });
  app.get('/rapporten/gunningen', async (c) => {
    const report = await c.get('api')(routes.awardsReport, { query: { year: yearOf(c), format: 'json' } });
    if (!report.ok) throw new Error(`awards: ${report.problem.type}`);
    const q = c.req.query();
    return render(
      c,
      <AwardsRegisterPage
        v={c.get('view')}
        report={report.data}
        filter={{
          ...(q.opdrachtgever && OIN.test(q.opdrachtgever) ? { buyer: q.opdrachtgever } : {}),
          ...(['1', '2', '3'].includes(q.fase ?? '') ? { phase: q.fase } : {}),
          ...(['provisional', 'awarded', 'completed', 'terminated', 'withdrawn'].includes(q.status ?? '')
            ? { status: q.status }
            : {}),
        }}
      />,
    );
  });
  // Downloads come from the API with the person's token; the site passes them on as files.
  for (const [path, format] of [
    ['/rapporten/gunningen.csv', 'csv'],
    ['/rapporten/gunningen.json', 'json'],
  ] as const) {
    app.get(path, async (c) => {
      const year = yearOf(c);
      const variant = c.req.query('variant') === 'rfc4180' ? 'rfc4180' : 'excel-nl';
      const apiPath = pathOf(routes.awardsReport, {
        query: { year, format, ...(format === 'csv' ? { variant } : {}) },
      });
      const options = c.get('options');
      const response = await (options.fetch ?? fetch)(`${options.apiUrl}${apiPath}`, {
        headers: {
          authorization: `Bearer ${c.get('session')!.token}`,
          accept: format === 'csv' ? 'text/csv' : 'application/json',
        },
      });
      if (!response.ok) throw new Error(`awards download: ${response.status}`);
      const name = `gunningen-${year}${format === 'csv' ? `-${variant}` : ''}.${format}`;
      return c.body(new Uint8Array(await response.arrayBuffer()), 200, {
        'content-type': response.headers.get('content-type') ?? 'application/octet-stream',
        'content-disposition': `attachment; filename="${name}"`,
        'cache-control': 'no-store',
      });
    });
  }
  app.get('/rapporten/pijplijn', async (c) => {
    const report = await c.get('api')(routes.pipelineReport, { query: { year: yearOf(c) } });
    if (!report.ok) throw new Error(`pipeline: ${report.problem.type}`);
    return render(c, <PipelinePage v={c.get('view')} report={report.data} />);
  });
  app.get('/rapporten/vervolg', async (c) => {
    const report = await c.get('api')(routes.followUpReport, { query: { year: yearOf(c) } });
    if (!report.ok) throw new Error(`follow-up: ${report.problem.type}`);
    return render(c, <FollowUpReportPage v={c.get('view')} report={report.data} />);
  });
  app.get('/rapporten/audit', async (c) => {
    const session = await requireRole(c, ['officer']);
    if (session instanceof Response) return session;
    const v = c.get('view');
    const all = await readAllListed(c.get('api'), {});
    return render(
      c,
      <AuditIndexPage
        v={v}
        challenges={all.map((i) => ({ id: i.id, title: localised(i.title, v.lang).text }))}
      />,
    );
  });
  app.get('/rapporten/audit/:challengeId', async (c) => {
    const session = await requireRole(c, ['officer']);
    if (session instanceof Response) return session;
    const challengeId = c.req.param('challengeId');
    if (!UUID.test(challengeId)) return notFoundPage(c);
    const api = c.get('api');
    const [challenge, trail] = await Promise.all([
      api(routes.getChallenge, { params: { challengeId } }),
      api(routes.challengeAuditTrail, { params: { challengeId } }),
    ]);
    if (!challenge.ok || !trail.ok) return notFoundPage(c);
    const v = c.get('view');
    return render(
      c,
      <AuditTrailPage v={v} title={localised(challenge.data.title, v.lang).text} trail={trail.data} />,
    );
  });
}
