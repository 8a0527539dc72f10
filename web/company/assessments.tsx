/** @jsxImportSource hono/jsx */

import { CRITERIA, type CriterionKey } from '#shared/kernel/vocabulary.ts';
import { Table } from '#web/kit/components.tsx';
import type { View } from '#web/kit/view.ts';
import { groupTexts } from './messages.ts';

interface Assessment {
  assessor: string;
  scores: { criterion: string; score: number; motivation?: string }[];
  motivation: string;
}

/**
 * What each assessor gave a company's proposal, assessors unnamed: per criterion the score and
 * why, then the overall judgement — the same in the decision letter and the feedback page.
 */
export function Assessments(props: { v: View; assessments: Assessment[] }) {
  const { v } = props;
  const { t } = v;
  const criterionName = (key: string) => CRITERIA[key as CriterionKey]?.[v.lang] ?? key;
  // The API numbers assessors ("Assessor 2") so they stay anonymous; say it in the reader's language.
  const assessorName = (label: string) => {
    const n = /^Assessor (\d+)$/.exec(label)?.[1];
    return n ? t.feedback.assessorN(Number(n)) : label;
  };
  return (
    <>
      {props.assessments.map((a) => (
        <section class="im-phase" aria-label={assessorName(a.assessor)}>
          <h3 class="utrecht-heading-3">{assessorName(a.assessor)}</h3>
          <Table
            caption={groupTexts(v).byCriterion(assessorName(a.assessor))}
            hideCaption
            columns={[
              { label: t.call.criterion },
              { label: groupTexts(v).score, numeric: true },
              { label: groupTexts(v).motivation },
            ]}
            rows={a.scores.map((s) => [
              criterionName(s.criterion),
              String(s.score),
              <span class="im-pre">{s.motivation ?? '—'}</span>,
            ])}
          />
          {a.motivation ? (
            <p class="utrecht-paragraph">
              <strong>{groupTexts(v).overall}:</strong> <span class="im-pre">{a.motivation}</span>
            </p>
          ) : null}
        </section>
      ))}
    </>
  );
}
