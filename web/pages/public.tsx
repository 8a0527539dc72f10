/** @jsxImportSource hono/jsx */
import type { z } from 'zod/mini';
import { CRITERIA, RD_CPV_CODES, THEMES, type Theme } from '#shared/kernel/vocabulary.ts';
import type { routes } from '#shared/routes.ts';
import {
  formatDate,
  formatDateTime,
  formatMoney,
  formatNumber,
  formatShare,
  isoOf,
} from '#web/i18n/format.ts';
import { type ListingPage, nextDeadline } from '../listing.ts';
import {
  A,
  Alert,
  Breadcrumbs,
  Button,
  CsrfField,
  Deadline,
  ErrorSummary,
  H1,
  H2,
  H3,
  Layout,
  P,
  Select,
  SummaryList,
  Table,
  Tag,
  TextArea,
} from './components.tsx';
import { CallDocumentList } from './documents.tsx';
import { type Nota, NotaLinks, QuestionStatus } from './notas.tsx';
import { type FormState, localised, type View } from './view.ts';

type ListingItem = ListingPage['items'][number];
export type ChallengeView = z.output<typeof routes.getChallenge.response>;
export type QuestionList = z.output<typeof routes.listQuestions.response>;
export type PhaseStatistics = z.output<typeof routes.phaseStatistics.response>;
export type MyProposal = z.output<typeof routes.myProposals.response>['items'][number];

const themeName = (theme: string, v: View) => THEMES[theme as Theme]?.[v.lang] ?? theme;

function Localised(props: { v: View; text: { nl: string; en?: string | undefined } }) {
  const { text, lang } = localised(props.text, props.v.lang);
  // biome-ignore lint/complexity/noUselessFragments: the fragment makes hono escape the text; a bare string return would not be
  return lang ? <span lang={lang}>{text}</span> : <>{text}</>;
}

function CallCard(props: { v: View; item: ListingItem; level?: 2 | 3 }) {
  const { v, item } = props;
  const { t } = v;
  const deadline = nextDeadline(item);
  const Heading = props.level === 2 ? 'h2' : 'h3';
  return (
    <li class="im-card">
      <Heading class={props.level === 2 ? 'utrecht-heading-2' : 'utrecht-heading-3'}>
        <a class="rvo-link" href={`/oproepen/${item.id}`}>
          <Localised v={v} text={item.title} />
        </a>
      </Heading>
      <dl class="im-meta">
        <div>
          <dt>{t.listing.buyer}:</dt>
          <dd>{item.leadBuyer.name}</dd>
        </div>
        <div>
          <dt>{t.challenge.instrument}:</dt>
          <dd>{t.instruments[item.instrument]}</dd>
        </div>
        <div>
          <dt>{t.challenge.theme}:</dt>
          <dd>{themeName(item.theme, v)}</dd>
        </div>
        <div>
          <dt>{t.listing.budget}:</dt>
          <dd>{formatMoney(item.totalBudgetCents, v.lang)}</dd>
        </div>
        <div>
          <dt>{t.listing.status}:</dt>
          <dd>
            {item.status === 'published' ? (
              <Tag kind={deadline ? 'open' : 'closed'}>{t.statuses.published}</Tag>
            ) : (
              <Tag kind="closed">{t.statuses[item.status]}</Tag>
            )}
          </dd>
        </div>
        <div>
          <dt>{t.listing.nextDeadline}:</dt>
          <dd>
            {deadline && item.status === 'published' ? (
              <Deadline v={v} at={deadline} />
            ) : (
              t.listing.noDeadline
            )}
          </dd>
        </div>
      </dl>
    </li>
  );
}

