/** @jsxImportSource hono/jsx */

import { formatDate, formatDateTime, formatLastDay } from '#web/i18n/format.ts';
import {
  A,
  Alert,
  Breadcrumbs,
  Button,
  CsrfField,
  H1,
  H2,
  P,
  SummaryList,
  Table,
} from '#web/kit/components.tsx';
import { type DecisionItem, DecisionStatus, ObjectionList } from '#web/kit/decisions.tsx';
import { Choices, ErrorSummary, TextArea } from '#web/kit/fields.tsx';
import { Layout } from '#web/kit/layout.tsx';
import type { CallView } from '#web/kit/types.ts';
import { emptyForm, type FormState, localised, type View } from '#web/kit/view.ts';
import { manageCrumbs } from '../crumbs.tsx';
import { texts } from './messages.ts';

/** What the buyer's decisions page shows again after a refused form: which form, and what was typed. */
export interface DecisionsFailure {
  form: FormState;
  /** The objection being answered, or the decision being withdrawn. */
  objectionId?: string;
  decisionId?: string;
  /** The phase whose evaluation is being reopened. */
  phase?: number;
}

/** The buyer's side: every decision with its standstill, letters, objections (to answer) and withdrawal. */
export function DecisionsPage(props: {
  v: View;
  call: { id: string; title: { nl: string; en?: string | undefined } };
  decisions: DecisionItem[];
  failed?: DecisionsFailure;
  flash?: string;
  /** Phases whose evaluation is reopened already (the committee may re-score). */
  reopened?: number[];
}) {
  const { v, failed } = props;
  const { t } = v;
  const title = localised(props.call.title, v.lang);
  const formFor = (match: boolean) => (match && failed ? failed.form : emptyForm());
  return (
    <Layout v={v} title={`${t.decisions.buyerTitle}: ${title.text}`} current="my-calls">
      <Breadcrumbs
        label={t.gov.nav.myCalls}
        items={[
          { href: '/beheer/oproepen', label: t.gov.nav.myCalls },
          { href: `/beheer/oproepen/${props.call.id}`, label: title.text },
        ]}
      />
      {failed ? (
        <ErrorSummary
          v={v}
          form={failed.form}
          order={
            failed.objectionId
              ? [`uitkomst-${failed.objectionId}`, `motivering-${failed.objectionId}`]
              : [`reden-${failed.decisionId}`]
          }
        />
      ) : null}
      {props.flash ? <Alert kind="success">{props.flash}</Alert> : null}
      <H1>{t.decisions.buyerTitle}</H1>
      <P>
        <span lang={title.lang}>{title.text}</span>
      </P>
      <P>{texts(v).buyerIntro}</P>
      {props.decisions.length === 0 ? <P>{texts(v).noDecisions}</P> : null}
      {props.decisions.map((d) => (
        <section aria-labelledby={`besluit-${d.decisionId}`} class="im-phase">
          <H2 id={`besluit-${d.decisionId}`}>
            {texts(v).decisionOf(d.phase, formatDate(d.decidedAt, v.lang))}
          </H2>
          <SummaryList
            rows={[
              [t.decisions.status, <DecisionStatus v={v} status={d.status} endsAt={d.standstillEndsAt} />],
              [
                t.decisions.standstillHeading,
                texts(v).daysUntil(d.standstillDays, formatLastDay(d.standstillEndsAt, v.lang)),
              ],
              [
                t.decisions.objectionsHeading,
                texts(v).objectionCounts(d.lodgedObjections, d.openObjections, d.upheldObjections),
              ],
              ...(d.withdrawalReason
                ? ([[texts(v).withdrawalReason, d.withdrawalReason]] as [string, string][])
                : []),
            ]}
          />
          <Table
            caption={texts(v).lettersCaption}
            columns={[
              { label: t.decisions.rank, numeric: true },
              { label: t.decisions.company },
              { label: t.decisions.outcome },
              { label: texts(v).delivery },
              { label: t.decisions.letter },
            ]}
            rows={d.letters.map((l) => [
              l.rank > 0 ? String(l.rank) : '–',
              l.companyName,
              t.decisions.outcomes[l.outcome],
              l.delivery.status === 'sent'
                ? texts(v).deliverySent(
                    l.delivery.to.join(', '),
                    formatDateTime(l.delivery.at ?? d.decidedAt, v.lang),
                  )
                : texts(v).deliveryStatus[l.delivery.status],
              <A href={`/beslissingen/${d.decisionId}/${l.proposalId}`}>
                {t.decisions.read}
                <span class="im-visually-hidden"> {l.companyName}</span>
              </A>,
            ])}
          />
          {d.objections.map((o) => (
            <>
              <ObjectionList v={v} objections={[o]} showCompany />
              {o.status === 'open' ? (
                <form
                  method="post"
                  action={`/beheer/oproepen/${props.call.id}/bezwaren/${o.objectionId}`}
                  novalidate
                >
                  <CsrfField v={v} />
                  <Choices
                    v={v}
                    form={formFor(failed?.objectionId === o.objectionId)}
                    name={`uitkomst-${o.objectionId}`}
                    legend={texts(v).answerLegend}
                    options={[
                      { value: 'rejected', label: texts(v).reject },
                      { value: 'upheld', label: texts(v).uphold },
                    ]}
                  />
                  <TextArea
                    v={v}
                    form={formFor(failed?.objectionId === o.objectionId)}
                    name={`motivering-${o.objectionId}`}
                    label={texts(v).answerReasons}
                    rows={4}
                  />
                  <div class="im-actions">
                    <Button>{texts(v).sendAnswer}</Button>
                  </div>
                </form>
              ) : null}
            </>
          ))}
          {d.status === 'standstill' ? (
            <form
              method="post"
              action={`/beheer/oproepen/${props.call.id}/beslissingen/${d.decisionId}/intrekken`}
              novalidate
            >
              <CsrfField v={v} />
              <h3 class="utrecht-heading-3">{texts(v).withdraw}</h3>
              <TextArea
                v={v}
                form={formFor(failed?.decisionId === d.decisionId)}
                name={`reden-${d.decisionId}`}
                label={texts(v).withdrawReason}
                hint={texts(v).withdrawHint}
                rows={3}
              />
              <div class="im-actions">
                <Button kind="secondary">{texts(v).withdraw}</Button>
              </div>
            </form>
          ) : null}
        </section>
      ))}
      {reopenable(props.decisions)
        .filter((phase) => !props.reopened?.includes(phase))
        .map((phase) => (
          <form method="post" action={`/beheer/oproepen/${props.call.id}/fase/${phase}/heropenen`} novalidate>
            <CsrfField v={v} />
            <h2 class="utrecht-heading-2">{texts(v).reopenTitle(phase)}</h2>
            <P>{texts(v).reopenIntro}</P>
            <TextArea
              v={v}
              form={formFor(failed?.phase === phase)}
              name={`heropenen-${phase}`}
              label={texts(v).reopenReason}
              rows={3}
            />
            <div class="im-actions">
              <Button kind="secondary">{texts(v).reopen}</Button>
            </div>
          </form>
        ))}
    </Layout>
  );
}

