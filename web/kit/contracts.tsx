/** @jsxImportSource hono/jsx */

import type { z } from 'zod/mini';
import type { routes } from '#shared/routes.ts';
import { formatDate, formatMoney, type Lang } from '#web/i18n/format.ts';
import { A, SummaryList, Table, Tag } from '#web/kit/components.tsx';
import { localised, type View } from '#web/kit/view.ts';

export type Contract = z.output<typeof routes.getContract.response>;
export type Milestone = Contract['milestones'][number];

/*
 * A contract as its company and its buyer both see it: the facts, each funder's part and what it
 * paid, and the milestones with what happened to each. The actions differ per group (links given).
 */

/** A calendar day (YYYY-MM-DD) in words. */
export const dayText = (date: string, lang: Lang) => formatDate(`${date}T12:00:00Z`, lang);

/** Today in Amsterdam, as YYYY-MM-DD (the review deadlines are Amsterdam days), by the site's clock. */
export const amsterdamToday = (now: Date) =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }).format(now);

const tagKind = (m: Milestone, today: string) =>
  m.status === 'paid'
    ? 'closed'
    : m.status === 'rejected' || (m.status === 'submitted' && m.reviewDueDate && today > m.reviewDueDate)
      ? 'warning'
      : 'open';

export function MilestoneStatus(props: { v: View; milestone: Milestone }) {
  const { v, milestone: m } = props;
  const today = amsterdamToday(v.now);
  const late = m.status === 'submitted' && m.reviewDueDate !== undefined && today > m.reviewDueDate;
  return (
    <>
      <Tag kind={tagKind(m, today) as 'open'}>{v.t.contracts.statuses[m.status]}</Tag>
      {m.status === 'submitted' && m.reviewDueDate ? (
        <span class="im-muted">
          {' '}
          {late ? v.t.contracts.overdue : v.t.contracts.reviewBy(dayText(m.reviewDueDate, v.lang))}
        </span>
      ) : null}
      {m.payment ? (
        <span class="im-muted"> {v.t.contracts.paidOn(dayText(m.payment.paidOn, v.lang))}</span>
      ) : null}
    </>
  );
}

export function ContractFacts(props: { v: View; contract: Contract }) {
  const { v, contract: c } = props;
  const { t } = v;
  return (
    <SummaryList
      rows={[
        [t.gov.company, c.company.name],
        [t.proposal.forCall, localised(c.challengeTitle, v.lang).text],
        [t.proposal.phase, String(c.phase)],
        [t.contracts.amount, formatMoney(c.amountCents, v.lang)],
        [t.contracts.period, `${dayText(c.startDate, v.lang)} – ${dayText(c.endDate, v.lang)}`],
        [t.contracts.status, t.gov.contractStatus[c.awardStatus] ?? c.awardStatus],
        [t.contracts.paidTotal, formatMoney(c.paidCents, v.lang)],
        ...(c.payableCents > 0
          ? [[t.contracts.payable, formatMoney(c.payableCents, v.lang)] as [string, string]]
          : []),
      ]}
    />
  );
}

/** Each funder's part of the contract and what it has paid (THE split, exact to the cent). */
export function FunderParts(props: { v: View; contract: Contract }) {
  const { v, contract: c } = props;
  const { t } = v;
  return (
    <Table
      caption={t.contracts.funders}
      columns={[
        { label: t.contracts.funder },
        { label: t.contracts.awardedPart, numeric: true },
        { label: t.contracts.paidPart, numeric: true },
      ]}
      rows={c.funders.map((f) => [
        f.name,
        formatMoney(f.awardedCents, v.lang),
        formatMoney(f.paidCents, v.lang),
      ])}
      rowHeaders
    />
  );
}

/** Where this reader opens a deliverable's document (the site asks the API, which logs it). */
export type FileHref = (m: Milestone, fileId: string) => string;