export function HomePage(props: { v: View; open: ListingItem[]; flash?: string }) {
  const { v, open } = props;
  const { t } = v;
  const byTheme = (Object.keys(THEMES) as Theme[])
    .map((theme) => ({ theme, items: open.filter((i) => i.theme === theme) }))
    .filter((group) => group.items.length > 0);
  return (
    <Layout v={v} title={t.home.title} current="home">
      {props.flash ? <Alert kind="success">{props.flash}</Alert> : null}
      <H1>{t.home.title}</H1>
      <P class="im-lead">{t.home.intro1}</P>
      <P>{t.home.intro2}</P>
      <H2>{t.home.openCalls}</H2>
      {byTheme.length === 0 ? <P>{t.home.noOpenCalls}</P> : null}
      {byTheme.map((group) => (
        <section aria-labelledby={`thema-${group.theme}`}>
          <h3 class="utrecht-heading-3" id={`thema-${group.theme}`}>
            {themeName(group.theme, v)}
          </h3>
          <ul class="im-cards">
            {group.items.map((item) => (
              <CallCard v={v} item={item} level={3} />
            ))}
          </ul>
        </section>
      ))}
      <P>
        <A href="/oproepen">{t.home.allCalls}</A>
      </P>
      {v.session?.role === 'sme' ? null : (
        <>
          <H2>{t.home.forCompanies}</H2>
          <P>{t.home.forCompaniesText}</P>
          <P>
            <A href="/inloggen">{t.nav.signIn}</A>
          </P>
        </>
      )}
    </Layout>
  );
}

const feedQuery = (filter: { theme?: string; instrument?: string; status?: string; buyer?: string }) => {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries({
    thema: filter.theme,
    instrument: filter.instrument,
    status: filter.status,
    opdrachtgever: filter.buyer,
  }))
    if (value) query.set(key, value);
  return query.size > 0 ? `?${query.toString()}` : '';
};

export function ListingPageView(props: {
  v: View;
  page: ListingPage;
  filter: { theme?: string; instrument?: string; status?: string; buyer?: string; sort: string };
  form: FormState;
}) {
  const { v, page, filter } = props;
  const { t } = v;
  const any = { value: '', label: t.listing.any };
  const linkTo = (n: number) => {
    const query = new URLSearchParams();
    for (const [key, value] of Object.entries({
      thema: filter.theme,
      instrument: filter.instrument,
      status: filter.status,
      opdrachtgever: filter.buyer,
      sorteer: filter.sort,
    }))
      if (value) query.set(key, value);
    query.set('pagina', String(n));
    return `/oproepen?${query.toString()}`;
  };
  const title =
    page.pages > 1 ? `${t.listing.title} (${t.listing.page(page.page, page.pages)})` : t.listing.title;
  return (
    <Layout v={v} title={title} current="calls">
      <H1>{t.listing.title}</H1>
      <P>{t.listing.intro}</P>
      <P>
        <A href={`/oproepen/feed.atom${feedQuery(filter)}`}>{t.listing.feed}</A>
      </P>
      <ErrorSummary
        v={v}
        form={props.form}
        order={['thema', 'instrument', 'status', 'opdrachtgever', 'sorteer']}
      />
      <form method="get" action="/oproepen" class="im-filters" aria-label={t.listing.filters}>
        <Select
          v={v}
          form={props.form}
          name="thema"
          label={t.listing.theme}
          options={[
            any,
            ...(Object.keys(THEMES) as Theme[]).map((k) => ({ value: k, label: THEMES[k][v.lang] })),
          ]}
        />
        <Select
          v={v}
          form={props.form}
          name="instrument"
          label={t.listing.instrument}
          options={[
            any,
            { value: 'sbir', label: t.instruments.sbir },
            { value: 'innovation-partnership', label: t.instruments['innovation-partnership'] },
          ]}
        />
        <Select
          v={v}
          form={props.form}
          name="status"
          label={t.listing.status}
          options={[
            any,
            { value: 'published', label: t.statuses.published },
            { value: 'completed', label: t.statuses.completed },
            { value: 'cancelled', label: t.statuses.cancelled },
          ]}
        />
        <Select
          v={v}
          form={props.form}
          name="opdrachtgever"
          label={t.listing.buyer}
          options={[any, ...page.buyers.map((b) => ({ value: b.oin, label: b.name }))]}
        />
        <Select
          v={v}
          form={props.form}
          name="sorteer"
          label={t.listing.sort}
          options={[
            { value: 'deadline', label: t.listing.sortDeadline },
            { value: 'newest', label: t.listing.sortNewest },
          ]}
        />
        <div class="im-field">
          <Button>{t.listing.apply}</Button>
        </div>
      </form>
      <p class="utrecht-paragraph" role="status">
        <strong>{t.listing.results(page.total)}</strong>
      </p>
      {page.items.length === 0 ? (
        <P>{t.listing.none}</P>
      ) : (
        <ul class="im-cards">
          {page.items.map((item) => (
            <CallCard v={v} item={item} level={2} />
          ))}
        </ul>
      )}
      {page.pages > 1 ? (
        <nav class="im-pagination" aria-label={t.listing.pages}>
          <ul>
            {page.page > 1 ? (
              <li>
                <a class="rvo-link" href={linkTo(page.page - 1)} rel="prev">
                  {t.listing.previous}
                </a>
              </li>
            ) : null}
            <li aria-current="page">{t.listing.page(page.page, page.pages)}</li>
            {page.page < page.pages ? (
              <li>
                <a class="rvo-link" href={linkTo(page.page + 1)} rel="next">
                  {t.listing.next}
                </a>
              </li>
            ) : null}
          </ul>
        </nav>
      ) : null}
    </Layout>
  );
}

