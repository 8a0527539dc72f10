/** @jsxImportSource hono/jsx */
import { committeeCriteria } from '#shared/challenges/criteria.ts';
import { CRITERIA, type CriterionKey } from '#shared/kernel/vocabulary.ts';
import { formatDateTime, formatMoney } from '#web/i18n/format.ts';
import type { Evaluation } from './buyer.tsx';
import {
  A,
  Alert,
  Breadcrumbs,
  Button,
  Choices,
  CsrfField,
  Deadline,
  ErrorSummary,
  H1,
  H2,
  Layout,
  P,
  Select,
  SummaryList,
  Table,
  Tag,
  TextArea,
} from './components.tsx';
import { FileTable } from './documents.tsx';
import type { ChallengeView } from './public.tsx';
import type { ProposalView } from './sme.tsx';
import { companyIdText, type FormState, titleOf, type View } from './view.ts';

/** What an assessor still has to do in a phase: declare, then score what it did not recuse from. */
export const todoOf = (e: Evaluation) =>
  e.proposals.filter((p) => !p.mine?.declared || (!p.mine.recused && !p.mine.scored)).length;

export function CommitteesPage(props: {
  v: View;
  committees: { challenge?: ChallengeView; phase: number; evaluation?: Evaluation }[];
  flash?: string;
}) {
  const { v } = props;
  const { t } = v;
  return (
    <Layout v={v} title={t.gov.committeesTitle} current="committees">
      {props.flash ? <Alert kind="success">{props.flash}</Alert> : null}
      <H1>{t.gov.committeesTitle}</H1>
      <P>{t.gov.committeesIntro}</P>
      {props.committees.length === 0 ? (
        <P>{t.gov.noCommittees}</P>
      ) : (
        <ul class="im-cards">
          {props.committees.map(({ challenge, phase, evaluation: e }) => (
            <li class="im-card">
              <h2 class="utrecht-heading-3">
                <A href={`/beoordelen/${challenge?.id}/fase/${phase}`}>
                  {titleOf(challenge, v)}, {t.phaseNames[phase]}
                </A>
              </h2>
              <p class="utrecht-paragraph">
                {!e ? null : e.sealed ? (
                  t.gov.sealed(formatDateTime(e.deadline, v.lang))
                ) : (
                  <Tag kind={todoOf(e) === 0 ? 'closed' : 'open'}>{t.gov.todo(todoOf(e))}</Tag>
                )}
              </p>
            </li>
          ))}
        </ul>
      )}
    </Layout>
  );
}

export function AssessPhasePage(props: {
  v: View;
  challenge: ChallengeView;
  evaluation: Evaluation;
  form: FormState;
  flash?: string;
}) {
  const { v, challenge: c, evaluation: e, form } = props;
  const { t } = v;
  const undeclared = e.proposals.filter((p) => !p.mine?.declared);
  const statusOf = (p: Evaluation['proposals'][number]) =>
    !p.mine?.declared
      ? t.gov.statusTodoDeclare
      : p.mine.recused
        ? t.gov.statusRecused
        : p.mine.scored
          ? t.gov.statusScored
          : t.gov.statusTodoScore;
  return (
    <Layout v={v} title={`${titleOf(c, v)}, ${t.phaseNames[e.phase]}`} current="committees">
      <Breadcrumbs
        label={t.gov.committeesTitle}
        items={[{ href: '/beoordelen', label: t.gov.committeesTitle }]}
      />
      {props.flash ? <Alert kind="success">{props.flash}</Alert> : null}
      <ErrorSummary v={v} form={form} order={undeclared.map((p) => `decl-${p.id}`)} />
      <H1>
        {titleOf(c, v)}, {t.phaseNames[e.phase]}
      </H1>
      <SummaryList
        rows={[
          [t.challenge.deadline, <Deadline v={v} at={e.deadline} />],
          [
            t.gov.proposals,
            e.sealed ? t.gov.sealed(formatDateTime(e.deadline, v.lang)) : String(e.proposalCount ?? 0),
          ],
        ]}
      />
      {e.sealed ? null : (
        <>
          {undeclared.length > 0 ? (
            <section aria-labelledby="verklaren">
              <H2 id="verklaren">{t.gov.declareTitle}</H2>
              <P>{t.gov.declareIntro}</P>
              <form method="post" action={`/beoordelen/${c.id}/fase/${e.phase}/verklaren`} novalidate>
                <CsrfField v={v} />
                {undeclared.map((p) => (
                  <Choices
                    v={v}
                    form={form}
                    name={`decl-${p.id}`}
                    legend={`${p.companyName} (${formatMoney(p.requestedAmountCents, v.lang)})`}
                    options={[
                      { value: 'none', label: t.gov.noConflict },
                      { value: 'conflict', label: t.gov.conflict },
                    ]}
                  />
                ))}
                <Button>{t.gov.declareButton}</Button>
              </form>
            </section>
          ) : null}
          <H2>{t.gov.proposals}</H2>
          <Table
            caption={t.gov.proposals}
            hideCaption
            columns={[
              { label: t.gov.company },
              { label: t.gov.requested, numeric: true },
              { label: t.gov.yourStatus },
              { label: <span class="im-visually-hidden">{t.gov.actions}</span> },
            ]}
            rows={e.proposals.map((p) => [
              p.companyName,
              formatMoney(p.requestedAmountCents, v.lang),
              statusOf(p),
              p.mine?.declared && !p.mine.recused && !e.decisionTaken ? (
                <A href={`/beoordelen/voorstel/${p.id}?oproep=${c.id}`}>
                  {t.gov.read}
                  <span class="im-visually-hidden"> {p.companyName}</span>
                </A>
              ) : null,
            ])}
          />
        </>
      )}
    </Layout>
  );
}

