/** @jsxImportSource hono/jsx */

import type { z } from 'zod/mini';
import { CRITERIA, type CriterionKey } from '#shared/kernel/vocabulary.ts';
import type { routes } from '#shared/routes.ts';
import { formatNumber } from '#web/i18n/format.ts';
import { A, Alert, Breadcrumbs, H1, H2, P, SummaryList, Table } from '#web/kit/components.tsx';
import { Layout } from '#web/kit/layout.tsx';
import { StatisticsTable } from '#web/kit/statistics.tsx';
import type { CallView, PhaseStatistics, ProposalView } from '#web/kit/types.ts';
import { titleOf, type View } from '#web/kit/view.ts';
import { Assessments } from '../assessments.tsx';
import { groupTexts } from '../messages.ts';
import { texts } from './messages.ts';

export type Feedback = z.output<typeof routes.proposalFeedback.response>;

export function FeedbackPage(props: {
  v: View;
  proposal: ProposalView;
  call?: CallView;
  feedback?: Feedback;
  statistics?: PhaseStatistics;
}) {
  const { v, feedback: f } = props;
  const { t } = v;
  const criterionName = (key: string) => CRITERIA[key as CriterionKey]?.[v.lang] ?? key;
  return (
    <Layout v={v} title={`${texts(v).title}: ${titleOf(props.call, v)}`} current="proposals">
      <Breadcrumbs
        label={groupTexts(v).myTitle}
        items={[
          { href: '/mijn/voorstellen', label: groupTexts(v).myTitle },
          { href: `/voorstellen/${props.proposal.id}`, label: t.proposal.detailTitle },
        ]}
      />
      <H1>{texts(v).title}</H1>
      {props.call ? (
        <P>
          <A href={`/oproepen/${props.call.id}`}>{titleOf(props.call, v)}</A>
        </P>
      ) : null}
      {!f ? (
        <P>{texts(v).notYet}</P>
      ) : (
        <>
          <Alert kind={f.awarded ? 'success' : 'info'}>
            <p class="utrecht-paragraph">
              {texts(v).rank(f.rank, f.of)} {f.awarded ? texts(v).awarded : texts(v).notAwarded}
              {f.meetsThreshold ? '' : ` ${texts(v).belowThreshold}`}
            </p>
          </Alert>
          <SummaryList rows={[[texts(v).total, formatNumber(f.totalScore, v.lang, 2)]]} />
          <Table
            caption={texts(v).perCriterion}
            columns={[{ label: t.call.criterion }, { label: groupTexts(v).score, numeric: true }]}
            rows={Object.entries(f.criterionScores).map(([key, value]) => [
              criterionName(key),
              formatNumber(value, v.lang, 2),
            ])}
          />
          <H2>{groupTexts(v).assessments}</H2>
          <Assessments v={v} assessments={f.assessments} />
        </>
      )}
      {props.statistics ? (
        <>
          <H2>{t.call.statistics}</H2>
          <StatisticsTable v={v} stats={props.statistics} />
        </>
      ) : null}
    </Layout>
  );
}