export interface ChallengePageData {
  challenge: ChallengeView;
  questions: QuestionList['items'];
  notas: Nota[];
  statistics: PhaseStatistics[];
  /** The signed-in company's live proposals in this challenge, per phase. */
  ownProposals: MyProposal[];
  askForm: FormState;
  flash?: string;
}

export function ChallengePage(props: { v: View; data: ChallengePageData }) {
  const { v } = props;
  const { t } = v;
  const { challenge: c, questions, statistics, ownProposals } = props.data;
  const title = localised(c.title, v.lang).text;
  const amountOf = (oin: string) => c.fundingSplit?.find((s) => s.funderOin === oin)?.amountCents;
  const isSme = v.session?.role === 'sme';
  // Each phase takes questions until its own deadline (a later phase: from the companies that may bid for it).
  const askable =
    c.status === 'published' ? c.phases.filter((p) => v.now.toISOString() < p.questionDeadline) : [];
  const questionsOpen = askable.length > 0;
  return (
    <Layout v={v} title={title} current="calls">
      <Breadcrumbs
        label={t.challenge.breadcrumb}
        items={[{ href: '/oproepen', label: t.challenge.breadcrumb }]}
      />
      {props.data.flash ? <Alert kind="success">{props.data.flash}</Alert> : null}
      <ErrorSummary v={v} form={props.data.askForm} order={['phase', 'question']} />
      <H1>
        <Localised v={v} text={c.title} />
      </H1>
      {c.status === 'cancelled' && c.cancellationReason ? (
        <Alert kind="warning">{t.challenge.cancelled(c.cancellationReason)}</Alert>
      ) : null}
      <SummaryList
        rows={[
          [t.challenge.buyer, c.leadBuyer.name],
          [t.challenge.instrument, t.instruments[c.instrument]],
          [t.challenge.theme, <Localised v={v} text={c.themeName} />],
          [t.listing.status, t.statuses[c.status]],
          [t.challenge.totalBudget, formatMoney(c.totalBudgetCents, v.lang)],
          ...(c.publishedAt
            ? ([[t.challenge.publishedAt, formatDateTime(c.publishedAt, v.lang)]] as [string, string][])
            : []),
          [t.challenge.questionDeadline, <Deadline v={v} at={c.questionDeadline} />],
          [
            t.challenge.cpv,
            <ul class="im-plain-list">
              {c.cpvCodes.map((code) => (
                <li>
                  {code}
                  {RD_CPV_CODES[code] ? (
                    <>
                      {' '}
                      <span lang="nl">{RD_CPV_CODES[code]}</span>
                    </>
                  ) : null}
                </li>
              ))}
            </ul>,
          ],
        ]}
      />
      <H2>{t.challenge.description}</H2>
      <div class="im-pre">
        <Localised v={v} text={c.description} />
      </div>

      <H2 id="financiering">{t.challenge.funding}</H2>
      <P>{t.challenge.fundingIntro}</P>
      <Table
        caption={t.challenge.funding}
        hideCaption
        rowHeaders
        columns={[
          { label: t.challenge.funder },
          { label: t.challenge.side },
          { label: t.challenge.share, numeric: true },
          { label: t.challenge.amount, numeric: true },
        ]}
        rows={c.funders.map((f) => [
          f.name,
          f.side === 'ezk' ? t.challenge.sideEzk : t.challenge.sideCoFunder,
          formatShare(f.shareBasisPoints, v.lang),
          formatMoney(
            amountOf(f.oin) ?? Math.round((c.totalBudgetCents * f.shareBasisPoints) / 10_000),
            v.lang,
          ),
        ])}
      />

      <H2 id="fasen">{t.challenge.phases}</H2>
      {c.phases.map((phase) => {
        const own = ownProposals.find((p) => p.phase === phase.number && p.status === 'submitted');
        return (
          <section class="im-phase" aria-labelledby={`fase-${phase.number}`}>
            <h3 class="utrecht-heading-3" id={`fase-${phase.number}`}>
              {t.phaseNames[phase.number]}{' '}
              <Tag kind={phase.status === 'open' ? 'open' : 'closed'}>{t.phaseStatuses[phase.status]}</Tag>
            </h3>
            <SummaryList
              rows={[
                [t.challenge.phaseBudget, formatMoney(phase.budgetCents, v.lang)],
                [t.challenge.maxPerContract, formatMoney(phase.maxPerContractCents, v.lang)],
                [t.challenge.maxPerContractExcl, formatMoney(phase.maxPerContractExclVatCents, v.lang)],
                [t.challenge.plannedContracts, String(phase.plannedContracts)],
                [t.challenge.duration, t.challenge.months(phase.durationMonths)],
                [t.challenge.deadline, <Deadline v={v} at={phase.submissionDeadline} />],
                [t.notas.phaseQuestionDeadline, formatDateTime(phase.questionDeadline, v.lang)],
                ...(phase.minimumScore !== undefined
                  ? ([[t.challenge.minimumScore, formatNumber(phase.minimumScore, v.lang, 1)]] as [
                      string,
                      string,
                    ][])
                  : []),
              ]}
            />
            <Table
              caption={t.challenge.criteria}
              columns={[{ label: t.challenge.criterion }, { label: t.challenge.weight, numeric: true }]}
              rows={phase.criteria.map((criterion) => [
                CRITERIA[criterion.key][v.lang],
                formatShare(criterion.weightBasisPoints, v.lang),
              ])}
            />
            {phase.status === 'open' && c.status === 'published' ? (
              own ? (
                <P>
                  <A href={`/voorstellen/${own.id}`}>{t.proposal.detailTitle}</A>
                </P>
              ) : isSme ? (
                <P>
                  <a
                    class="utrecht-button-link utrecht-button-link--html-a utrecht-button-link--primary-action im-button-link"
                    href={`/oproepen/${c.id}/fase/${phase.number}/voorstel`}
                  >
                    {t.challenge.submitProposal(phase.number)}
                  </a>
                </P>
              ) : !v.session ? (
                <P>
                  <A href={`/inloggen?terug=${encodeURIComponent(`/oproepen/${c.id}`)}`}>
                    {t.challenge.signInToSubmit}
                  </A>
                </P>
              ) : null
            ) : null}
            {phase.number > 1 && phase.status !== 'closed' ? (
              <P class="im-muted">{t.challenge.phase2OnlyInvited}</P>
            ) : null}
          </section>
        );
      })}

      {(c.documents?.length ?? 0) > 0 ? (
        <section aria-labelledby="documenten">
          <H2 id="documenten">{t.documents.callTitle}</H2>
          <CallDocumentList v={v} challengeId={c.id} documents={c.documents!} />
        </section>
      ) : null}

      {(c.corrections?.length ?? 0) > 0 ? (
        <section aria-labelledby="rectificaties">
          <H2 id="rectificaties">{t.corrections.title}</H2>
          {c.corrections!.map((k) => (
            <section class="im-phase" aria-label={t.corrections.numbered(k.number, formatDate(k.at, v.lang))}>
              <h3 class="utrecht-heading-3">{t.corrections.numbered(k.number, formatDate(k.at, v.lang))}</h3>
              <P>{k.reason}</P>
              <ul>
                {k.deadlines.map((d) => (
                  <li>
                    {t.corrections.deadlineMoved(
                      d.phase,
                      formatDateTime(d.from, v.lang),
                      formatDateTime(d.to, v.lang),
                    )}
                  </li>
                ))}
                {k.questionDeadline ? (
                  <li>{t.corrections.questionsUntil(formatDateTime(k.questionDeadline.to, v.lang))}</li>
                ) : null}
                {k.title || k.description ? <li>{t.corrections.textClarified}</li> : null}
                {(k.documents ?? []).map((d) => (
                  <li>
                    {d.title}: {d.replaces ? t.documents.correctionReplaces : t.documents.correctionAdds}
                  </li>
                ))}
              </ul>
            </section>
          ))}
        </section>
      ) : null}

      {c.priceFormula ? (
        <>
          <H2 id="prijsscore">{t.challenge.priceFormula}</H2>
          <P>{c.priceFormula[v.lang]}</P>
        </>
      ) : null}

      {c.tieBreak ? (
        <>
          <H2 id="gelijke-score">{t.challenge.tieBreak}</H2>
          <P>{c.tieBreak[v.lang] ?? c.tieBreak.nl}</P>
        </>
      ) : null}

      {c.innovationPartnership ? (
        <>
          <H2>{t.challenge.partnership}</H2>
          <P>
            {c.innovationPartnership.mayEndPartnersAfterPhase
              ? t.challenge.mayEndPartners
              : t.challenge.mayNotEndPartners}
          </P>
          {c.innovationPartnership.conditions ? (
            <P class="im-pre">
              <span lang="nl">{c.innovationPartnership.conditions}</span>
            </P>
          ) : null}
        </>
      ) : null}

      {statistics.length > 0 ? (
        <>
          <H2 id="statistieken">{t.challenge.statistics}</H2>
          {statistics.map((s) => (
            <StatisticsTable v={v} stats={s} />
          ))}
        </>
      ) : null}

      <H2 id="vragen">{t.challenge.questions}</H2>
      <P>{t.challenge.questionsIntro}</P>
      {questions.filter((q) => q.answer).length === 0 ? <P>{t.challenge.noQuestions}</P> : null}
      <NotaLinks v={v} challengeId={c.id} notas={props.data.notas} />
      {questions.map((q) => (
        <div class="im-qa">
          <p class="utrecht-paragraph">
            <strong>
              {q.answer ? t.challenge.question : t.challenge.yourQuestionOpen}
              {c.phases.length > 1 ? ` (${t.decisions.phase.toLowerCase()} ${q.phase})` : ''}:
            </strong>{' '}
            <span class="im-pre">{q.question}</span>
          </p>
          {q.answer ? (
            <p class="utrecht-paragraph">
              <strong>{t.challenge.answer}:</strong> <span class="im-pre">{q.answer}</span>
            </p>
          ) : null}
          <QuestionStatus v={v} question={q} />
        </div>
      ))}
      {c.status === 'published' ? (
        <section aria-labelledby="vraag-stellen">
          <H3>
            <span id="vraag-stellen">{t.challenge.askTitle}</span>
          </H3>
          {!questionsOpen ? (
            <P>{t.challenge.askClosed}</P>
          ) : isSme ? (
            <form method="post" action={`/oproepen/${c.id}/vragen`} novalidate>
              <CsrfField v={v} />
              {askable.length > 1 ? (
                <Select
                  v={v}
                  form={props.data.askForm}
                  name="phase"
                  label={t.notas.askPhase}
                  options={askable.map((p) => ({
                    value: String(p.number),
                    label: t.phaseNames[p.number] ?? String(p.number),
                  }))}
                />
              ) : (
                <input type="hidden" name="phase" value={String(askable[0]!.number)} />
              )}
              <TextArea
                v={v}
                form={props.data.askForm}
                name="question"
                label={t.challenge.askLabel}
                hint={t.challenge.askHint(formatDateTime(askable[0]!.questionDeadline, v.lang))}
                rows={4}
              />
              <Button>{t.challenge.askButton}</Button>
            </form>
          ) : !v.session ? (
            <P>
              <A href={`/inloggen?terug=${encodeURIComponent(`/oproepen/${c.id}`)}`}>
                {t.challenge.signInToAsk}
              </A>
            </P>
          ) : null}
        </section>
      ) : null}
    </Layout>
  );
}

