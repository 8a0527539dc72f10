/** @jsxImportSource hono/jsx */
import type { z } from 'zod/mini';
import { GOVERNMENT_KINDS } from '#shared/kernel/organisations.ts';
import type { routes } from '#shared/routes.ts';
import { formatDate, formatDateTime, formatMoney, formatShare } from '#web/i18n/format.ts';
import type { EnvelopeList } from './buyer.tsx';
import { BarChart, FunnelChart } from './charts.tsx';
import {
  A,
  Alert,
  Breadcrumbs,
  Button,
  CsrfField,
  ErrorSummary,
  H1,
  H2,
  Layout,
  P,
  Select,
  SummaryList,
  Table,
  Tag,
  TextField,
} from './components.tsx';
import type { FormState, View } from './view.ts';

export type CoFunding = z.output<typeof routes.coFundingReport.response>;
export type AwardsRegister = z.output<typeof routes.awardsReport.response>;
export type Pipeline = z.output<typeof routes.pipelineReport.response>;
export type FollowUpReport = z.output<typeof routes.followUpReport.response>;
export type AuditTrail = z.output<typeof routes.challengeAuditTrail.response>;

const rate = (bp: number | null, v: View) => (bp === null ? '–' : formatShare(bp, v.lang));

function YearForm(props: { v: View; action: string; year: number; extra?: Record<string, string> }) {
  const { v } = props;
  const years = Array.from(
    { length: v.now.getUTCFullYear() - 2013 + 1 },
    (_, i) => v.now.getUTCFullYear() - i,
  );
  return (
    <form method="get" action={props.action} class="im-filters">
      <Select
        v={v}
        form={{ values: { jaar: String(props.year) }, errors: {} }}
        name="jaar"
        label={v.t.gov.year}
        options={years.map((y) => ({ value: String(y), label: String(y) }))}
      />
      <div class="im-field">
        <Button>{v.t.gov.show}</Button>
      </div>
    </form>
  );
}

const reportsCrumbs = (v: View) => (
  <Breadcrumbs label={v.t.gov.reportsTitle} items={[{ href: '/rapporten', label: v.t.gov.reportsTitle }]} />
);

export function EnvelopesPage(props: {
  v: View;
  year: number;
  list: EnvelopeList;
  form: FormState;
  flash?: string;
}) {
  const { v, list, form } = props;
  const { t } = v;
  return (
    <Layout v={v} title={t.gov.envelopesTitle(props.year)} current="envelopes">
      {props.flash ? <Alert kind="success">{props.flash}</Alert> : null}
      <ErrorSummary v={v} form={form} order={['funderOin', 'capSbir', 'capIp', 'members']} />
      <H1>{t.gov.envelopesTitle(props.year)}</H1>
      <P>{t.gov.envelopesIntro}</P>
      <YearForm v={v} action="/programma/enveloppen" year={props.year} />
      <Table
        caption={t.gov.envelopesTitle(props.year)}
        rowHeaders
        columns={[
          { label: t.gov.holder },
          { label: t.challenge.side },
          { label: t.challenge.instrument },
          { label: t.gov.cap, numeric: true },
          { label: t.gov.reserved, numeric: true },
          { label: t.gov.awarded, numeric: true },
          { label: t.gov.remaining, numeric: true },
          { label: t.gov.members },
        ]}
        rows={[
          ...list.envelopes.map((e) => [
            e.holderName,
            e.side === 'ezk' ? t.gov.sideEzk : t.gov.sideOthers,
            t.instruments[e.instrument],
            formatMoney(e.capCents, v.lang),
            formatMoney(e.reservedCents, v.lang),
            formatMoney(e.awardedCents, v.lang),
            formatMoney(e.remainingCents, v.lang),
            e.members.join(', '),
          ]),
          ...Object.entries(list.totals).map(([instrument, total]) => [
            `${t.gov.totals} ${t.instruments[instrument as 'sbir'] ?? instrument}`,
            '',
            '',
            formatMoney(total.all.capCents, v.lang),
            formatMoney(total.all.reservedCents, v.lang),
            formatMoney(total.all.awardedCents, v.lang),
            formatMoney(total.all.remainingCents, v.lang),
            '',
          ]),
        ]}
        rowClass={(i) => (i >= list.envelopes.length ? 'im-total' : undefined)}
      />
      <H2>{t.gov.setEnvelope}</H2>
      <form method="post" action={`/programma/enveloppen?jaar=${props.year}`} novalidate>
        <CsrfField v={v} />
        <TextField v={v} form={form} name="funderOin" label={t.gov.envelopeFunder} />
        <TextField v={v} form={form} name="capSbir" label={t.gov.envelopeCapSbir} inputmode="decimal" short />
        <TextField v={v} form={form} name="capIp" label={t.gov.envelopeCapIp} inputmode="decimal" short />
        <TextField v={v} form={form} name="members" label={t.gov.envelopeMembers} />
        <Button>{t.gov.setEnvelope}</Button>
      </form>
    </Layout>
  );
}

