/** @jsxImportSource hono/jsx */

import { manageCrumbs } from '#web/buyer/crumbs.tsx';
import { Alert, Button, CsrfField, H1, H2, P } from '#web/kit/components.tsx';
import { Choices, ErrorSummary, TextArea, TextField } from '#web/kit/fields.tsx';
import { Layout } from '#web/kit/layout.tsx';
import type { CallView } from '#web/kit/types.ts';
import { emptyForm, type FormState, titleOf, type View } from '#web/kit/view.ts';
import { groupTexts } from '../messages.ts';
import { type Candidate, candidateValue } from './form.ts';
import { texts } from './messages.ts';

export function CommitteePage(props: {
  v: View;
  call: CallView;
  phase: number;
  form: FormState;
  /** An upheld complaint reopened the evaluation: a change needs its reason. */
  reopened?: boolean;
  /** The assessors the buyer may name, by name (its own and the experts it invited). */
  candidates?: (Candidate & { organisationName: string; expert: boolean })[];
  expertForm?: FormState;
  flash?: string;
}) {
  const { v, call: c, form } = props;
  const { t } = v;
  const rows = [1, 2, 3, 4, 5];
  const candidates = props.candidates ?? [];
  const manualOpen = rows.some((n) => form.values[`assessorOin${n}`] || form.errors[`assessorOin${n}`]);
  const manualRows = rows.map((n) => (
    <fieldset class="im-fieldset im-phase">
      <legend>{t.feedback.assessorN(n)}</legend>
      <TextField v={v} form={form} name={`assessorOin${n}`} label={texts(v).assessorOin(n)} />
      <TextField v={v} form={form} name={`assessorId${n}`} label={texts(v).assessorId(n)} short />
      <TextField v={v} form={form} name={`assessorName${n}`} label={texts(v).assessorName(n)} />
    </fieldset>
  ));
  return (
    <Layout v={v} title={`${groupTexts(v).committee}: ${titleOf(c, v)}`} current="my-calls">
      {manageCrumbs(v, c)}
      {props.flash ? <Alert>{props.flash}</Alert> : null}
      <ErrorSummary
        v={v}
        form={form}
        order={['picked']
          .concat(rows.flatMap((n) => [`assessorOin${n}`, `assessorId${n}`, `assessorName${n}`]))
          .concat('reason')}
      />
      {props.expertForm ? (
        <ErrorSummary
          v={v}
          form={props.expertForm}
          order={['expertName', 'expertEmail', 'expertOrganisation']}
        />
      ) : null}
      <H1>
        {groupTexts(v).committee}, {t.phaseNames[props.phase]}
      </H1>
      <P>{candidates.length > 0 ? texts(v).pickIntro : texts(v).committeeIntro}</P>
      <form method="post" action={`/beheer/oproepen/${c.id}/fase/${props.phase}/commissie`} novalidate>
        <CsrfField v={v} />
        {candidates.length > 0 ? (
          <Choices
            v={v}
            form={form}
            name="picked"
            legend={texts(v).pickLegend}
            multiple
            options={candidates.map((a) => ({
              value: candidateValue(a),
              label: a.expert
                ? texts(v).expertLabel(a.name, a.organisationName)
                : `${a.name} (${a.organisationName})`,
            }))}
          />
        ) : null}
        {candidates.length > 0 ? (
          <details class="im-details" open={manualOpen}>
            <summary>{texts(v).otherAssessors}</summary>
            {manualRows}
          </details>
        ) : (
          manualRows
        )}
        {props.reopened || form.errors.reason ? (
          <TextArea
            v={v}
            form={form}
            name="reason"
            label={texts(v).reason}
            hint={texts(v).reasonHint}
            rows={3}
          />
        ) : null}
        <Button>{texts(v).saveCommittee}</Button>
      </form>
      <H2>{texts(v).expertTitle}</H2>
      <P>{texts(v).expertIntro}</P>
      <form method="post" action={`/beheer/oproepen/${c.id}/fase/${props.phase}/deskundige`} novalidate>
        <CsrfField v={v} />
        <TextField
          v={v}
          form={props.expertForm ?? emptyForm()}
          name="expertName"
          label={texts(v).expertName}
        />
        <TextField
          v={v}
          form={props.expertForm ?? emptyForm()}
          name="expertEmail"
          label={texts(v).expertEmail}
          type="email"
        />
        <TextField
          v={v}
          form={props.expertForm ?? emptyForm()}
          name="expertOrganisation"
          label={texts(v).expertOrganisation}
        />
        <Button kind="secondary">{texts(v).expertButton}</Button>
      </form>
    </Layout>
  );
}
