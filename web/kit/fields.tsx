/** @jsxImportSource hono/jsx */

import type { FormState, View } from '#web/kit/view.ts';

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

export interface FieldProps {
  v: View;
  form: FormState;
  name: string;
  label: string;
  hint?: string;
  short?: boolean;
  type?: 'text' | 'url' | 'email' | 'date' | 'datetime-local' | 'password';
  inputmode?: 'numeric' | 'decimal' | 'text';
  autocomplete?: string;
  spellcheck?: boolean;
}

export const describedBy = (name: string, hint?: string, error?: string) =>
  [hint ? `${name}-hint` : '', error ? `${name}-error` : ''].filter(Boolean).join(' ') || undefined;

export function FieldLabel(props: { v: View; name: string; label: string; hint?: string; error?: string }) {
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
        // A password is never sent back to the browser, not even after an error.
        value={props.type === 'password' ? '' : (props.form.values[props.name] ?? '')}
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
