/** @jsxImportSource hono/jsx */
import type { Hono } from 'hono';
import { LISTED_STATUSES } from '#shared/challenges/model.ts';
import { INSTRUMENTS, THEMES } from '#shared/kernel/vocabulary.ts';
import { routes } from '#shared/routes.ts';
import type { ApiClient } from '#web/kit/api.ts';
import {
  flash,
  formValues,
  notFoundPage,
  render,
  requireRole,
  type SiteContext,
  type SiteEnv,
} from '#web/kit/context.tsx';
import { formErrors } from '#web/kit/forms.ts';
import type { Session } from '#web/kit/session.ts';
import type { PhaseStatistics } from '#web/kit/types.ts';
import { emptyForm, type FormState } from '#web/kit/view.ts';
import { AccessibilityPage } from '#web/public/accessibility/view.tsx';
import { ChallengePage, type ChallengePageData } from '#web/public/call/view.tsx';
import { HomePage } from '#web/public/home/view.tsx';
import { listingFeed } from '#web/public/listing/feed.ts';
import { readAllListed, readListing, type SortOrder, sortItems } from '#web/public/listing/listing.ts';
import { ListingPageView } from '#web/public/listing/view.tsx';
import { NotaPage } from '#web/public/nota/view.tsx';
import { OpenDataPage } from '#web/public/open-data/view.tsx';

export const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const oneOf = <T extends string>(value: string | undefined, allowed: readonly T[]) =>
  allowed.includes(value as T) ? (value as T) : undefined;

/** Everything the challenge page shows, read from the API in parallel; undefined when it is not visible. */
export async function challengePageData(
  api: ApiClient,
  challengeId: string,
  session: Session | undefined,
): Promise<Omit<ChallengePageData, 'askForm'> | undefined> {
  if (!UUID.test(challengeId)) return undefined;
  const [challenge, questions, notas, mine] = await Promise.all([
    api(routes.getChallenge, { params: { challengeId } }),
    api(routes.listQuestions, { params: { challengeId } }),
    api(routes.listNotas, { params: { challengeId } }),
    session?.role === 'sme' ? api(routes.myProposals, { query: { limit: 100 } }) : undefined,
  ]);
  if (!challenge.ok) {
    if (challenge.status === 404 || challenge.status === 400) return undefined;
    throw new Error(`challenge ${challengeId}: ${challenge.problem.type}`);
  }
  const closed = challenge.data.phases.filter((p) => p.status === 'closed');
  const statistics = (
    await Promise.all(
      closed.map((p) => api(routes.phaseStatistics, { params: { challengeId, phase: p.number } })),
    )
  ).flatMap((r): PhaseStatistics[] => (r.ok ? [r.data] : []));
  return {
    challenge: challenge.data,
    questions: questions.ok ? questions.data.items : [],
    notas: notas.ok ? notas.data.items : [],
    statistics,
    ownProposals: mine?.ok ? mine.data.items.filter((p) => p.challengeId === challengeId) : [],
  };
}

