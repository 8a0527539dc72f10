import { manageCrumbs } from '#web/buyer/crumbs.tsx';
import { A, Button, CsrfField, H1, P } from '#web/kit/components.tsx';
import { ErrorSummary, TextArea } from '#web/kit/fields.tsx';
import { Layout } from '#web/kit/layout.tsx';
import type { CallView } from '#web/kit/types.ts';
import { type FormState, titleOf, type View } from '#web/kit/view.ts';
import { groupTexts } from '../messages.ts';
import { texts } from './messages.ts';

export function CancelCallPage(props: { v: View; call: CallView; form: FormState }) {
  const { v, call: c, form } = props;
  const { t } = v;
  return (
    <Layout v={v} title={groupTexts(v).cancelTitle} current="my-calls">
      {manageCrumbs(v, c)}
      <ErrorSummary v={v} form={form} order={['reason']} />
      <H1>{groupTexts(v).cancelTitle}</H1>
      <P>{titleOf(c, v)}</P>
      <form method="post" action={`/beheer/oproepen/${c.id}/intrekken`} novalidate>
        <CsrfField v={v} />
        <TextArea v={v} form={form} name="reason" label={texts(v).cancelReason} rows={3} />
        <div class="im-actions">
          <Button kind="danger">{texts(v).cancelButton}</Button>
          <A href={`/beheer/oproepen/${c.id}`}>{t.form.back}</A>
        </div>
      </form>
    </Layout>
  );
}
