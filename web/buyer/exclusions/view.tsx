import { EXCLUSION_GROUNDS } from '#shared/kernel/vocabulary.ts';
import { manageCrumbs } from '#web/buyer/crumbs.tsx';
import { A, Alert, Button, CsrfField, H1, H2, P, Table } from '#web/kit/components.tsx';
import { ErrorSummary, Select, TextArea, TextField } from '#web/kit/fields.tsx';
import { Layout } from '#web/kit/layout.tsx';
import type { CallView, Ranking } from '#web/kit/types.ts';
import { type FormState, titleOf, type View } from '#web/kit/view.ts';
import { texts } from './messages.ts';

export interface Bid {
  id: string;
  companyName: string;
}

/** The bids of a phase that leave the ranking, and the form to exclude one (until the decision). */
export function ExclusionsPage(props: {
  v: View;
  call: CallView;
  phase: number;
  bids: Bid[];
  excluded: Ranking['excluded'];
  frozen: boolean;
  form: FormState;
  flash?: string;
}) {
  const { v, call: c, phase, form } = props;
  const { t } = v;
  const base = `/beheer/oproepen/${c.id}/fase/${phase}`;
  const excludedIds = new Set(props.excluded.map((e) => e.proposalId));
  return (
    <Layout v={v} title={`${texts(v).title}: ${titleOf(c, v)}`} current="my-calls">
      {manageCrumbs(v, c)}
      <ErrorSummary
        v={v}
        form={form}
        order={['proposalId', 'ground', 'motivation', 'explanationRequestedOn']}
      />
      {props.flash ? <Alert kind="success">{props.flash}</Alert> : null}
      <H1>{texts(v).title}</H1>
      <P>
        {titleOf(c, v)} · {t.decisions.phase} {phase}
      </P>
      <P>{props.frozen ? texts(v).frozen : texts(v).intro}</P>
      {props.excluded.length === 0 ? (
        <P>{texts(v).none}</P>
      ) : (
        <Table
          caption={texts(v).excludedCaption}
          columns={[
            { label: texts(v).company },
            { label: texts(v).ground },
            { label: texts(v).motivation },
            ...(props.frozen ? [] : [{ label: texts(v).reinstateButton }]),
          ]}
          rows={props.excluded.map((e) => [
            e.companyName,
            t.decisions.exclusionGrounds[e.ground] ?? e.ground,
            e.motivation,
            ...(props.frozen
              ? []
              : [
                  <form method="post" action={`${base}/uitsluitingen/${e.proposalId}/terugdraaien`}>
                    <CsrfField v={v} />
                    <Button kind="secondary">
                      {texts(v).reinstateButton}
                      <span class="im-visually-hidden"> {e.companyName}</span>
                    </Button>
                  </form>,
                ]),
          ])}
        />
      )}
      {props.frozen ? null : (
        <form method="post" action={`${base}/uitsluitingen`} novalidate>
          <CsrfField v={v} />
          <H2>{texts(v).formTitle}</H2>
          <Select
            v={v}
            form={form}
            name="proposalId"
            label={texts(v).proposal}
            options={[
              { value: '', label: texts(v).choose },
              ...props.bids
                .filter((b) => !excludedIds.has(b.id))
                .map((b) => ({ value: b.id, label: b.companyName })),
            ]}
          />
          <Select
            v={v}
            form={form}
            name="ground"
            label={texts(v).ground}
            options={[
              { value: '', label: texts(v).chooseGround },
              ...EXCLUSION_GROUNDS.map((g) => ({ value: g, label: t.decisions.exclusionGrounds[g] })),
            ]}
          />
          <TextArea
            v={v}
            form={form}
            name="motivation"
            label={texts(v).motivation}
            hint={texts(v).motivationHint}
            rows={4}
          />
          <TextField
            v={v}
            form={form}
            name="explanationRequestedOn"
            label={texts(v).asked}
            hint={texts(v).askedHint}
            type="date"
            short
          />
          <div class="im-actions">
            <Button kind="danger">{texts(v).exclude}</Button>
            <A href={`${base}/rangschikking`}>{texts(v).back}</A>
          </div>
        </form>
      )}
    </Layout>
  );
}
