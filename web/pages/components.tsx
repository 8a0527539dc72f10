/** @jsxImportSource hono/jsx */
import type { Child } from 'hono/jsx';
import { formatDateTime, isoOf, type Lang, timeLeft } from '#web/i18n/format.ts';
import type { FormState, View } from './view.ts';

/**
 * The building blocks of every page: NL Design System (RVO/Utrecht) component classes on plain
 * HTML, so everything works without JavaScript. Form fields follow the GOV.UK pattern: label,
 * hint, the error above the control, `aria-describedby` tying them together, and an error summary
 * at the top linking to each field.
 */

export function Layout(props: {
  v: View;
  title: string;
  current?: string;
  scripts?: string[];
  children?: Child;
}) {
  const { v, title } = props;
  const { t } = v;
  const session = v.session;
  const other = t.site.switchToLang as Lang;
  const nav: { href: string; label: string; key: string }[] = [
    { href: '/', label: t.nav.home, key: 'home' },
    { href: '/oproepen', label: t.nav.calls, key: 'calls' },
    ...(session?.role === 'sme'
      ? [
          { href: '/mijn/voorstellen', label: t.nav.myProposals, key: 'proposals' },
          { href: '/mijn/bedrijf', label: t.nav.myCompany, key: 'company' },
          { href: '/mijn/beslissingen', label: t.nav.decisions, key: 'decisions' },
          { href: '/mijn/uitnodigingen', label: t.nav.invitations, key: 'invitations' },
          { href: '/mijn/vervolgmonitoring', label: t.nav.followUps, key: 'follow-ups' },
        ]
      : []),
    ...(session?.role === 'buyer'
      ? [
          { href: '/beheer/oproepen', label: t.gov.nav.myChallenges, key: 'my-challenges' },
          { href: '/beheer/oproepen/nieuw', label: t.gov.nav.newChallenge, key: 'new-challenge' },
        ]
      : []),
    ...(session?.role === 'assessor'
      ? [{ href: '/beoordelen', label: t.gov.nav.committees, key: 'committees' }]
      : []),
    ...(session?.role === 'programme'
      ? [
          { href: '/programma/enveloppen', label: t.gov.nav.envelopes, key: 'envelopes' },
          { href: '/programma/organisaties', label: t.gov.nav.organisations, key: 'organisations' },
        ]
      : []),
    ...(session?.role === 'buyer' || session?.role === 'programme'
      ? [{ href: '/medefinanciering', label: t.gov.nav.consents, key: 'consents' }]
      : []),
    ...(session?.role === 'programme' || session?.role === 'officer'
      ? [{ href: '/rapporten', label: t.gov.nav.reports, key: 'reports' }]
      : []),
    ...(session ? [{ href: '/mijn/e-mail', label: t.nav.mail, key: 'mail' }] : []),
    { href: '/open-data', label: t.nav.openData, key: 'open-data' },
  ];
  return (
    <html lang={v.lang}>
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{`${title} | ${t.site.name}`}</title>
        <link rel="stylesheet" href={v.assets.css} />
        {(props.scripts ?? []).map((src) => (
          <script src={src} defer />
        ))}
      </head>
      <body class="utrecht-document">
        <a class="im-skip-link" href="#inhoud">
          {t.site.skipLink}
        </a>
        {v.local ? (
          <div class="im-local-banner">
            <p class="im-width im-local-banner__text">{t.site.localBanner}</p>
          </div>
        ) : null}
        <header class="im-header">
          <div class="im-width im-header__bar">
            <a class="im-logo" href="/">
              <svg width="36" height="36" viewBox="0 0 36 36" aria-hidden="true" focusable="false">
                <rect width="36" height="36" rx="6" fill="#ffffff" />
                <path d="M8 26V10h4v16zm8 0V16h4v10zm8 0V6h4v20z" fill="#0b4f6c" />
              </svg>
              <span>
                {t.site.name}
                <small>{t.site.tagline}</small>
              </span>
            </a>
            <div class="im-header__tools">
              <a href={`/taal/${other}?terug=${encodeURIComponent(v.path)}`} lang={other} hreflang={other}>
                {t.site.switchTo}
              </a>
              {session ? (
                <>
                  <span>{t.site.signedInAs(`${session.label} (${t.roles[session.role]})`)}</span>
                  <form method="post" action="/uitloggen">
                    <input type="hidden" name="_csrf" value={v.csrf} />
                    <button type="submit" class="im-link-button">
                      {t.nav.signOut}
                    </button>
                  </form>
                </>
              ) : (
                <a href={`/inloggen?terug=${encodeURIComponent(v.path)}`}>{t.nav.signIn}</a>
              )}
            </div>
          </div>
          <nav class="im-nav" aria-label={t.site.mainMenu}>
            <ul class="im-width">
              {nav.map((item) => (
                <li>
                  <a href={item.href} aria-current={props.current === item.key ? 'page' : undefined}>
                    {item.label}
                  </a>
                </li>
              ))}
            </ul>
          </nav>
        </header>
        <main id="inhoud" class="im-width" tabindex={-1}>
          {props.children}
        </main>
        <footer class="im-footer">
          <div class="im-width">
            <p>{t.site.footerAbout}</p>
            <h2 class="im-visually-hidden">{t.site.footerLinks}</h2>
            <ul>
              <li>
                <a href="/toegankelijkheid">{t.nav.accessibility}</a>
              </li>
              <li>
                <a href="/open-data">{t.nav.openData}</a>
              </li>
            </ul>
          </div>
        </footer>
      </body>
    </html>
  );
}

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

