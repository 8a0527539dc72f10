/** @jsxImportSource hono/jsx */

import type { z } from 'zod/mini';
import type { routes } from '#shared/routes.ts';
import { formatMoney, formatShare } from '#web/i18n/format.ts';
import { Alert, Button, CsrfField, H1, H2, P, SummaryList } from '#web/kit/components.tsx';
import { ErrorSummary, TextArea } from '#web/kit/fields.tsx';
import { Layout } from '#web/kit/layout.tsx';
import type { FormState, View } from '#web/kit/view.ts';
import { groupTexts } from '../messages.ts';
import { texts } from './messages.ts';

/** A request as the API answers it, and whether it is final (approved, and the call published). */
export type ConsentRequest = z.output<typeof routes.myConsentRequests.response>['items'][number] & {
  final?: boolean;
};

/**
 * Requests to the signed-in body to co-fund a draft: each with its share and amount, and the
 * answers it can give (approve; decline with a reason, asked at the field; withdraw an approval).
 */
export function ConsentsPage(props: {
  v: View;
  requests: ConsentRequest[];
  /** The request whose form was sent and refused, with what was typed. */
  failed?: { challengeId: string; form: FormState };
  flash?: string;
}) {
  const { v, requests, failed } = props;
  const { t } = v;
  const reasonField = (id: string) => `reden-${id}`;
  return (
    <Layout v={v} title={texts(v).consentsTitle} current="consents">
      {failed ? <ErrorSummary v={v} form={failed.form} order={[reasonField(failed.challengeId)]} /> : null}
      {props.flash ? <Alert kind="success">{props.flash}</Alert> : null}
      <H1>{texts(v).consentsTitle}</H1>
      <P>{texts(v).consentsIntro}</P>
      {requests.length === 0 ? <P>{texts(v).noConsents}</P> : null}
      {requests.map((r) => {
        const form =
          failed?.challengeId === r.challengeId ? failed.form : { values: {}, errors: {}, general: [] };
        return (
          <section aria-labelledby={`verzoek-${r.challengeId}`}>
            <H2 id={`verzoek-${r.challengeId}`}>{(v.lang === 'en' && r.title.en) || r.title.nl}</H2>
            <SummaryList
              rows={[
                [texts(v).leadBuyer, r.leadBuyer.name],
                ...(r.instrument
                  ? ([[t.call.instrument, t.instruments[r.instrument]]] as [string, string][])
                  : []),
                ...(r.programmeYear
                  ? ([[texts(v).programmeYear, String(r.programmeYear)]] as [string, string][])
                  : []),
                [t.call.totalBudget, formatMoney(r.totalBudgetCents, v.lang)],
                [t.call.share, formatShare(r.shareBasisPoints, v.lang)],
                [t.call.amount, formatMoney(r.amountCents, v.lang)],
                ...(r.phaseAmounts ?? []).map((p): [string, string] => [
                  t.phaseNames[p.phase] ?? String(p.phase),
                  formatMoney(p.amountCents, v.lang),
                ]),
                [texts(v).payment, r.paysDirectly ? texts(v).paysDirectly : texts(v).settles],
                [groupTexts(v).consent, groupTexts(v).consentStatus[r.status]],
                ...(r.reason ? ([[texts(v).declineReason, r.reason]] as [string, string][]) : []),
              ]}
            />
            <form method="post" action={`/medefinanciering/${r.challengeId}`}>
              <CsrfField v={v} />
              {r.final ? (
                <P class="im-muted">{texts(v).consentFinal}</P>
              ) : r.status === 'approved' ? (
                <div class="im-actions">
                  <Button kind="secondary" name="decision" value="withdraw">
                    {texts(v).withdrawConsent}
                  </Button>
                </div>
              ) : (
                <>
                  <div class="im-actions">
                    <Button name="decision" value="approve">
                      {texts(v).approve}
                    </Button>
                  </div>
                  <TextArea
                    v={v}
                    form={form}
                    name={reasonField(r.challengeId)}
                    label={texts(v).declineReason}
                    rows={3}
                  />
                  <div class="im-actions">
                    <Button kind="secondary" name="decision" value="decline">
                      {texts(v).decline}
                    </Button>
                  </div>
                </>
              )}
            </form>
          </section>
        );
      })}
    </Layout>
  );
}