export function OrganisationsPage(props: {
  v: View;
  known: { oin: string; name: string; kind: string }[];
  form: FormState;
  flash?: string;
}) {
  const { v, form } = props;
  const { t } = v;
  return (
    <Layout v={v} title={t.gov.organisationsTitle} current="organisations">
      {props.flash ? <Alert kind="success">{props.flash}</Alert> : null}
      <ErrorSummary v={v} form={form} order={['oin', 'name', 'kind']} />
      <H1>{t.gov.organisationsTitle}</H1>
      <P>{t.gov.organisationsIntro}</P>
      {props.known.length > 0 ? (
        <Table
          caption={t.gov.organisationsTitle}
          columns={[{ label: t.gov.orgName }, { label: t.gov.orgOin }, { label: t.gov.orgKind }]}
          rows={props.known.map((o) => [o.name, <code>{o.oin}</code>, t.gov.kinds[o.kind] ?? o.kind])}
        />
      ) : null}
      <H2>{t.gov.saveOrganisation}</H2>
      <form method="post" action="/programma/organisaties" novalidate>
        <CsrfField v={v} />
        <TextField v={v} form={form} name="oin" label={t.gov.orgOin} />
        <TextField v={v} form={form} name="name" label={t.gov.orgName} />
        <Select
          v={v}
          form={form}
          name="kind"
          label={t.gov.orgKind}
          options={GOVERNMENT_KINDS.map((k) => ({ value: k, label: t.gov.kinds[k] ?? k }))}
        />
        <Button>{t.gov.saveOrganisation}</Button>
      </form>
    </Layout>
  );
}

export function ReportsIndexPage(props: { v: View; year: number }) {
  const { v, year } = props;
  const { t } = v;
  const q = `?jaar=${year}`;
  return (
    <Layout v={v} title={t.gov.reportsTitle} current="reports">
      <H1>{t.gov.reportsTitle}</H1>
      <P>{t.gov.reportsIntro}</P>
      <YearForm v={v} action="/rapporten" year={year} />
      <ul>
        <li>
          <A href={`/rapporten/cofinanciering${q}`}>{t.gov.coFunding}</A>
        </li>
        <li>
          <A href={`/rapporten/gunningen${q}`}>{t.gov.awardsRegister}</A>
        </li>
        <li>
          <A href={`/rapporten/pijplijn${q}`}>{t.gov.pipeline}</A>
        </li>
        <li>
          <A href={`/rapporten/vervolg${q}`}>{t.gov.followUp}</A>
        </li>
        <li>
          <A href={`${v.publicApiUrl}/reports/ocds?year=${year}`}>{t.gov.ocds}</A>
        </li>
        <li>
          <A href={`/rapporten/audit${q}`}>{t.gov.auditTrail}</A>
        </li>
      </ul>
    </Layout>
  );
}