export function StatisticsTable(props: { v: View; stats: PhaseStatistics }) {
  const { v, stats: s } = props;
  const { t } = v;
  const score = (n: number | null) => (n === null ? '–' : formatNumber(n, v.lang, 2));
  return (
    <section aria-labelledby={`statistieken-${s.phase}`}>
      <h3 class="utrecht-heading-3" id={`statistieken-${s.phase}`}>
        {t.challenge.statisticsPhase(s.phase)}
      </h3>
      <SummaryList
        rows={[
          [t.challenge.statProposals, String(s.proposals)],
          [t.challenge.statSme, String(s.smeProposals)],
          [t.challenge.statAwarded, String(s.awarded)],
          [t.challenge.statSuccessRate, `${formatNumber(s.successRate * 100, v.lang, 0)}%`],
          [t.challenge.statLowestFunded, score(s.lowestFundedScore)],
          [t.challenge.statHighest, score(s.highestScore)],
        ]}
      />
      <Table
        caption={t.challenge.statDistribution}
        columns={[{ label: t.challenge.statRange }, { label: t.challenge.statCount, numeric: true }]}
        rows={s.scoreDistribution.map((bucket) => [
          `${formatNumber(bucket.from, v.lang, 0)}–${formatNumber(bucket.to, v.lang, 0)}`,
          bucket.count,
        ])}
      />
    </section>
  );
}