/**
 * The phases whose evaluation may be reopened: a complaint against one of their decisions was
 * upheld, that decision is withdrawn, and no decision of the phase stands.
 */
export function reopenable(decisions: DecisionItem[]): number[] {
  const phases = [...new Set(decisions.map((d) => d.phase))];
  return phases.filter((phase) => {
    const ofPhase = decisions.filter((d) => d.phase === phase);
    return ofPhase.every((d) => d.status === 'withdrawn') && ofPhase.some((d) => d.upheldObjections > 0);
  });
}

/** The check before a decision is withdrawn: what it undoes, the reason as given, yes or back. */
export function WithdrawConfirmPage(props: {
  v: View;
  call: CallView;
  decision: DecisionItem;
  reason: string;
  field: string;
}) {
  const { v, call: c, decision: d } = props;
  const x = texts(v);
  return (
    <Layout v={v} title={x.confirmTitle} current="my-calls">
      {manageCrumbs(v, c)}
      <H1>{x.confirmTitle}</H1>
      <P>{x.confirmIntro(d.phase, d.awards.length)}</P>
      <SummaryList rows={[[x.withdrawReason, props.reason]]} />
      <form method="post" action={`/beheer/oproepen/${c.id}/beslissingen/${d.decisionId}/intrekken`}>
        <CsrfField v={v} />
        <input type="hidden" name={props.field} value={props.reason} />
        <input type="hidden" name="bevestigd" value="ja" />
        <div class="im-actions">
          <Button kind="danger">{x.confirmButton}</Button>
          <A href={`/beheer/oproepen/${c.id}/beslissingen`}>{x.cancel}</A>
        </div>
      </form>
    </Layout>
  );
}
