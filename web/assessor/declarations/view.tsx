/** @jsxImportSource hono/jsx */

import { formatDateTime, formatMoney } from '#web/i18n/format.ts';
import {
  A,
  Alert,
  Breadcrumbs,
  Button,
  CsrfField,
  Deadline,
  H1,
  H2,
  P,
  SummaryList,
  Table,
} from '#web/kit/components.tsx';
import { Choices, ErrorSummary } from '#web/kit/fields.tsx';
import { Layout } from '#web/kit/layout.tsx';
import type { CallView, Evaluation } from '#web/kit/types.ts';
import { type FormState, titleOf, type View } from '#web/kit/view.ts';
import { groupTexts } from '../messages.ts';
import { texts } from './messages.ts';

export function AssessPhasePage(props: {
  v: View;
  call: CallView;
  evaluation: Evaluation;
  form: FormState;
  flash?: string;
}) {
  const { v, call: c, evaluation: e, form } = props;
  const { t } = v;
  // A bid the buyer declared invalid or excluded is not ranked: nothing to declare or score.
  const undeclared = e.proposals.filter((p) => !p.mine?.declared && !p.excluded);
  const statusOf = (p: Evaluation['proposals'][number]) =>
    p.excluded
      ? texts(v).statusExcluded
      : !p.mine?.declared
        ? texts(v).statusTodoDeclare
        : p.mine.recused
          ? texts(v).statusRecused
          : p.mine.scored
            ? texts(v).statusScored
            : texts(v).statusTodoScore;
  return (
    <Layout v={v} title={`${titleOf(c, v)}, ${t.phaseNames[e.phase]}`} current="committees">
      <Breadcrumbs
        label={groupTexts(v).committeesTitle}
        items={[{ href: '/beoordelen', label: groupTexts(v).committeesTitle }]}
      />
      {props.flash ? <Alert kind="success">{props.flash}</Alert> : null}
      <ErrorSummary v={v} form={form} order={undeclared.map((p) => `decl-${p.id}`)} />
      <H1>
        {titleOf(c, v)}, {t.phaseNames[e.phase]}
      </H1>
      <SummaryList
        rows={[
          [t.call.deadline, <Deadline v={v} at={e.deadline} />],
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
              <H2 id="verklaren">{texts(v).declareTitle}</H2>
              <P>{texts(v).declareIntro}</P>
              <form method="post" action={`/beoordelen/${c.id}/fase/${e.phase}/verklaren`} novalidate>
                <CsrfField v={v} />
                <input type="hidden" name="asked" value={undeclared.map((p) => p.id).join(',')} />
                {undeclared.map((p) => (
                  <Choices
                    v={v}
                    form={form}
                    name={`decl-${p.id}`}
                    legend={`${p.companyName} (${formatMoney(p.requestedAmountCents, v.lang)})`}
                    options={[
                      { value: 'none', label: texts(v).noConflict },
                      { value: 'conflict', label: texts(v).conflict },
                    ]}
                  />
                ))}
                <Button>{texts(v).declareButton}</Button>
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
              { label: texts(v).yourStatus },
              { label: <span class="im-visually-hidden">{t.gov.actions}</span> },
            ]}
            rows={e.proposals.map((p) => [
              p.companyName,
              formatMoney(p.requestedAmountCents, v.lang),
              statusOf(p),
              p.mine?.declared && !p.mine.recused && !p.excluded && !e.decisionTaken ? (
                <A href={`/beoordelen/voorstel/${p.id}?oproep=${c.id}`}>
                  {texts(v).read}
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
