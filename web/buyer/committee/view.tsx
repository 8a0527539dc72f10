/** @jsxImportSource hono/jsx */

import { manageCrumbs } from '#web/buyer/crumbs.tsx';
import { Button, CsrfField, H1, P } from '#web/kit/components.tsx';
import { ErrorSummary, TextArea, TextField } from '#web/kit/fields.tsx';
import { Layout } from '#web/kit/layout.tsx';
import type { CallView } from '#web/kit/types.ts';
import { type FormState, titleOf, type View } from '#web/kit/view.ts';
import { groupTexts } from '../messages.ts';
import { texts } from './messages.ts';

export function CommitteePage(props: {
  v: View;
  call: CallView;
  phase: number;
  form: FormState;
  /** An upheld complaint reopened the evaluation: a change needs its reason. */
  reopened?: boolean;
}) {
  const { v, call: c, form } = props;
  const { t } = v;
  const rows = [1, 2, 3, 4, 5];
  return (
    <Layout v={v} title={`${groupTexts(v).committee}: ${titleOf(c, v)}`} current="my-calls">
      {manageCrumbs(v, c)}
      <ErrorSummary
        v={v}
        form={form}
        order={rows
          .flatMap((n) => [`assessorOin${n}`, `assessorId${n}`, `assessorName${n}`])
          .concat('reason')}
      />
      <H1>
        {groupTexts(v).committee}, {t.phaseNames[props.phase]}
      </H1>
      <P>{texts(v).committeeIntro}</P>
      <form method="post" action={`/beheer/oproepen/${c.id}/fase/${props.phase}/commissie`} novalidate>
        <CsrfField v={v} />
        {rows.map((n) => (
          <fieldset class="im-fieldset im-phase">
            <legend>{t.feedback.assessorN(n)}</legend>
            <TextField v={v} form={form} name={`assessorOin${n}`} label={texts(v).assessorOin(n)} />
            <TextField v={v} form={form} name={`assessorId${n}`} label={texts(v).assessorId(n)} short />
            <TextField v={v} form={form} name={`assessorName${n}`} label={texts(v).assessorName(n)} />
          </fieldset>
        ))}
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
    </Layout>
  );
}
