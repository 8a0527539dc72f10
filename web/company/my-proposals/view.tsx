/** @jsxImportSource hono/jsx */

import { formatDateTime, formatMoney } from '#web/i18n/format.ts';
import { A, Alert, H1, P, Table } from '#web/kit/components.tsx';
import type { LetterItem } from '#web/kit/decisions.tsx';
import { Layout } from '#web/kit/layout.tsx';
import type { CallView, ProposalView } from '#web/kit/types.ts';
import { titleOf, type View } from '#web/kit/view.ts';
import { groupTexts } from '../messages.ts';
import { texts } from './messages.ts';

/** Where a proposal stands, in words: open, being assessed, or its latest standing decision. */
export function standingOf(v: View, p: ProposalView, letter: LetterItem | undefined): string {
  const x = texts(v);
  if (p.status === 'withdrawn') return x.withdrawn;
  if (!letter)
    return v.now.toISOString() < p.deadline ? x.open(formatDateTime(p.deadline, v.lang)) : x.assessing;
  if (letter.outcome === 'not-awarded') return x.notAwarded;
  if (letter.status === 'standstill') return x.provisional(formatDateTime(letter.standstillEndsAt, v.lang));
  if (letter.awardStatus === 'completed') return x.completed;
  if (letter.awardStatus === 'terminated') return x.terminated;
  if (letter.awardStatus === 'withdrawn') return x.awardWithdrawn;
  return x.awarded;
}

export function MyProposalsPage(props: {
  v: View;
  proposals: ProposalView[];
  calls: Map<string, CallView>;
  /** The latest standing decision per proposal (a withdrawn decision no longer counts). */
  letters: Map<string, LetterItem>;
  flash?: string;
}) {
  const { v } = props;
  const { t } = v;
  return (
    <Layout v={v} title={groupTexts(v).myTitle} current="proposals">
      {props.flash ? <Alert kind="success">{props.flash}</Alert> : null}
      <H1>{groupTexts(v).myTitle}</H1>
      <P>{texts(v).myIntro}</P>
      {props.proposals.length === 0 ? (
        <P>{texts(v).none}</P>
      ) : (
        <Table
          caption={groupTexts(v).myTitle}
          hideCaption
          columns={[
            { label: t.proposal.forCall },
            { label: t.proposal.phase },
            { label: t.proposal.requested, numeric: true },
            { label: texts(v).standing },
            { label: <span class="im-visually-hidden">{t.gov.actions}</span> },
          ]}
          rows={props.proposals.map((p) => {
            const letter = props.letters.get(p.id);
            const title = titleOf(props.calls.get(p.challengeId), v) || p.challengeId;
            return [
              <A href={`/voorstellen/${p.id}`}>{title}</A>,
              p.phase,
              formatMoney(p.requestedAmountCents, v.lang),
              standingOf(v, p, letter),
              letter ? (
                <A href={`/beslissingen/${letter.decisionId}/${p.id}`}>
                  {texts(v).readLetter}
                  <span class="im-visually-hidden"> {title}</span>
                </A>
              ) : p.status === 'submitted' && v.now.toISOString() < p.deadline ? (
                <A href={`/voorstellen/${p.id}/wijzigen`}>
                  {texts(v).change}
                  <span class="im-visually-hidden"> {title}</span>
                </A>
              ) : null,
            ];
          })}
        />
      )}
    </Layout>
  );
}