/**
 * The milestones: what to deliver, by when, for how much, where it stands and what happened;
 * `action` gives a milestone's link for this reader (submit, review, pay) or nothing.
 */
export function MilestonesTable(props: {
  v: View;
  contract: Contract;
  action: (m: Milestone) => { href: string; label: string } | undefined;
  fileHref: FileHref;
}) {
  const { v, contract: c } = props;
  const { t } = v;
  return (
    <Table
      caption={t.contracts.milestones}
      hideCaption
      columns={[
        { label: t.contracts.milestone },
        { label: t.contracts.deliverable },
        { label: t.contracts.dueDate },
        { label: t.contracts.amount, numeric: true },
        { label: t.contracts.status },
        { label: t.contracts.history },
        { label: <span class="im-visually-hidden">{t.contracts.next}</span> },
      ]}
      rows={c.milestones.map((m) => {
        const action = props.action(m);
        return [
          String(m.number),
          localised(m.deliverable, v.lang).text,
          dayText(m.dueDate, v.lang),
          formatMoney(m.amountCents, v.lang),
          <MilestoneStatus v={v} milestone={m} />,
          <History v={v} milestone={m} fileHref={props.fileHref} />,
          action ? (
            <A href={action.href}>
              {action.label}
              <span class="im-visually-hidden"> {t.contracts.milestoneN(m.number)}</span>
            </A>
          ) : null,
        ];
      })}
    />
  );
}

/** A submission's documents, each a link that opens it. */
export function SubmittedFiles(props: {
  v: View;
  milestone: Milestone;
  files: NonNullable<Milestone['files']>;
  fileHref: FileHref;
}) {
  const { v } = props;
  return (
    <ul class="utrecht-unordered-list im-compact-list">
      {props.files.map((file) => (
        <li class="utrecht-unordered-list__item">
          <a
            class="rvo-link"
            href={props.fileHref(props.milestone, file.id)}
            aria-label={v.t.documents.openNamed(file.fileName)}
          >
            {file.fileName}
          </a>
        </li>
      ))}
    </ul>
  );
}

/** Submissions (with their documents) and reviews, in the order things happen. */
function History(props: { v: View; milestone: Milestone; fileHref: FileHref }) {
  const { v, milestone: m } = props;
  const { t } = v;
  const day = (iso: string) => formatDate(iso, v.lang);
  // In the order things happen: each submission, then its review; the invoice after acceptance.
  const submissionLine = (s: Milestone['submissions'][number]) =>
    `${t.contracts.submittedAt(day(s.submittedAt))}${s.reference ? ` (${s.reference})` : ''}`;
  const reviewLine = (r: Milestone['reviews'][number]) =>
    r.outcome === 'accepted'
      ? t.contracts.acceptedAt(day(r.reviewedAt))
      : t.contracts.rejectedAt(day(r.reviewedAt), r.reason ?? '');
  const lines: { text: string; files?: NonNullable<Milestone['files']> }[] = [
    ...m.submissions.flatMap((s, i) => [
      { text: submissionLine(s), ...(s.files?.length ? { files: s.files } : {}) },
      ...(m.reviews[i] ? [{ text: reviewLine(m.reviews[i]!) }] : []),
    ]),
    // Reviews without a submission of their own: acceptance at the contract's completion.
    ...m.reviews.slice(m.submissions.length).map((r) => ({ text: reviewLine(r) })),
    ...(m.invoice
      ? [{ text: t.contracts.invoicedAt(m.invoice.invoiceNumber, day(m.invoice.receivedAt)) }]
      : []),
  ];
  if (lines.length === 0) return null;
  return (
    <ul class="utrecht-unordered-list im-compact-list">
      {lines.map((l) => (
        <li class="utrecht-unordered-list__item">
          {l.text}
          {l.files ? <SubmittedFiles v={v} milestone={m} files={l.files} fileHref={props.fileHref} /> : null}
        </li>
      ))}
    </ul>
  );
}
