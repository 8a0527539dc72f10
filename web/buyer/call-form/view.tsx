/** @jsxImportSource hono/jsx */

import { cpvName, RD_CPV_CODES, THEMES, type Theme } from '#shared/kernel/vocabulary.ts';
import { manageCrumbs } from '#web/buyer/crumbs.tsx';
import { formatShare } from '#web/i18n/format.ts';
import { Button, CsrfField, H1 } from '#web/kit/components.tsx';
import { Choices, ErrorSummary, Select, TextArea, TextField, YesNo } from '#web/kit/fields.tsx';
import { Layout } from '#web/kit/layout.tsx';
import type { CallView } from '#web/kit/types.ts';
import type { FormState, View } from '#web/kit/view.ts';
import { texts } from './messages.ts';

export const CHALLENGE_FIELDS = [
  'instrument',
  'titleNl',
  'titleEn',
  'descriptionNl',
  'descriptionEn',
  'theme',
  'cpv',
  'questionDeadline',
  ...[1, 2, 3, 4].flatMap((n) => [`funderOin${n}`, `funderShare${n}`, `funderDirect${n}`]),
  ...[1, 2, 3].flatMap((n) => [
    `phase${n}`,
    `phase${n}Budget`,
    `phase${n}Max`,
    `phase${n}Contracts`,
    `phase${n}Duration`,
    `phase${n}Deadline`,
    `phase${n}Weights`,
    `phase${n}MinScore`,
    `phase${n}Schedule`,
  ]),
  'mayEndPartners',
  'conditions',
  'selectionCriteria',
  'candidatesToInvite',
];

