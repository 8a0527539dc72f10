import { formatDateTime } from '#web/i18n/format.ts';
import { A, Alert, H1, P, Tag } from '#web/kit/components.tsx';
import { Layout } from '#web/kit/layout.tsx';
import type { CallView, Evaluation } from '#web/kit/types.ts';
import { titleOf, type View } from '#web/kit/view.ts';
import { groupTexts } from '../messages.ts';
import { texts } from './messages.ts';

/** What an assessor still has to do in a phase: declare, then score what it did not recuse from. */
export const todoOf = (e: Evaluation) =>
  e.proposals.filter((p) => !p.excluded && (!p.mine?.declared || (!p.mine.recused && !p.mine.scored))).length;

export function CommitteesPage(props: {
  v: View;
  committees: { call?: CallView; phase: number; evaluation?: Evaluation }[];
  flash?: string;
}) {
  const { v } = props;
  const { t } = v;
  return (
    <Layout v={v} title={groupTexts(v).committeesTitle} current="committees">
      {props.flash ? <Alert kind="success">{props.flash}</Alert> : null}
      <H1>{groupTexts(v).committeesTitle}</H1>
      <P>{texts(v).committeesIntro}</P>
      {props.committees.length === 0 ? (
        <P>{texts(v).noCommittees}</P>
      ) : (
        <ul class="im-cards">
          {props.committees.map(({ call, phase, evaluation: e }) => (
            <li class="im-card">
              <h2 class="utrecht-heading-3">
                <A href={`/beoordelen/${call?.id}/fase/${phase}`}>
                  {titleOf(call, v)}, {t.phaseNames[phase]}
                </A>
              </h2>
              <p class="utrecht-paragraph">
                {!e ? null : e.sealed ? (
                  t.gov.sealed(formatDateTime(e.deadline, v.lang))
                ) : (
                  <Tag kind={todoOf(e) === 0 ? 'closed' : 'open'}>{texts(v).todo(todoOf(e))}</Tag>
                )}
              </p>
            </li>
          ))}
        </ul>
      )}
    </Layout>
  );
}