/** Shown when a form comes back with errors: focusable, first on the page, linking to each field. */
export function ErrorSummary(props: { v: View; form: FormState; order: string[] }) {
  const { form, v } = props;
  const fieldErrors = props.order.filter((name) => form.errors[name]);
  const general = form.general ?? [];
  if (fieldErrors.length === 0 && general.length === 0) return null;
  return (
    <div class="im-error-summary" role="alert" aria-labelledby="foutmeldingen" tabindex={-1}>
      <h2 class="utrecht-heading-2" id="foutmeldingen">
        {v.t.errors.summaryTitle}
      </h2>
      <ul>
        {general.map((message) => (
          <li>{message}</li>
        ))}
        {fieldErrors.map((name) => (
          <li>
            <a href={`#${name}`}>{form.errors[name]}</a>
          </li>
        ))}
      </ul>
    </div>
  );
}

interface FieldProps {
  v: View;
  form: FormState;
  name: string;
  label: string;
  hint?: string;
  short?: boolean;
  type?: 'text' | 'url' | 'email' | 'date' | 'datetime-local';
  inputmode?: 'numeric' | 'decimal' | 'text';
  autocomplete?: string;
  spellcheck?: boolean;
}

const describedBy = (name: string, hint?: string, error?: string) =>
  [hint ? `${name}-hint` : '', error ? `${name}-error` : ''].filter(Boolean).join(' ') || undefined;

function FieldLabel(props: { v: View; name: string; label: string; hint?: string; error?: string }) {
  return (
    <>
      <label class="rvo-label" for={props.name}>
        {props.label}
      </label>
      {props.hint ? (
        <span class="im-hint utrecht-form-field-description" id={`${props.name}-hint`}>
          {props.hint}
        </span>
      ) : null}
      {props.error ? (
        <span class="im-field-error rvo-form-feedback rvo-form-feedback--error" id={`${props.name}-error`}>
          <span class="im-visually-hidden">{props.v.t.errors.fieldPrefix} </span>
          {props.error}
        </span>
      ) : null}
    </>
  );
}

export function TextField(props: FieldProps) {
  const error = props.form.errors[props.name];
  return (
    <div
      class={`im-field utrecht-form-field ${error ? 'im-field--invalid utrecht-form-field--invalid' : ''}`}
    >
      <FieldLabel v={props.v} name={props.name} label={props.label} hint={props.hint} error={error} />
      <input
        class={`utrecht-textbox utrecht-textbox--html-input ${props.short ? 'im-input--short' : ''} ${error ? 'utrecht-textbox--invalid' : ''}`}
        id={props.name}
        name={props.name}
        type={props.type ?? 'text'}
        value={props.form.values[props.name] ?? ''}
        inputmode={props.inputmode}
        autocomplete={props.autocomplete}
        spellcheck={props.spellcheck}
        aria-describedby={describedBy(props.name, props.hint, error)}
        aria-invalid={error ? 'true' : undefined}
      />
    </div>
  );
}

