/** @jsxImportSource hono/jsx */

import type { z } from 'zod/mini';
import { companyIdScheme } from '#shared/kernel/company-id.ts';
import type { routes } from '#shared/routes.ts';
import { formatDateTime, formatMoney } from '#web/i18n/format.ts';
import { Alert, Breadcrumbs, Button, CsrfField, H1, H2, P, SummaryList } from '#web/kit/components.tsx';
import { ErrorSummary, TextArea, YesNo } from '#web/kit/fields.tsx';
import { Layout } from '#web/kit/layout.tsx';
import { companyIdText, type FormState, titleOf, type View } from '#web/kit/view.ts';
import { groupTexts } from '../messages.ts';
import { texts } from './messages.ts';

/**
 * An innovation partnership's selection of candidates on the site: per request to participate,
 * suitable or not and invited to negotiate or not, with reasons; once recorded it is shown as it
 * stands (it is final).
 */
type Call = z.output<typeof routes.getChallenge.response>;
type Request = z.output<typeof routes.listPhaseProposals.response>['items'][number];
type Selection = z.output<typeof routes.getSelection.response>;

/** The form's field names for one request. */
export const selectionFields = (proposalId: string) => ({
  suitable: `suitable-${proposalId}`,
  invited: `invited-${proposalId}`,
  reasons: `reasons-${proposalId}`,
});

export function SelectionPage(props: {
  v: View;
  call: Call;
  requests: Request[];
  selection?: Selection;
  form: FormState;
  flash?: string;
}) {
  const { v, call: c } = props;
  const { t } = v;
  const title = titleOf(c, v);
  return (
    <Layout v={v} title={`${texts(v).title}: ${title}`} current="my-calls">
      <Breadcrumbs
        label={groupTexts(v).myCalls}
        items={[
          { href: '/beheer/oproepen', label: groupTexts(v).myCalls },
          { href: `/beheer/oproepen/${c.id}`, label: title },
        ]}
      />
      <ErrorSummary
        v={v}
        form={props.form}
        order={['candidates', ...props.requests.flatMap((r) => Object.values(selectionFields(r.id)))]}
      />
      {props.flash ? <Alert kind="success">{props.flash}</Alert> : null}
      <H1>{texts(v).title}</H1>
      <P>{texts(v).intro}</P>
      {props.selection ? (
        <>
          <Alert kind="info">{texts(v).recordedAt(formatDateTime(props.selection.selectedAt, v.lang))}</Alert>
          {props.selection.candidates.map((s) => (
            <section class="im-phase" aria-label={s.companyName}>
              <H2>{s.companyName}</H2>
              <SummaryList
                rows={[
                  [t.company.idLabel[companyIdScheme(s.companyKvk)], s.companyKvk],
                  [texts(v).suitable, s.suitable ? t.yesNo.yes : t.yesNo.no],
                  [texts(v).invited, s.invited ? t.yesNo.yes : t.yesNo.no],
                  [texts(v).reasons, <span class="im-pre">{s.reasons}</span>],
                ]}
              />
            </section>
          ))}
        </>
      ) : (
        <form method="post" action={`/beheer/oproepen/${c.id}/selectie`} novalidate>
          <CsrfField v={v} />
          {props.form.errors.candidates ? (
            <p class="im-field-error" id="candidates">
              {props.form.errors.candidates}
            </p>
          ) : null}
          {props.requests.map((r) => {
            const names = selectionFields(r.id);
            return (
              <section class="im-phase" aria-labelledby={`kandidaat-${r.id}`}>
                <h2 class="utrecht-heading-2" id={`kandidaat-${r.id}`}>
                  {r.companyName}
                </h2>
                <P>
                  {companyIdText(r.companyKvk, v)} · {formatMoney(r.requestedAmountCents, v.lang)}
                </P>
                <YesNo v={v} form={props.form} name={names.suitable} legend={texts(v).suitableQuestion} />
                <YesNo v={v} form={props.form} name={names.invited} legend={texts(v).invitedQuestion} />
                <TextArea v={v} form={props.form} name={names.reasons} label={texts(v).reasons} rows={3} />
              </section>
            );
          })}
          <Button>{texts(v).button}</Button>
        </form>
      )}
    </Layout>
  );
}
