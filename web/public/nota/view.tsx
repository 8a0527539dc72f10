/** @jsxImportSource hono/jsx */

import { formatDate, formatDateTime } from '#web/i18n/format.ts';
import { Breadcrumbs, H1, H2, P, SummaryList } from '#web/kit/components.tsx';
import { Layout } from '#web/kit/layout.tsx';
import type { Nota } from '#web/kit/notas.tsx';
import type { CallView } from '#web/kit/types.ts';
import { localised, type View } from '#web/kit/view.ts';
import { texts } from './messages.ts';

/** One nota, printable as it is: numbered questions and answers, askers never named. */
export function NotaPage(props: { v: View; call: CallView; nota: Nota }) {
  const { v, call: c, nota: n } = props;
  const { t } = v;
  const title = localised(c.title, v.lang);
  return (
    <Layout v={v} title={`${t.notas.title(n.phase, n.number)}: ${title.text}`} current="calls">
      <Breadcrumbs
        label={t.call.breadcrumb}
        items={[
          { href: '/oproepen', label: t.call.breadcrumb },
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
            [texts(v).publishedAt, formatDateTime(n.publishedAt, v.lang)],
            [texts(v).questionCount, String(n.items.length)],
          ]}
        />
        <P>{texts(v).partOfCall}</P>
        {n.introduction ? <P class="im-pre">{n.introduction}</P> : null}
        {n.items.map((i) => (
          <section class="im-qa" aria-labelledby={`vraag-${i.item}`}>
            <H2 id={`vraag-${i.item}`}>
              {i.amendmentReason ? texts(v).amendedItem(i.item) : t.notas.item(i.item)}
            </H2>
            <p class="utrecht-paragraph">
              <strong>{t.call.question}:</strong> <span class="im-pre">{i.question}</span>
            </p>
            <p class="utrecht-paragraph">
              <strong>{t.call.answer}:</strong> <span class="im-pre">{i.answer}</span>
            </p>
            {i.amendmentReason ? (
              <p class="utrecht-paragraph">
                <strong>{t.notas.reason}:</strong> <span class="im-pre">{i.amendmentReason}</span>
              </p>
            ) : null}
            {i.change && i.change !== 'clarification' ? (
              <p class="utrecht-paragraph">
                <strong>{t.notas.significant(t.notas.changes[i.change]!.toLowerCase())}</strong>
              </p>
            ) : null}
          </section>
        ))}
      </article>
    </Layout>
  );
}
