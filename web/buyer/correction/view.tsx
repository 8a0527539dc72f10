import { manageCrumbs } from '#web/buyer/crumbs.tsx';
import { formatDateTime } from '#web/i18n/format.ts';
import { A, Button, CsrfField, H1, P } from '#web/kit/components.tsx';
import { ErrorSummary, TextArea, TextField } from '#web/kit/fields.tsx';
import { percentForInput as formatPercent } from '#web/kit/forms.ts';
import { Layout } from '#web/kit/layout.tsx';
import type { CallView } from '#web/kit/types.ts';
import { type FormState, titleOf, type View } from '#web/kit/view.ts';
import { groupTexts } from '../messages.ts';
import { texts } from './messages.ts';

export function CorrectionPage(props: { v: View; call: CallView; form: FormState }) {
  const { v, call: c, form } = props;
  const { t } = v;
  const open = c.phases.filter((p) => p.status !== 'closed');
  return (
    <Layout v={v} title={groupTexts(v).publishTitle} current="my-calls">
      {manageCrumbs(v, c)}
      <ErrorSummary
        v={v}
        form={form}
        order={[
          'reason',
          ...open.map((p) => `deadline-${p.number}`),
          'questionDeadline',
          'descriptionNl',
          ...open.map((p) => `weights-${p.number}`),
        ]}
      />
      <H1>{groupTexts(v).publishTitle}</H1>
      <P>{titleOf(c, v)}</P>
      <P>{texts(v).intro}</P>
      <form method="post" action={`/beheer/oproepen/${c.id}/rectificatie`} novalidate>
        <CsrfField v={v} />
        <TextArea
          v={v}
          form={form}
          name="reason"
          label={texts(v).reason}
          hint={texts(v).reasonHint}
          rows={3}
        />
        {open.map((p) => (
          <TextField
            v={v}
            form={form}
            name={`deadline-${p.number}`}
            label={texts(v).newDeadline(p.number)}
            hint={texts(v).nowCloses(formatDateTime(p.submissionDeadline, v.lang))}
            type="datetime-local"
          />
        ))}
        <TextField
          v={v}
          form={form}
          name="questionDeadline"
          label={texts(v).newQuestionDeadline}
          hint={texts(v).nowCloses(formatDateTime(c.questionDeadline, v.lang))}
          type="datetime-local"
        />
        <TextArea
          v={v}
          form={form}
          name="descriptionNl"
          label={texts(v).newDescription}
          hint={`${texts(v).newDescriptionHint} ${texts(v).significantHint(Math.max(...open.map((p) => p.significantChangeDays)))}`}
          rows={6}
        />
        {open.map((p) => (
          <TextField
            v={v}
            form={form}
            name={`weights-${p.number}`}
            label={texts(v).weights(p.number)}
            hint={texts(v).weightsHint(
              p.criteria.map((c) => c.name[v.lang] ?? c.name.nl).join(', '),
              p.criteria.map((c) => formatPercent(c.weightBasisPoints, v.lang)).join('/'),
              p.significantChangeDays,
            )}
          />
        ))}
        <div class="im-actions">
          <Button>{texts(v).publish}</Button>
          <A href={`/beheer/oproepen/${c.id}`}>{t.form.back}</A>
        </div>
      </form>
    </Layout>
  );
}
