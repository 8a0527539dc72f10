/** @jsxImportSource hono/jsx */
import type { z } from 'zod/mini';
import type { routes } from '#shared/routes.ts';
import { formatDate, formatDateTime } from '#web/i18n/format.ts';
import {
  A,
  Breadcrumbs,
  Button,
  CsrfField,
  H1,
  H2,
  H3,
  Layout,
  P,
  Select,
  SummaryList,
  TextArea,
} from './components.tsx';
import { type FormState, localised, type View } from './view.ts';

/**
 * The nota van inlichtingen on the site: the list on the call's page, the printable nota itself
 * (part of the call, as TenderNed publishes it), and the buyer's form to publish one per phase.
 */
export type Nota = z.output<typeof routes.listNotas.response>['items'][number];
type ChallengeView = z.output<typeof routes.getChallenge.response>;
type Question = z.output<typeof routes.listQuestions.response>['items'][number];

/** Links to every published nota of a call, with its date and size, and the open data. */
export function NotaLinks(props: { v: View; challengeId: string; notas: Nota[] }) {
  const { v } = props;
  const { t } = v;
  if (props.notas.length === 0) return null;
  return (
    <section aria-labelledby="notas">
      <H3>
        <span id="notas">{t.notas.heading}</span>
      </H3>
      <ul class="utrecht-unordered-list">
        {props.notas.map((n) => (
          <li>
            <A href={`/oproepen/${props.challengeId}/nota/${n.phase}/${n.number}`}>
              {t.notas.title(n.phase, n.number)}
            </A>{' '}
            · {formatDate(n.publishedAt, v.lang)} ·{' '}
            {t.notas.size(
              n.items.filter((i) => !i.amendmentReason).length,
              n.items.filter((i) => i.amendmentReason).length,
            )}
          </li>
        ))}
      </ul>
      <P>
        <A href={`${v.publicApiUrl}/challenges/${props.challengeId}/notas`}>{t.notas.json}</A>
      </P>
    </section>
  );
}

/** Where a question stands: its number in a nota, and any later change with its reason. */
export function QuestionStatus(props: { v: View; question: Question }) {
  const { v, question: q } = props;
  const { t } = v;
  return (
    <>
      {q.nota ? <P class="im-muted">{t.notas.inNota(q.phase, q.nota.number, q.nota.item)}</P> : null}
      {(q.amendments ?? []).map((a) => (
        <P class="im-muted">{t.notas.amendedIn(a.notaNumber, formatDate(a.at, v.lang), a.reason)}</P>
      ))}
    </>
  );
}

/** One nota, printable as it is: numbered questions and answers, askers never named. */
export function NotaPage(props: { v: View; challenge: ChallengeView; nota: Nota }) {
  const { v, challenge: c, nota: n } = props;
  const { t } = v;
  const title = localised(c.title, v.lang);
  return (
    <Layout v={v} title={`${t.notas.title(n.phase, n.number)}: ${title.text}`} current="calls">
      <Breadcrumbs
        label={t.challenge.breadcrumb}
        items={[
          { href: '/oproepen', label: t.challenge.breadcrumb },
          { href: `/oproepen/${c.id}#vragen`, label: title.text },
        ]}
      />
      <article class="im-letter" aria-labelledby="nota">
        <P class="im-muted">
          {c.leadBuyer.name} · {formatDate(n.publishedAt, v.lang)}
        </P>
        <H1>
          <span id="nota">{t.notas.title(n.phase, n.number)}</span>
        </H1>
        <SummaryList
          rows={[
            [t.decisions.call, <span lang={title.lang}>{title.text}</span>],
            [t.decisions.phase, String(n.phase)],
            [t.notas.publishedAt, formatDateTime(n.publishedAt, v.lang)],
            [t.notas.questionCount, String(n.items.length)],
          ]}
        />
        <P>{t.notas.partOfCall}</P>
        {n.introduction ? <P class="im-pre">{n.introduction}</P> : null}
        {n.items.map((i) => (
          <section class="im-qa" aria-labelledby={`vraag-${i.item}`}>
            <H2 id={`vraag-${i.item}`}>
              {i.amendmentReason ? t.notas.amendedItem(i.item) : t.notas.item(i.item)}
            </H2>
            <p class="utrecht-paragraph">
              <strong>{t.challenge.question}:</strong> <span class="im-pre">{i.question}</span>
            </p>
            <p class="utrecht-paragraph">
              <strong>{t.challenge.answer}:</strong> <span class="im-pre">{i.answer}</span>
            </p>
            {i.amendmentReason ? (
              <p class="utrecht-paragraph">
                <strong>{t.notas.reason}:</strong> <span class="im-pre">{i.amendmentReason}</span>
              </p>
            ) : null}
          </section>
        ))}
      </article>
    </Layout>
  );
}

/** Field names of the publish form of one phase (one form per phase on the buyer's page). */
export const notaFields = (phase: number) => ({
  introduction: `notaIntroduction-${phase}`,
  question: `notaQuestion-${phase}`,
  answer: `notaAnswer-${phase}`,
  reason: `notaReason-${phase}`,
});

/**
 * The buyer's form to publish a phase's nota once its questions have closed: a word before the
 * questions and, optionally, one earlier answer to amend (with its reason).
 */
export function PublishNotaForm(props: {
  v: View;
  challengeId: string;
  phase: ChallengeView['phases'][number];
  questions: Question[];
  form: FormState;
}) {
  const { v, phase } = props;
  const { t } = v;
  const names = notaFields(phase.number);
  const ofPhase = props.questions.filter((q) => q.phase === phase.number);
  const waiting = ofPhase.filter((q) => q.answer && !q.nota).length;
  const published = ofPhase.filter((q) => q.nota);
  return (
    <section class="im-phase" aria-labelledby={`nota-fase-${phase.number}`}>
      <H3>
        <span id={`nota-fase-${phase.number}`}>{t.notas.publishTitle(phase.number)}</span>
      </H3>
      <P>{t.notas.publishIntro(waiting, formatDateTime(phase.questionDeadline, v.lang))}</P>
      <form
        method="post"
        action={`/beheer/oproepen/${props.challengeId}/fasen/${phase.number}/nota`}
        novalidate
      >
        <CsrfField v={v} />
        <TextArea v={v} form={props.form} name={names.introduction} label={t.notas.introduction} rows={3} />
        {published.length > 0 ? (
          <fieldset class="utrecht-form-fieldset">
            <legend class="utrecht-form-fieldset__legend">{t.notas.amendLegend}</legend>
            <Select
              v={v}
              form={props.form}
              name={names.question}
              label={t.notas.amendQuestion}
              options={[
                { value: '', label: t.notas.noAmendment },
                ...published.map((q) => ({
                  value: q.id,
                  label: `${t.notas.item(q.nota!.item)}: ${q.question.slice(0, 80)}`,
                })),
              ]}
            />
            <TextArea v={v} form={props.form} name={names.answer} label={t.notas.amendAnswer} rows={3} />
            <TextArea v={v} form={props.form} name={names.reason} label={t.notas.reason} rows={2} />
          </fieldset>
        ) : null}
        <Button>{t.notas.publishButton}</Button>
      </form>
    </section>
  );
}