export function TextArea(props: FieldProps & { rows?: number }) {
  const error = props.form.errors[props.name];
  return (
    <div
      class={`im-field utrecht-form-field ${error ? 'im-field--invalid utrecht-form-field--invalid' : ''}`}
    >
      <FieldLabel v={props.v} name={props.name} label={props.label} hint={props.hint} error={error} />
      <textarea
        class={`utrecht-textarea utrecht-textarea--html-textarea ${error ? 'utrecht-textarea--invalid' : ''}`}
        id={props.name}
        name={props.name}
        rows={props.rows ?? 6}
        aria-describedby={describedBy(props.name, props.hint, error)}
        aria-invalid={error ? 'true' : undefined}
      >
        {props.form.values[props.name] ?? ''}
      </textarea>
    </div>
  );
}

export function Select(props: FieldProps & { options: { value: string; label: string }[] }) {
  const error = props.form.errors[props.name];
  const selected = props.form.values[props.name] ?? '';
  return (
    <div
      class={`im-field utrecht-form-field ${error ? 'im-field--invalid utrecht-form-field--invalid' : ''}`}
    >
      <FieldLabel v={props.v} name={props.name} label={props.label} hint={props.hint} error={error} />
      <select
        class="utrecht-select utrecht-select--html-select"
        id={props.name}
        name={props.name}
        aria-describedby={describedBy(props.name, props.hint, error)}
        aria-invalid={error ? 'true' : undefined}
      >
        {props.options.map((option) => (
          <option value={option.value} selected={option.value === selected}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}

/** A yes/no question as two radio buttons in a fieldset (the legend is the question). */
export function YesNo(props: { v: View; form: FormState; name: string; legend: string }) {
  const error = props.form.errors[props.name];
  const value = props.form.values[props.name];
  return (
    <fieldset
      class={`im-fieldset im-field utrecht-form-fieldset ${error ? 'im-field--invalid' : ''}`}
      aria-describedby={error ? `${props.name}-error` : undefined}
    >
      <legend class="utrecht-form-fieldset__legend" id={props.name}>
        {props.legend}
      </legend>
      {error ? (
        <span class="im-field-error" id={`${props.name}-error`}>
          <span class="im-visually-hidden">{props.v.t.errors.fieldPrefix} </span>
          {error}
        </span>
      ) : null}
      <div class="im-choices">
        {(['yes', 'no'] as const).map((choice) => (
          <label class="im-choice" for={`${props.name}-${choice}`}>
            <input
              class="utrecht-radio-button utrecht-radio-button--html-input"
              type="radio"
              id={`${props.name}-${choice}`}
              name={props.name}
              value={choice}
              checked={value === choice}
            />
            {props.v.t.yesNo[choice]}
          </label>
        ))}
      </div>
    </fieldset>
  );
}

/** Radio buttons or checkboxes in a fieldset; the legend is the question. Checked values: comma-separated. */
export function Choices(props: {
  v: View;
  form: FormState;
  name: string;
  legend: string;
  hint?: string;
  options: { value: string; label: string; lang?: string }[];
  multiple?: boolean;
}) {
  const error = props.form.errors[props.name];
  const chosen = new Set((props.form.values[props.name] ?? '').split(',').filter(Boolean));
  const described = [props.hint ? `${props.name}-hint` : '', error ? `${props.name}-error` : '']
    .filter(Boolean)
    .join(' ');
  return (
    <fieldset
      class={`im-fieldset im-field utrecht-form-fieldset ${error ? 'im-field--invalid' : ''}`}
      aria-describedby={described || undefined}
    >
      <legend class="utrecht-form-fieldset__legend" id={props.name}>
        {props.legend}
      </legend>
      {props.hint ? (
        <span class="im-hint" id={`${props.name}-hint`}>
          {props.hint}
        </span>
      ) : null}
      {error ? (
        <span class="im-field-error" id={`${props.name}-error`}>
          <span class="im-visually-hidden">{props.v.t.errors.fieldPrefix} </span>
          {error}
        </span>
      ) : null}
      <div class="im-choices">
        {props.options.map((option, i) => (
          <label class="im-choice" for={`${props.name}-${i}`}>
            <input
              type={props.multiple ? 'checkbox' : 'radio'}
              id={`${props.name}-${i}`}
              name={props.name}
              value={option.value}
              checked={chosen.has(option.value)}
            />
            <span lang={option.lang}>{option.label}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}

export const CsrfField = (props: { v: View }) => <input type="hidden" name="_csrf" value={props.v.csrf} />;

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