export function CallFormPage(props: {
  v: View;
  form: FormState;
  action: string;
  title: string;
  call?: CallView;
  knownFunders: { oin: string; name: string }[];
  ezkOin?: string;
}) {
  const { v, form } = props;
  const { t } = v;
  const f = texts(v).fields;
  // The sum of the shares as the server sees them now; a small script keeps it up to date while typing.
  const percent = (value: string | undefined) =>
    Number((value ?? '').trim().replace('%', '').replace(',', '.')) || 0;
  const rows = [1, 2, 3, 4];
  const total = rows.reduce((sum, n) => sum + percent(form.values[`funderShare${n}`]), 0);
  const ezk = rows
    .filter((n) => props.ezkOin && form.values[`funderOin${n}`]?.trim() === props.ezkOin)
    .reduce((sum, n) => sum + percent(form.values[`funderShare${n}`]), 0);
  const shown = (n: number) => formatShare(Math.round(n * 100), v.lang);
  // Funders are picked by name from the register; the OIN goes along behind the scenes. An OIN
  // the register does not know (an older draft) stays visible, so nothing is lost unseen.
  const known = [...props.knownFunders].sort((a, b) => a.name.localeCompare(b.name, 'nl'));
  const funderOptions = (current: string | undefined) => [
    { value: '', label: f.chooseFunder },
    ...known.map((k) => ({ value: k.oin, label: k.name })),
    ...(current?.trim() && !known.some((k) => k.oin === current.trim())
      ? [{ value: current.trim(), label: f.unknownFunder(current.trim()) }]
      : []),
  ];
  return (
    <Layout v={v} title={props.title} current="new-call" scripts={[v.assets.fundingJs]}>
      {manageCrumbs(v, props.call)}
      <ErrorSummary v={v} form={form} order={CHALLENGE_FIELDS} />
      <H1>{props.title}</H1>
      <form method="post" action={props.action} novalidate>
        <CsrfField v={v} />
        <fieldset class="im-fieldset">
          <legend>{texts(v).sections.basics}</legend>
          <Choices
            v={v}
            form={form}
            name="instrument"
            legend={f.instrument}
            options={[
              { value: 'sbir', label: t.instruments.sbir },
              { value: 'innovation-partnership', label: t.instruments['innovation-partnership'] },
            ]}
          />
          <TextField v={v} form={form} name="titleNl" label={f.titleNl} />
          <TextField v={v} form={form} name="titleEn" label={f.titleEn} />
          <TextArea v={v} form={form} name="descriptionNl" label={f.descriptionNl} rows={6} />
          <TextArea v={v} form={form} name="descriptionEn" label={f.descriptionEn} rows={4} />
          <Select
            v={v}
            form={form}
            name="theme"
            label={f.theme}
            options={(Object.keys(THEMES) as Theme[]).map((k) => ({ value: k, label: THEMES[k][v.lang] }))}
          />
          <Choices
            v={v}
            form={form}
            name="cpv"
            legend={f.cpv}
            hint={f.cpvHint}
            multiple
            options={Object.keys(RD_CPV_CODES).map((code) => ({
              value: code,
              label: `${code} ${cpvName(code, v.lang)}`,
            }))}
          />
          <TextField
            v={v}
            form={form}
            name="questionDeadline"
            label={f.questionDeadline}
            hint={f.questionDeadlineHint}
            type="datetime-local"
          />
        </fieldset>
        <fieldset class="im-fieldset">
          <legend>{texts(v).sections.funding}</legend>
          <span class="im-hint">{f.fundersHint}</span>
          <p
            class="utrecht-paragraph im-share-total"
            data-share-total=""
            data-ezk-oin={props.ezkOin ?? ''}
            data-text={texts(v).shareTotal('{total}', '{ezk}')}
            aria-live="polite"
          >
            {texts(v).shareTotal(shown(total), shown(ezk))}
          </p>
          {rows.map((n) => (
            <div class="im-row">
              <Select
                v={v}
                form={form}
                name={`funderOin${n}`}
                label={f.funderOin(n)}
                options={funderOptions(form.values[`funderOin${n}`])}
              />
              <TextField
                v={v}
                form={form}
                name={`funderShare${n}`}
                label={f.funderShare(n)}
                inputmode="decimal"
                short
              />
              <Choices
                v={v}
                form={form}
                name={`funderDirect${n}`}
                legend={f.funderPayment(n)}
                multiple
                options={[{ value: 'on', label: f.paysDirectly }]}
              />
            </div>
          ))}
        </fieldset>
        <fieldset class="im-fieldset">
          <legend>{texts(v).sections.phases}</legend>
          {[1, 2, 3].map((n) => (
            <fieldset class="im-phase im-fieldset">
              <legend>{t.phaseNames[n]}</legend>
              {n > 1 ? (
                <Choices
                  v={v}
                  form={form}
                  name={`phase${n}`}
                  legend={f.includePhase(n)}
                  multiple
                  options={[{ value: 'on', label: f.includePhase(n) }]}
                />
              ) : null}
              <TextField
                v={v}
                form={form}
                name={`phase${n}Budget`}
                label={f.budget}
                inputmode="decimal"
                short
              />
              <TextField
                v={v}
                form={form}
                name={`phase${n}Max`}
                label={f.maxPerContract}
                hint={f.maxPerContractHint}
                inputmode="decimal"
                short
              />
              <TextField
                v={v}
                form={form}
                name={`phase${n}Contracts`}
                label={f.plannedContracts}
                inputmode="numeric"
                short
              />
              <TextField
                v={v}
                form={form}
                name={`phase${n}Duration`}
                label={f.duration}
                inputmode="numeric"
                short
              />
              <TextField
                v={v}
                form={form}
                name={`phase${n}Deadline`}
                label={f.deadline}
                hint={f.deadlineHint}
                type="datetime-local"
              />
              <TextField
                v={v}
                form={form}
                name={`phase${n}Weights`}
                label={f.weights}
                hint={`${f.weightsHintSbir} ${f.weightsHintIp}`}
              />
              <TextField
                v={v}
                form={form}
                name={`phase${n}MinScore`}
                label={f.minimumScore}
                inputmode="decimal"
                short
              />
              <TextArea
                v={v}
                form={form}
                name={`phase${n}Schedule`}
                label={f.schedule}
                hint={f.scheduleHint}
                rows={3}
              />
            </fieldset>
          ))}
        </fieldset>
        <fieldset class="im-fieldset">
          <legend>{texts(v).sections.terms}</legend>
          <YesNo v={v} form={form} name="mayEndPartners" legend={f.mayEndPartners} />
          <TextArea v={v} form={form} name="conditions" label={f.conditions} rows={3} />
          <TextArea
            v={v}
            form={form}
            name="selectionCriteria"
            label={f.selectionCriteria}
            hint={f.selectionCriteriaHint}
            rows={3}
          />
          <TextField
            v={v}
            form={form}
            name="candidatesToInvite"
            label={f.candidatesToInvite}
            hint={f.candidatesToInviteHint}
            inputmode="numeric"
            short
          />
        </fieldset>
        <Button>{texts(v).saveDraft}</Button>
      </form>
    </Layout>
  );
}