export function publicRoutes(app: Hono<SiteEnv>) {
  app.get('/', async (c) => {
    // Open calls: published with a phase that still takes proposals, soonest deadline first.
    const published = await readAllListed(c.get('api'), { status: 'published' });
    const open = sortItems(
      published.filter((item) => item.phases.some((p) => p.status === 'open')),
      'deadline',
    );
    return render(c, <HomePage v={c.get('view')} open={open} flash={flash(c)} />);
  });

  app.get('/oproepen', async (c) => {
    const q = c.req.query();
    const filter = {
      theme: oneOf(q.thema, Object.keys(THEMES)),
      instrument: oneOf(q.instrument, INSTRUMENTS),
      status: oneOf(q.status, LISTED_STATUSES),
      buyer: q.opdrachtgever && /^[0-9A-Z]{20}$/.test(q.opdrachtgever) ? q.opdrachtgever : undefined,
      sort: (oneOf(q.sorteer, ['deadline', 'newest'] as const) ?? 'deadline') as SortOrder,
      page: /^\d{1,4}$/.test(q.pagina ?? '') ? Number(q.pagina) : 1,
    };
    const page = await readListing(c.get('api'), filter);
    const form = emptyForm({
      thema: filter.theme ?? '',
      instrument: filter.instrument ?? '',
      status: filter.status ?? '',
      opdrachtgever: filter.buyer ?? '',
      sorteer: filter.sort,
    });
    return render(c, <ListingPageView v={c.get('view')} page={page} filter={filter} form={form} />);
  });

  // An Atom feed per filter of the listing (the same filters as the page).
  app.get('/oproepen/feed.atom', async (c) => {
    const q = c.req.query();
    const filter = {
      theme: oneOf(q.thema, Object.keys(THEMES)),
      instrument: oneOf(q.instrument, INSTRUMENTS),
      status: oneOf(q.status, LISTED_STATUSES),
    };
    const buyer = q.opdrachtgever && /^[0-9A-Z]{20}$/.test(q.opdrachtgever) ? q.opdrachtgever : undefined;
    const v = c.get('view');
    const items = (await readAllListed(c.get('api'), filter)).filter(
      (i) => !buyer || i.leadBuyer.oin === buyer,
    );
    const query = new URLSearchParams();
    for (const [key, value] of Object.entries({
      thema: filter.theme,
      instrument: filter.instrument,
      status: filter.status,
      opdrachtgever: buyer,
    }))
      if (value) query.set(key, value);
    const named = [
      filter.theme ? THEMES[filter.theme as keyof typeof THEMES][v.lang] : undefined,
      filter.instrument ? v.t.instruments[filter.instrument as 'sbir'] : undefined,
    ].filter(Boolean);
    const body = listingFeed({
      items,
      lang: v.lang,
      siteOrigin: new URL(c.req.url).origin,
      selfPath: `/oproepen/feed.atom${query.size > 0 ? `?${query}` : ''}`,
      title: `Innovatiemarkt: ${v.t.listing.title.toLowerCase()}${named.length > 0 ? ` (${named.join(', ')})` : ''}`,
    });
    return c.body(body, 200, { 'content-type': 'application/atom+xml; charset=utf-8' });
  });

  app.get('/oproepen/:challengeId', async (c) => {
    const data = await challengePageData(c.get('api'), c.req.param('challengeId'), c.get('session'));
    if (!data) return notFoundPage(c);
    return render(
      c,
      <ChallengePage v={c.get('view')} data={{ ...data, askForm: emptyForm(), flash: flash(c) }} />,
    );
  });

  app.post('/oproepen/:challengeId/vragen', async (c) => {
    const session = await requireRole(c, ['sme']);
    if (session instanceof Response) return session;
    const challengeId = c.req.param('challengeId');
    if (!UUID.test(challengeId)) return notFoundPage(c);
    const v = c.get('view');
    const values = await formValues(c);
    const phase = Number(values.phase);
    const result = await c.get('api')(routes.askQuestion, {
      params: { challengeId },
      body: {
        question: values.question ?? '',
        ...(phase === 1 || phase === 2 || phase === 3 ? { phase } : {}),
      },
    });
    if (result.ok) return c.redirect(`/oproepen/${challengeId}?melding=vraag#vragen`, 303);
    if (result.status === 404) return notFoundPage(c);
    const form: FormState = {
      values: { question: values.question ?? '', phase: values.phase ?? '' },
      errors: {},
    };
    Object.assign(
      form,
      formErrors(result.problem, v.lang, (field) => (field === 'body.phase' ? 'phase' : 'question'), {
        'phase-2-requires-phase-1': 'phase',
      }),
    );
    const data = await challengePageData(c.get('api'), challengeId, session);
    if (!data) return notFoundPage(c);
    return render(c, <ChallengePage v={v} data={{ ...data, askForm: form }} />, 400);
  });

  // A nota van inlichtingen, printable; part of the call, so as public as the call.
  app.get('/oproepen/:challengeId/nota/:phase/:number', async (c) => {
    const challengeId = c.req.param('challengeId');
    if (!UUID.test(challengeId)) return notFoundPage(c);
    const api = c.get('api');
    const [challenge, notas] = await Promise.all([
      api(routes.getChallenge, { params: { challengeId } }),
      api(routes.listNotas, { params: { challengeId } }),
    ]);
    const nota =
      notas.ok &&
      notas.data.items.find(
        (n) => String(n.phase) === c.req.param('phase') && String(n.number) === c.req.param('number'),
      );
    if (!challenge.ok || !nota) return notFoundPage(c);
    return render(c, <NotaPage v={c.get('view')} challenge={challenge.data} nota={nota} />);
  });

  app.get('/open-data', async (c: SiteContext) => {
    const all = await readAllListed(c.get('api'), {});
    const years = new Set<number>([c.get('view').now.getUTCFullYear()]);
    for (const item of all) years.add(Number(item.publishedAt.slice(0, 4)));
    return render(c, <OpenDataPage v={c.get('view')} years={[...years].sort((a, b) => b - a)} />);
  });

  app.get('/toegankelijkheid', (c) => render(c, <AccessibilityPage v={c.get('view')} />));
}