export function OpenDataPage(props: { v: View; years: number[] }) {
  const { v } = props;
  const { t } = v;
  return (
    <Layout v={v} title={t.openData.title} current="open-data">
      <H1>{t.openData.title}</H1>
      <P>{t.openData.intro}</P>
      <ul>
        {props.years.map((year) => (
          <li>
            <A href={`${v.publicApiUrl}/reports/ocds?year=${year}`}>{t.openData.download(year)}</A>
          </li>
        ))}
        <li>
          <A href={`${v.publicApiUrl}/openapi.json`}>{t.openData.api}</A>
        </li>
      </ul>
      <P>{t.openData.licence}</P>
    </Layout>
  );
}

export function AccessibilityPage(props: { v: View }) {
  const { v } = props;
  const { t } = v;
  return (
    <Layout v={v} title={t.accessibility.title}>
      <H1>{t.accessibility.title}</H1>
      <SummaryList rows={[[t.accessibility.status, t.accessibility.statusValue]]} />
      {t.accessibility.body.map((paragraph) => (
        <P>{paragraph}</P>
      ))}
    </Layout>
  );
}

export function MessagePage(props: { v: View; title: string; text: string; reference?: string }) {
  const { v } = props;
  return (
    <Layout v={v} title={props.title}>
      <H1>{props.title}</H1>
      <P>{props.text}</P>
      {props.reference ? <P class="im-muted">{v.t.errors.reference(props.reference)}</P> : null}
      <P>
        <A href="/oproepen">{v.t.errors.goToCalls}</A>
      </P>
    </Layout>
  );
}

export const timeElement = (iso: string, v: View) => (
  <time datetime={isoOf(iso)}>{formatDateTime(iso, v.lang)}</time>
);