export function CoFundingPage(props: { v: View; report: CoFunding }) {
  const { v, report: r } = props;
  const { t } = v;
  const money = (n: number) => formatMoney(n, v.lang);
  return (
    <Layout v={v} title={`${t.gov.coFunding} ${r.year}`} current="reports">
      {reportsCrumbs(v)}
      <H1>
        {t.gov.coFunding} {r.year}
      </H1>
      <YearForm v={v} action="/rapporten/cofinanciering" year={r.year} />
      {r.goal ? (
        <Alert kind={r.goal.met ? 'success' : 'warning'}>
          <p class="utrecht-paragraph">
            {t.gov.goal(money(r.goal.minimumJointCents), money(r.goal.committedJointCents))}{' '}
            {r.goal.met ? t.gov.goalMet : t.gov.goalShort(money(r.goal.shortfallCents))}
          </p>
        </Alert>
      ) : null}
      {r.instruments.map((ins) => (
        <section aria-labelledby={`instrument-${ins.instrument}`}>
          <H2 id={`instrument-${ins.instrument}`}>{t.instruments[ins.instrument]}</H2>
          <BarChart
            id={`chart-${ins.instrument}`}
            title={t.gov.chartTitle(t.instruments[ins.instrument])}
            description={t.gov.chartDesc}
            format={money}
            groups={ins.sides.map((s) => ({
              label: s.side === 'ezk' ? t.gov.sideEzk : t.gov.sideOthers,
              bars: [
                { label: t.gov.cap, value: s.capCents },
                { label: t.gov.reserved, value: s.reservedCents },
                { label: t.gov.awarded, value: s.awardedCents },
                { label: t.gov.spentCol, value: s.spentCents },
              ],
            }))}
          />
          <Table
            caption={t.gov.chartTitle(t.instruments[ins.instrument])}
            rowHeaders
            columns={[
              { label: t.challenge.side },
              { label: t.gov.cap, numeric: true },
              { label: t.gov.reserved, numeric: true },
              { label: t.gov.awarded, numeric: true },
              { label: t.gov.spentCol, numeric: true },
            ]}
            rows={ins.sides.map((s) => [
              s.side === 'ezk' ? t.gov.sideEzk : t.gov.sideOthers,
              money(s.capCents),
              money(s.reservedCents),
              money(s.awardedCents),
              money(s.spentCents),
            ])}
          />
          {ins.agreementRow ? (
            <Table
              caption={t.gov.agreementRow}
              rowHeaders
              columns={[
                { label: '' },
                { label: t.gov.sideEzk, numeric: true },
                { label: t.gov.sideOthers, numeric: true },
                { label: t.gov.totals, numeric: true },
              ]}
              rows={[
                [
                  t.gov.agreed,
                  money(ins.agreementRow.agreed.ezkMaxCents),
                  money(ins.agreementRow.agreed.othersMaxCents),
                  money(ins.agreementRow.agreed.totalMaxCents),
                ],
                ...(ins.agreementRow.targetMinimumCents !== undefined
                  ? [[t.gov.agreedTarget, '–', '–', money(ins.agreementRow.targetMinimumCents)]]
                  : []),
                [
                  t.gov.envelopesRow,
                  money(ins.agreementRow.envelopes.ezkCents),
                  money(ins.agreementRow.envelopes.othersCents),
                  money(ins.agreementRow.envelopes.totalCents),
                ],
                [
                  t.gov.committedRow,
                  money(ins.agreementRow.committed.ezkCents),
                  money(ins.agreementRow.committed.othersCents),
                  money(ins.agreementRow.committed.totalCents),
                ],
              ]}
            />
          ) : null}
          <P>
            {t.gov.realisedSplit}: {money(ins.realisedSplit.committed.ezkCents)} /{' '}
            {money(ins.realisedSplit.committed.coFundersCents)} (
            {formatShare(ins.realisedSplit.committed.ezkShareBasisPoints, v.lang)} EZK)
          </P>
        </section>
      ))}
      {r.flags.length > 0 ? (
        <>
          <H2>{t.gov.flags}</H2>
          <ul>
            {r.flags.map((f) => (
              <li lang="en">{f.detail}</li>
            ))}
          </ul>
        </>
      ) : null}
    </Layout>
  );
}

