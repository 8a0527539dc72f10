/** @jsxImportSource hono/jsx */

import { CALL_CHANGES } from '#shared/kernel/vocabulary.ts';
import { formatDateTime } from '#web/i18n/format.ts';
import { Button, CsrfField, H3, P } from '#web/kit/components.tsx';
import { Select, TextArea } from '#web/kit/fields.tsx';
import type { CallView, Question } from '#web/kit/types.ts';
import type { FormState, View } from '#web/kit/view.ts';
import { texts } from './messages.ts';

/** Field names of the publish form of one phase (one form per phase on the buyer's page). */
export const notaFields = (phase: number) => ({
  introduction: `notaIntroduction-${phase}`,
  question: `notaQuestion-${phase}`,
  answer: `notaAnswer-${phase}`,
  reason: `notaReason-${phase}`,
  change: `notaChange-${phase}`,
});

/**
 * The buyer's form to publish a phase's nota once its questions have closed: a word before the
 * questions and, optionally, one earlier answer to amend (with its reason).
 */
export function PublishNotaForm(props: {
  v: View;
  challengeId: string;
  phase: CallView['phases'][number];
  questions: Question[];
  form: FormState;
}) {
  const { v, phase } = props;
  const { t } = v;
  const names = notaFields(phase.number);
  const ofPhase = props.questions.filter((q) => q.phase === phase.number);
  const waiting = ofPhase.filter((q) => q.answer && !q.nota).length;
  const published = ofPhase.filter((q) => q.nota);
  return (
    <section class="im-phase" aria-labelledby={`nota-fase-${phase.number}`}>
      <H3>
        <span id={`nota-fase-${phase.number}`}>{texts(v).publishTitle(phase.number)}</span>
      </H3>
      <P>{texts(v).publishIntro(waiting, formatDateTime(phase.questionDeadline, v.lang))}</P>
      <form
        method="post"
        action={`/beheer/oproepen/${props.challengeId}/fasen/${phase.number}/nota`}
        novalidate
      >
        <CsrfField v={v} />
        <TextArea v={v} form={props.form} name={names.introduction} label={texts(v).introduction} rows={3} />
        {published.length > 0 ? (
          <fieldset class="utrecht-form-fieldset">
            <legend class="utrecht-form-fieldset__legend">{texts(v).amendLegend}</legend>
            <Select
              v={v}
              form={props.form}
              name={names.question}
              label={texts(v).amendQuestion}
              options={[
                { value: '', label: texts(v).noAmendment },
                ...published.map((q) => ({
                  value: q.id,
                  label: `${t.notas.item(q.nota!.item)}: ${q.question.slice(0, 80)}`,
                })),
              ]}
            />
            <TextArea v={v} form={props.form} name={names.answer} label={texts(v).amendAnswer} rows={3} />
            <TextArea v={v} form={props.form} name={names.reason} label={t.notas.reason} rows={2} />
            <Select
              v={v}
              form={props.form}
              name={names.change}
              label={t.notas.change}
              hint={texts(v).changeHint(phase.significantChangeDays)}
              options={[
                { value: '', label: texts(v).chooseChange },
                ...CALL_CHANGES.map((c) => ({ value: c, label: t.notas.changes[c]! })),
              ]}
            />
          </fieldset>
        ) : null}
        <Button>{texts(v).publishButton}</Button>
      </form>
    </section>
  );
}
