/** @jsxImportSource hono/jsx */

import { committeeCriteria } from '#shared/challenges/criteria.ts';
import { CRITERIA, type CriterionKey } from '#shared/kernel/vocabulary.ts';
import { formatDateTime, formatMoney } from '#web/i18n/format.ts';
import { A, Alert, Breadcrumbs, Button, CsrfField, H1, H2, P, SummaryList } from '#web/kit/components.tsx';
import { ErrorSummary, Select, TextArea } from '#web/kit/fields.tsx';
import { FileTable } from '#web/kit/files.tsx';
import { Layout } from '#web/kit/layout.tsx';
import type { CallView, MyScores, ProposalView } from '#web/kit/types.ts';
import { companyIdText, type FormState, titleOf, type View } from '#web/kit/view.ts';
import { groupTexts } from '../messages.ts';
import { texts } from './messages.ts';

export function ScorePage(props: {
  v: View;
  call: CallView;
  proposal: ProposalView;
  mine?: MyScores;
  form: FormState;
}) {
  const { v, call: c, proposal: p, form } = props;
  const { t } = v;
  const phase = c.phases.find((x) => x.number === p.phase);
  // Price is the announced formula's, not the committee's: no field for it.
  const criteria = committeeCriteria(phase?.criteria ?? []);
  const options = [
    { value: '', label: t.form.chooseScore },
    ...Array.from({ length: 11 }, (_, i) => ({ value: String(i), label: String(i) })),
  ];
  return (
    <Layout v={v} title={`${texts(v).scoreTitle}: ${p.companyName}`} current="committees">
      <Breadcrumbs
        label={groupTexts(v).committeesTitle}
        items={[
          { href: '/beoordelen', label: groupTexts(v).committeesTitle },
          {
            href: `/beoordelen/${c.id}/fase/${p.phase}`,
            label: `${titleOf(c, v)}, ${t.phaseNames[p.phase]}`,
          },
        ]}
      />
      <ErrorSummary
        v={v}
        form={form}
        order={[...criteria.flatMap((x) => [`score-${x.key}`, `why-${x.key}`]), 'motivation']}
      />
      <H1>
        {texts(v).scoreTitle}: {p.companyName}
      </H1>
      <SummaryList
        rows={[
          [t.gov.company, `${p.companyName} (${companyIdText(p.companyKvk, v)})`],
          [t.proposal.requested, formatMoney(p.requestedAmountCents, v.lang)],
          [t.proposal.requestedExcl, formatMoney(p.requestedAmountExclVatCents, v.lang)],
          [t.call.duration, t.call.months(p.durationMonths)],
        ]}
      />
      <H2>{t.proposal.summary}</H2>
      <P class="im-pre">{p.summary}</P>
      <H2>{t.proposal.plan}</H2>
      <div class="im-pre">{p.plan}</div>
      {p.documents.length > 0 ? (
        <ul>
          {p.documents.map((d) => (
            <li>
              <A href={d.url}>{d.title}</A>
            </li>
          ))}
        </ul>
      ) : null}
      <H2>{t.documents.attachmentsTitle}</H2>
      <FileTable
        v={v}
        caption={t.documents.attachmentsTitle}
        files={p.attachments ?? []}
        openHref={(file) => `/voorstellen/${p.id}/bijlagen/${file.id}`}
      />
      <form method="post" action={`/beoordelen/voorstel/${p.id}?oproep=${c.id}`} novalidate>
        <CsrfField v={v} />
        {props.mine ? (
          <Alert kind="info">{texts(v).scoredAt(formatDateTime(props.mine.scoredAt, v.lang))}</Alert>
        ) : null}
        {c.priceFormula ? <P>{c.priceFormula[v.lang]}</P> : null}
        {criteria.map((x) => {
          const name = CRITERIA[x.key as CriterionKey][v.lang].toLowerCase();
          return (
            <fieldset class="im-fieldset">
              <legend>{CRITERIA[x.key as CriterionKey][v.lang]}</legend>
              <Select
                v={v}
                form={form}
                name={`score-${x.key}`}
                label={texts(v).scoreFor(name)}
                options={options}
              />
              <TextArea
                v={v}
                form={form}
                name={`why-${x.key}`}
                label={texts(v).whyFor(name)}
                hint={texts(v).whyHint}
                rows={3}
              />
            </fieldset>
          );
        })}
        <TextArea v={v} form={form} name="motivation" label={texts(v).motivation} rows={4} />
        <Button>{props.mine ? texts(v).changeButton : texts(v).scoreButton}</Button>
      </form>
    </Layout>
  );
}