export function AwardsRegisterPage(props: {
  v: View;
  report: AwardsRegister;
  filter: { buyer?: string; phase?: string; status?: string };
}) {
  const { v, report: r, filter } = props;
  const { t } = v;
  const buyers = [...new Map(r.items.map((i) => [i.buyerOin, i.buyerName])).entries()];
  const items = r.items.filter(
    (i) =>
      (!filter.buyer || i.buyerOin === filter.buyer) &&
      (!filter.phase || String(i.phase) === filter.phase) &&
      (!filter.status || i.status === filter.status),
  );
  const q = `jaar=${r.year}`;
  return (
    <Layout v={v} title={`${t.gov.awardsRegister} ${r.year}`} current="reports">
      {reportsCrumbs(v)}
      <H1>
        {t.gov.awardsRegister} {r.year}
      </H1>
      <form method="get" action="/rapporten/gunningen" class="im-filters">
        <input type="hidden" name="jaar" value={String(r.year)} />
        <Select
          v={v}
          form={{ values: { opdrachtgever: filter.buyer ?? '' }, errors: {} }}
          name="opdrachtgever"
          label={t.gov.filterBuyer}
          options={[
            { value: '', label: t.listing.any },
            ...buyers.map(([oin, name]) => ({ value: oin, label: name })),
          ]}
        />
        <Select
          v={v}
          form={{ values: { fase: filter.phase ?? '' }, errors: {} }}
          name="fase"
          label={t.gov.filterPhase}
          options={[
            { value: '', label: t.listing.any },
            { value: '1', label: '1' },
            { value: '2', label: '2' },
            { value: '3', label: '3' },
          ]}
        />
        <Select
          v={v}
          form={{ values: { status: filter.status ?? '' }, errors: {} }}
          name="status"
          label={t.gov.filterStatus}
          options={[
            { value: '', label: t.listing.any },
            ...(['provisional', 'awarded', 'completed', 'terminated', 'withdrawn'] as const).map((s) => ({
              value: s,
              label: t.gov.contractStatus[s] ?? s,
            })),
          ]}
        />
        <div class="im-field">
          <Button>{t.gov.filter}</Button>
        </div>
      </form>
      <P>
        {t.gov.download}: <A href={`/rapporten/gunningen.csv?${q}&variant=excel-nl`}>{t.gov.downloadExcel}</A>{' '}
        · <A href={`/rapporten/gunningen.csv?${q}&variant=rfc4180`}>{t.gov.downloadCsv}</A> ·{' '}
        <A href={`/rapporten/gunningen.json?${q}`}>{t.gov.downloadJson}</A>
      </P>
      <p class="utrecht-paragraph" role="status">
        <strong>{t.gov.rows(items.length)}</strong>
      </p>
      <Table
        caption={t.gov.awardsRegister}
        hideCaption
        columns={[
          { label: t.proposal.forChallenge },
          { label: t.gov.filterBuyer },
          { label: t.gov.filterPhase },
          { label: t.gov.company },
          { label: t.gov.amount, numeric: true },
          { label: t.gov.sideEzk, numeric: true },
          { label: t.gov.sideOthers, numeric: true },
          { label: t.gov.filterStatus },
          { label: t.gov.decidedAt },
          { label: t.gov.guidance },
        ]}
        rows={items.map((i) => [
          i.challengeTitle,
          i.buyerName,
          i.phase,
          <>
            {i.companyName} {i.sme ? <Tag>{t.gov.smeTag}</Tag> : null}
          </>,
          formatMoney(i.amountCents, v.lang),
          formatMoney(i.ezkAmountCents, v.lang),
          formatMoney(i.coFundersAmountCents, v.lang),
          t.gov.contractStatus[i.status] ?? i.status,
          formatDate(i.decidedAt, v.lang),
          <a class="rvo-link" href={i.pianooUrl} lang="nl">
            PIANOo
            <span class="im-visually-hidden"> {i.procedure}</span>
          </a>,
        ])}
      />
    </Layout>
  );
}

export function PipelinePage(props: { v: View; report: Pipeline }) {
  const { v, report: r } = props;
  const { t } = v;
  const phase = (n: number) => r.phases.find((p) => p.phase === n);
  const stages = [
    { label: t.gov.proposals, value: r.total.proposals },
    { label: t.gov.phase1Contracts, value: phase(1)?.awards ?? 0 },
    { label: t.gov.phase2Contracts, value: phase(2)?.awards ?? 0 },
  ];
  return (
    <Layout v={v} title={`${t.gov.pipeline} ${r.year}`} current="reports">
      {reportsCrumbs(v)}
      <H1>
        {t.gov.pipeline} {r.year}
      </H1>
      <YearForm v={v} action="/rapporten/pijplijn" year={r.year} />
      <FunnelChart id="funnel" title={t.gov.funnelTitle} description={t.gov.funnelDesc} stages={stages} />
      <SummaryList
        rows={[
          ...stages.map((s) => [s.label, String(s.value)] as [string, string]),
          [t.gov.successRate, rate(r.total.successRateBasisPoints, v)],
          [t.gov.smeShare, rate(r.total.smeProposalShareBasisPoints, v)],
        ]}
      />
      <P>{t.gov.transitionRate(rate(r.transition.rateBasisPoints, v))}</P>
      <H2>{t.gov.byTheme}</H2>
      <Table
        caption={t.gov.byTheme}
        hideCaption
        rowHeaders
        columns={[
          { label: t.challenge.theme },
          { label: t.gov.proposals, numeric: true },
          { label: t.gov.contracts, numeric: true },
          { label: t.gov.successRate, numeric: true },
          { label: t.gov.smeShare, numeric: true },
          { label: t.gov.transition, numeric: true },
        ]}
        rows={r.byTheme.map((row) => [
          <span lang="nl">{row.themeName}</span>,
          row.proposals,
          row.awards,
          rate(row.successRateBasisPoints, v),
          rate(row.smeProposalShareBasisPoints, v),
          rate(row.transition.rateBasisPoints, v),
        ])}
      />
      <H2>{t.decisions.reportHeading}</H2>
      {r.procedures.length === 0 ? (
        <P>{t.decisions.reportNone}</P>
      ) : (
        <Table
          caption={t.decisions.reportHeading}
          hideCaption
          rowHeaders
          columns={[
            { label: t.decisions.call },
            { label: t.decisions.reportDecisions, numeric: true },
            { label: t.decisions.reportInStandstill, numeric: true },
            { label: t.decisions.reportWithdrawn, numeric: true },
            { label: t.decisions.reportLodged, numeric: true },
            { label: t.decisions.reportUpheld, numeric: true },
            { label: t.decisions.reportOpen, numeric: true },
          ]}
          rows={r.procedures.map((p) => [
            <span lang="nl">{p.title}</span>,
            p.decisions,
            p.inStandstill,
            p.withdrawn,
            p.objectionsLodged,
            p.objectionsUpheld,
            p.objectionsOpen,
          ])}
        />
      )}
    </Layout>
  );
}

