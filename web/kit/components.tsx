/** @jsxImportSource hono/jsx */

import { randomUUID } from 'node:crypto';
import type { Child } from 'hono/jsx';
import { formatDateTime, isoOf, timeLeft } from '#web/i18n/format.ts';
import { ATTEMPT_FIELD } from '#web/kit/api.ts';
import type { View } from '#web/kit/view.ts';

export const H1 = (props: { children?: Child }) => <h1 class="utrecht-heading-1">{props.children}</h1>;

export const H2 = (props: { children?: Child; id?: string }) => (
  <h2 class="utrecht-heading-2" id={props.id}>
    {props.children}
  </h2>
);

export const H3 = (props: { children?: Child }) => <h3 class="utrecht-heading-3">{props.children}</h3>;

export const P = (props: { children?: Child; class?: string }) => (
  <p class={`utrecht-paragraph ${props.class ?? ''}`.trim()}>{props.children}</p>
);

export const A = (props: { href: string; children?: Child; lang?: string }) => (
  <a class="rvo-link" href={props.href} lang={props.lang}>
    {props.children}
  </a>
);

export function Breadcrumbs(props: { items: { href: string; label: string }[]; label: string }) {
  return (
    <nav class="im-breadcrumbs" aria-label={props.label}>
      <ol>
        {props.items.map((item) => (
          <li>
            <a class="rvo-link" href={item.href}>
              {item.label}
            </a>
          </li>
        ))}
      </ol>
    </nav>
  );
}

export function Alert(props: { kind?: 'info' | 'success' | 'error' | 'warning'; children?: Child }) {
  const kind = props.kind ?? 'info';
  return (
    <div class={`im-alert im-alert--${kind}`} role={kind === 'error' ? 'alert' : 'status'}>
      {props.children}
    </div>
  );
}

/**
 * The form token, and the attempt: one id per rendered form, sent to the API as its
 * Idempotency-Key, so sending the same form twice (a double click, a retry after a timeout)
 * writes once.
 */
export const CsrfField = (props: { v: View }) => (
  <>
    <input type="hidden" name="_csrf" value={props.v.csrf} />
    <input type="hidden" name={ATTEMPT_FIELD} value={randomUUID()} />
  </>
);

export function Button(props: {
  children?: Child;
  kind?: 'primary' | 'secondary' | 'danger';
  name?: string;
  value?: string;
}) {
  const kind = props.kind ?? 'primary';
  const cls =
    kind === 'danger'
      ? 'utrecht-button--primary-action utrecht-button--danger'
      : kind === 'secondary'
        ? 'utrecht-button--secondary-action'
        : 'utrecht-button--primary-action';
  return (
    <button type="submit" class={`utrecht-button ${cls}`} name={props.name} value={props.value}>
      {props.children}
    </button>
  );
}

/** A deadline with weekday and time in Amsterdam time, and how long is left. */
export function Deadline(props: { v: View; at: string }) {
  const left = timeLeft(props.at, props.v.now, props.v.lang);
  return (
    <>
      <time datetime={isoOf(props.at)}>{formatDateTime(props.at, props.v.lang)}</time>
      {left ? (
        <span class="im-muted"> ({left})</span>
      ) : (
        <span class="im-muted"> ({props.v.t.time.closed})</span>
      )}
    </>
  );
}

export function SummaryList(props: { rows: [string, Child][] }) {
  return (
    <dl class="im-summary">
      {props.rows.map(([term, value]) => (
        <>
          <dt>{term}</dt>
          <dd>{value}</dd>
        </>
      ))}
    </dl>
  );
}

export interface Column {
  label: Child;
  /** Right-aligned figures. */
  numeric?: boolean;
}

/**
 * A data table: a caption (visible, or for screen readers only), column headers, and rows; the
 * first cell of a row is its header when `rowHeaders` is set. Wide tables scroll inside a
 * focusable wrapper, so keyboard users can scroll them too.
 */
export function Table(props: {
  caption: Child;
  hideCaption?: boolean;
  columns: Column[];
  rows: Child[][];
  rowHeaders?: boolean;
  rowClass?: (index: number) => string | undefined;
}) {
  return (
    <div class="im-table-wrap" tabindex={0}>
      <table class="im-table rvo-table">
        <caption class={props.hideCaption ? 'im-visually-hidden' : undefined}>{props.caption}</caption>
        <thead>
          <tr>
            {props.columns.map((column) => (
              <th scope="col" class={column.numeric ? 'im-num' : undefined}>
                {column.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {props.rows.map((row, r) => (
            <tr class={props.rowClass?.(r)}>
              {row.map((cell, i) =>
                i === 0 && props.rowHeaders ? (
                  <th scope="row">{cell}</th>
                ) : (
                  <td class={props.columns[i]?.numeric ? 'im-num' : undefined}>{cell}</td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function Tag(props: { children?: Child; kind?: 'open' | 'closed' | 'warning' }) {
  return <span class={`im-tag ${props.kind ? `im-tag--${props.kind}` : ''}`}>{props.children}</span>;
}