export function ScorePage(props: {
  v: View;
  challenge: ChallengeView;
  proposal: ProposalView;
  form: FormState;
}) {
  const { v, challenge: c, proposal: p, form } = props;
  const { t } = v;
  const phase = c.phases.find((x) => x.number === p.phase);
  // Price is the announced formula's, not the committee's: no field for it.
  const criteria = committeeCriteria(phase?.criteria ?? []);
  const options = [
    { value: '', label: t.form.chooseScore },
    ...Array.from({ length: 11 }, (_, i) => ({ value: String(i), label: String(i) })),
  ];
  return (
    <Layout v={v} title={`${t.gov.scoreTitle}: ${p.companyName}`} current="committees">
      <Breadcrumbs
        label={t.gov.committeesTitle}
        items={[
          { href: '/beoordelen', label: t.gov.committeesTitle },
          {
            href: `/beoordelen/${c.id}/fase/${p.phase}`,
            label: `${titleOf(c, v)}, ${t.phaseNames[p.phase]}`,
          },
        ]}
      />
      <ErrorSummary v={v} form={form} order={[...criteria.map((x) => `score-${x.key}`), 'motivation']} />
      <H1>
        {t.gov.scoreTitle}: {p.companyName}
      </H1>
      <SummaryList
        rows={[
          [t.gov.company, `${p.companyName} (${companyIdText(p.companyKvk, v)})`],
          [t.proposal.requested, formatMoney(p.requestedAmountCents, v.lang)],
          [t.proposal.requestedExcl, formatMoney(p.requestedAmountExclVatCents, v.lang)],
          [t.challenge.duration, t.challenge.months(p.durationMonths)],
        ]}
      />
      <H2>{t.proposal.summary}</H2>
      <P class="im-pre">{p.summary}</P>
      <H2>{t.proposal.plan}</H2>
      <div class="im-pre">{p.plan}</div>
      {p.documents.length > 0 ? (
        <ul>
          {p.documents.map((d) => (
            <li>
              <A href={d.url}>{d.title}</A>
            </li>
          ))}
        </ul>
      ) : null}
      <H2>{t.documents.attachmentsTitle}</H2>
      <FileTable
        v={v}
        caption={t.documents.attachmentsTitle}
        files={p.attachments ?? []}
        openHref={(file) => `/voorstellen/${p.id}/bijlagen/${file.id}`}
      />
      <form method="post" action={`/beoordelen/voorstel/${p.id}?oproep=${c.id}`} novalidate>
        <CsrfField v={v} />
        {c.priceFormula ? <P>{c.priceFormula[v.lang]}</P> : null}
        {criteria.map((x) => (
          <Select
            v={v}
            form={form}
            name={`score-${x.key}`}
            label={t.gov.scoreFor(CRITERIA[x.key as CriterionKey][v.lang])}
            options={options}
          />
        ))}
        <TextArea v={v} form={form} name="motivation" label={t.gov.motivation} rows={5} />
        <Button>{t.gov.scoreButton}</Button>
      </form>
    </Layout>
  );
}