export function FollowUpReportPage(props: { v: View; report: FollowUpReport }) {
  const { v, report: r } = props;
  const { t } = v;
  return (
    <Layout v={v} title={`${t.gov.followUp} ${r.year}`} current="reports">
      {reportsCrumbs(v)}
      <H1>
        {t.gov.followUp} {r.year}
      </H1>
      <YearForm v={v} action="/rapporten/vervolg" year={r.year} />
      <Table
        caption={t.gov.followUp}
        rowHeaders
        columns={[
          { label: t.followUps.round },
          { label: t.followUps.statuses.reported, numeric: true },
          { label: t.followUps.statuses.due, numeric: true },
          { label: t.followUps.statuses.overdue, numeric: true },
          { label: t.followUps.statuses.scheduled, numeric: true },
        ]}
        rows={r.rounds.map((round) => [
          t.followUps.roundN(round.round),
          round.reported,
          round.due,
          round.overdue,
          round.scheduled,
        ])}
      />
      <H2>{t.gov.outcomes}</H2>
      <SummaryList
        rows={[
          [t.gov.revenue, formatMoney(r.outcomes.followOnRevenueCents, v.lang)],
          [t.gov.investment, formatMoney(r.outcomes.followOnInvestmentCents, v.lang)],
          [t.gov.jobs, String(r.outcomes.jobsCreated)],
          [t.gov.launches, String(r.outcomes.marketLaunches)],
        ]}
      />
      <H2>{t.gov.overdueList}</H2>
      {r.overdue.length === 0 ? (
        <P>–</P>
      ) : (
        <Table
          caption={t.gov.overdueList}
          hideCaption
          columns={[
            { label: t.gov.company },
            { label: t.proposal.forChallenge },
            { label: t.followUps.round },
            { label: t.followUps.dueAt },
            { label: t.gov.daysLate, numeric: true },
          ]}
          rows={r.overdue.map((o) => [
            o.companyName,
            o.challengeTitle,
            o.round,
            formatDate(o.dueAt, v.lang),
            o.daysSinceDue,
          ])}
        />
      )}
    </Layout>
  );
}

export function AuditIndexPage(props: { v: View; challenges: { id: string; title: string }[] }) {
  const { v } = props;
  return (
    <Layout v={v} title={v.t.gov.auditTrail} current="reports">
      {reportsCrumbs(v)}
      <H1>{v.t.gov.auditTrail}</H1>
      <ul>
        {props.challenges.map((c) => (
          <li>
            <A href={`/rapporten/audit/${c.id}`}>{c.title}</A>
          </li>
        ))}
      </ul>
    </Layout>
  );
}

export function AuditTrailPage(props: { v: View; title: string; trail: AuditTrail }) {
  const { v, trail } = props;
  const { t } = v;
  return (
    <Layout v={v} title={`${t.gov.auditTrail}: ${props.title}`} current="reports">
      {reportsCrumbs(v)}
      <H1>
        {t.gov.auditTrail}: {props.title}
      </H1>
      <P>{t.gov.auditIntro}</P>
      <Alert kind={trail.verification.valid ? 'success' : 'error'}>
        <p class="utrecht-paragraph">
          {trail.verification.valid ? t.gov.verified : t.gov.broken}{' '}
          {t.gov.entries(trail.verification.entries)}
        </p>
      </Alert>
      <Table
        caption={t.gov.auditTrail}
        hideCaption
        columns={[{ label: '#' }, { label: t.gov.when }, { label: t.gov.what }, { label: t.gov.actor }]}
        rows={trail.entries.map((e) => [
          e.seq,
          formatDateTime(e.at, v.lang),
          <span lang="en">{e.action}</span>,
          `${t.roles[e.actor.role as 'buyer'] ?? e.actor.role} ${e.actor.org ?? ''}`,
        ])}
      />
    </Layout>
  );
}
