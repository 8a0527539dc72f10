import { THEMES, type Theme } from '#shared/kernel/vocabulary.ts';
import { formatMoney } from '#web/i18n/format.ts';
import { Deadline, Tag } from '#web/kit/components.tsx';
import { type ListingPage, nextDeadline } from '#web/kit/listing.ts';
import { localised, type View } from '#web/kit/view.ts';
import { groupTexts } from './messages.ts';

export type ListingItem = ListingPage['items'][number];

export const themeName = (theme: string, v: View) => THEMES[theme as Theme]?.[v.lang] ?? theme;

export function Localised(props: { v: View; text: { nl: string; en?: string | undefined } }) {
  const { text, lang } = localised(props.text, props.v.lang);
  // biome-ignore lint/complexity/noUselessFragments: the fragment makes hono escape the text; a bare string return would not be
  return lang ? <span lang={lang}>{text}</span> : <>{text}</>;
}

export function CallCard(props: { v: View; item: ListingItem; level?: 2 | 3 }) {
  const { v, item } = props;
  const { t } = v;
  const deadline = nextDeadline(item);
  const Heading = props.level === 2 ? 'h2' : 'h3';
  return (
    <li class="im-card">
      <Heading class={props.level === 2 ? 'utrecht-heading-2' : 'utrecht-heading-3'}>
        <a class="rvo-link" href={`/oproepen/${item.id}`}>
          <Localised v={v} text={item.title} />
        </a>
      </Heading>
      <dl class="im-meta">
        <div>
          <dt>{groupTexts(v).buyer}:</dt>
          <dd>{item.leadBuyer.name}</dd>
        </div>
        <div>
          <dt>{t.call.instrument}:</dt>
          <dd>{t.instruments[item.instrument]}</dd>
        </div>
        <div>
          <dt>{t.call.theme}:</dt>
          <dd>{themeName(item.theme, v)}</dd>
        </div>
        <div>
          <dt>{groupTexts(v).budget}:</dt>
          <dd>{formatMoney(item.totalBudgetCents, v.lang)}</dd>
        </div>
        <div>
          <dt>{groupTexts(v).status}:</dt>
          <dd>
            {item.status === 'published' ? (
              <Tag kind={deadline ? 'open' : 'closed'}>
                {deadline ? t.statuses.open : t.statuses.closedForProposals}
              </Tag>
            ) : (
              <Tag kind="closed">{t.statuses[item.status]}</Tag>
            )}
          </dd>
        </div>
        <div>
          <dt>{groupTexts(v).nextDeadline}:</dt>
          <dd>
            {deadline && item.status === 'published' ? (
              <Deadline v={v} at={deadline} />
            ) : (
              groupTexts(v).noDeadline
            )}
          </dd>
        </div>
      </dl>
    </li>
  );
}
