/** @jsxImportSource hono/jsx */

import type { z } from 'zod/mini';
import type { routes } from '#shared/routes.ts';
import { formatDate } from '#web/i18n/format.ts';
import { A, H3, P } from '#web/kit/components.tsx';
import type { Question } from '#web/kit/types.ts';
import type { View } from '#web/kit/view.ts';

/**
 * The nota van inlichtingen on the site: the list on the call's page, the printable nota itself
 * (part of the call, as TenderNed publishes it), and the buyer's form to publish one per phase.
 */
export type Nota = z.output<typeof routes.listNotas.response>['items'][number];

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
        <P class="im-muted">
          {t.notas.amendedIn(a.notaNumber, formatDate(a.at, v.lang), a.reason)}
          {a.change && a.change !== 'clarification'
            ? ` ${t.notas.significant(t.notas.changes[a.change]!.toLowerCase())}`
            : ''}
        </P>
      ))}
    </>
  );
}
