import { CRITERIA, type CriterionKey, NO_AWARD_GROUNDS } from '#shared/kernel/vocabulary.ts';
import { manageCrumbs } from '#web/buyer/crumbs.tsx';
import { formatMoney, formatNumber, formatShare } from '#web/i18n/format.ts';
import { A, Button, CsrfField, H1, H2, P, SummaryList, Tag } from '#web/kit/components.tsx';
import { ErrorSummary, Select, TextArea, TextField } from '#web/kit/fields.tsx';
import { Layout } from '#web/kit/layout.tsx';
import type { Award, CallView, Ranking } from '#web/kit/types.ts';
import { type FormState, titleOf, type View } from '#web/kit/view.ts';
import { groupTexts } from '../messages.ts';
import { texts } from './messages.ts';

export function RankingPage(props: {
  v: View;
  call: CallView;
  ranking?: Ranking;
  awards: Award[];
  decisionId: string;
  form: FormState;
  phaseNumber: number;
  /** Why there is no ranking yet (e.g. not every assessor has finished). */
  notice?: string;
}) {
  const { v, call: c, ranking: r, form } = props;
  const { t } = v;
  // Each awarded bid with where its award stands: the same words as the contracts table.
  const awarded = new Map(props.awards.map((a) => [a.proposalId, a.status]));
  const phase = c.phases.find((p) => p.number === (r?.phase ?? props.phaseNumber));
  return (
    <Layout v={v} title={`${groupTexts(v).ranking}: ${titleOf(c, v)}`} current="my-calls">
      {manageCrumbs(v, c)}
      <ErrorSummary
        v={v}
        form={form}
        order={(r?.ranking ?? [])
          .flatMap((x) => [
            `award-${x.proposalId}`,
            `amount-${x.proposalId}`,
            `start-${x.proposalId}`,
            `end-${x.proposalId}`,
            `passover-${x.proposalId}`,
          ])
          .concat(['noAward', 'reasons'])}
      />
      <H1>{groupTexts(v).ranking}</H1>
      <P>{titleOf(c, v)}</P>
      {phase ? (
        <P>
          {r && r.excluded.length > 0 ? `${texts(v).excluded(r.excluded.length)} ` : null}
          <A href={`/beheer/oproepen/${c.id}/fase/${phase.number}/uitsluitingen`}>
            {texts(v).exclusionsLink}
          </A>
        </P>
      ) : null}
      {!r ? (
        <P>{props.notice ?? texts(v).rankingNotYet}</P>
      ) : (
        <>
          <SummaryList
            rows={[
              [t.call.phaseBudget, formatMoney(r.budgetCents, v.lang)],
              [t.call.plannedContracts, String(r.plannedContracts)],
              [t.call.tieBreak, r.tieBreak[v.lang] ?? r.tieBreak.nl],
              [
                t.call.criteria,
                r.criteria
                  .map(
                    (x) =>
                      `${CRITERIA[x.key as CriterionKey][v.lang]} ${formatShare(x.weightBasisPoints, v.lang)}`,
                  )
                  .join(', '),
              ],
            ]}
          />
          <div class="im-table-wrap" tabindex={0}>
            <table class="im-table rvo-table">
              <caption>{groupTexts(v).ranking}</caption>
              <thead>
                <tr>
                  <th scope="col">{texts(v).rank}</th>
                  <th scope="col">{t.gov.company}</th>
                  <th scope="col" class="im-num">
                    {texts(v).totalScore}
                  </th>
                  <th scope="col" class="im-num">
                    {t.gov.requested}
                  </th>
                  <th scope="col" class="im-num">
                    {texts(v).cumulative}
                  </th>
                  <th scope="col">{t.call.phaseBudget}</th>
                </tr>
              </thead>
              <tbody>
                {r.ranking.map((row, i) => {
                  const fits = row.cumulativeRequestedCents <= r.budgetCents;
                  const next = r.ranking[i + 1];
                  // The budget line sits under the last proposal that still fits the phase budget.
                  const lineBelow = fits && (!next || next.cumulativeRequestedCents > r.budgetCents);
                  return (
                    <>
                      <tr>
                        <td>{row.rank}</td>
                        <td>
                          <A href={`/beheer/voorstellen/${row.proposalId}`}>{row.companyName}</A>
                        </td>
                        <td class="im-num">{formatNumber(row.totalScore, v.lang, 2)}</td>
                        <td class="im-num">{formatMoney(row.requestedAmountCents, v.lang)}</td>
                        <td class="im-num">{formatMoney(row.cumulativeRequestedCents, v.lang)}</td>
                        <td>
                          <Tag kind={fits ? 'open' : 'warning'}>
                            {fits ? texts(v).withinBudget : texts(v).overBudget}
                          </Tag>
                          {row.meetsThreshold ? null : (
                            <span class="im-muted">
                              {' '}
                              ({texts(v).threshold}: {t.yesNo.no})
                            </span>
                          )}
                          {awarded.has(row.proposalId) ? (
                            <Tag kind="closed">{t.gov.contractStatus[awarded.get(row.proposalId)!]}</Tag>
                          ) : null}
                          {row.tie ? <span class="im-muted"> ({texts(v).tie[row.tie]})</span> : null}
                          {row.abnormallyLow ? <Tag kind="warning">{texts(v).lowPrice}</Tag> : null}
                        </td>
                      </tr>
                      {lineBelow ? (
                        <tr class="im-budget-line">
                          <td colspan={6}>{texts(v).budgetLine(formatMoney(r.budgetCents, v.lang))}</td>
                        </tr>
                      ) : null}
                    </>
                  );
                })}
              </tbody>
            </table>
          </div>
          {phase && r.ranking.some((row) => !awarded.has(row.proposalId)) ? (
            <form method="post" action={`/beheer/oproepen/${c.id}/fase/${r.phase}/gunnen`} novalidate>
              <CsrfField v={v} />
              <input type="hidden" name="decisionId" value={props.decisionId} />
              <H2>{texts(v).decisionTitle}</H2>
              <P>{texts(v).decisionIntro}</P>
              {r.ranking
                .filter((row) => !awarded.has(row.proposalId))
                .map((row) => (
                  <fieldset class="im-fieldset im-phase">
                    <legend>
                      {row.rank}. {row.companyName}
                    </legend>
                    <label class="im-choice im-field" for={`award-${row.proposalId}`}>
                      <input
                        type="checkbox"
                        id={`award-${row.proposalId}`}
                        name="award"
                        value={row.proposalId}
                        checked={(form.values.award ?? '').split(',').includes(row.proposalId)}
                      />
                      {texts(v).award(row.companyName)}
                    </label>
                    <div class="im-row">
                      <TextField
                        v={v}
                        form={form}
                        name={`amount-${row.proposalId}`}
                        label={t.gov.amount}
                        inputmode="decimal"
                        short
                      />
                      <TextField
                        v={v}
                        form={form}
                        name={`start-${row.proposalId}`}
                        label={groupTexts(v).startDate}
                        type="date"
                        short
                      />
                      <TextField
                        v={v}
                        form={form}
                        name={`end-${row.proposalId}`}
                        label={groupTexts(v).endDate}
                        type="date"
                        short
                      />
                    </div>
                    {row.abnormallyLow ? (
                      <>
                        <P>{texts(v).lowPriceHint}</P>
                        <TextField
                          v={v}
                          form={form}
                          name={`lowasked-${row.proposalId}`}
                          label={texts(v).lowPriceAsked}
                          type="date"
                          short
                        />
                        <TextArea
                          v={v}
                          form={form}
                          name={`lowjudgement-${row.proposalId}`}
                          label={texts(v).lowPriceJudgement}
                          rows={2}
                        />
                      </>
                    ) : null}
                    <TextArea
                      v={v}
                      form={form}
                      name={`passover-${row.proposalId}`}
                      label={texts(v).passOver}
                      hint={texts(v).passOverHint}
                      rows={2}
                    />
                  </fieldset>
                ))}
              <Select
                v={v}
                form={form}
                name="noAward"
                label={texts(v).noAward}
                hint={texts(v).noAwardHint}
                options={[
                  { value: '', label: texts(v).noAwardNo },
                  ...NO_AWARD_GROUNDS.map((g) => ({
                    value: g,
                    label: texts(v).noAwardGround(texts(v).noAwardGrounds[g]),
                  })),
                ]}
              />
              <TextArea
                v={v}
                form={form}
                name="reasons"
                label={texts(v).decisionReasons}
                hint={texts(v).decisionReasonsHint}
                rows={4}
              />
              <Button>{texts(v).decide}</Button>
            </form>
          ) : null}
        </>
      )}
    </Layout>
  );
}
