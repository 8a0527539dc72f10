/** @jsxImportSource hono/jsx */

import type { Child } from 'hono/jsx';
import type { z } from 'zod/mini';
import type { routes } from '#shared/routes.ts';
import { formatBytes, formatDateTime } from '#web/i18n/format.ts';
import { Button, CsrfField, Table } from '#web/kit/components.tsx';
import type { FormState, View } from '#web/kit/view.ts';

/*
 * Files on the site: a table of recorded files (name, type, size, fingerprint) with a link that
 * opens each (the API logs it and hands out a short-lived URL), and the upload form — a plain
 * multipart form that works without JavaScript; the site sends the bytes on to the store.
 */

export type StoredFile = NonNullable<z.output<typeof routes.getProposal.response>['attachments']>[number];

export type CallDocument = z.output<typeof routes.listCallDocuments.response>['items'][number];

/** What a person calls a media type. */
export const FORMAT_NAMES: Record<string, string> = {
  'application/pdf': 'PDF',
  'application/vnd.oasis.opendocument.text': 'ODT',
  'application/vnd.oasis.opendocument.spreadsheet': 'ODS',
  'application/vnd.oasis.opendocument.presentation': 'ODP',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'Word (docx)',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'Excel (xlsx)',
  'application/vnd.openxmlformats-officedocument.presentationml.presentation': 'PowerPoint (pptx)',
  'text/csv': 'CSV',
};

/** The file input's name on every upload form. */
export const FILE_FIELD = 'bestand';

/** The fingerprint, broken into groups so it wraps and can be read aloud in parts. */
export const Fingerprint = (props: { sha256: string }) => (
  <code class="im-fingerprint">{props.sha256.match(/.{1,16}/g)!.join(' ')}</code>
);

export function FileTable(props: {
  v: View;
  caption: string;
  files: StoredFile[];
  openHref: (file: StoredFile) => string;
  /** A form action per file to remove it (while that is allowed). */
  removeAction?: (file: StoredFile) => string;
  note?: (file: StoredFile) => Child;
}) {
  const { v } = props;
  const d = v.t.documents;
  if (props.files.length === 0) return <p class="utrecht-paragraph im-muted">{d.none}</p>;
  return (
    <Table
      caption={props.caption}
      hideCaption
      columns={[
        { label: d.file },
        { label: d.format },
        { label: d.size, numeric: true },
        { label: d.uploadedAt },
        // Last: what proves the file unchanged, for whoever checks it, not what a reader needs first.
        { label: d.fingerprint },
        ...(props.removeAction ? [{ label: <span class="im-visually-hidden">{d.remove}</span> }] : []),
      ]}
      rows={props.files.map((file) => [
        <>
          <a class="rvo-link" href={props.openHref(file)} aria-label={d.openNamed(file.fileName)}>
            {file.fileName}
          </a>
          {props.note ? <span class="im-muted"> {props.note(file)}</span> : null}
        </>,
        FORMAT_NAMES[file.contentType] ?? file.contentType,
        formatBytes(file.sizeBytes, v.lang),
        formatDateTime(file.uploadedAt, v.lang),
        <Fingerprint sha256={file.sha256} />,
        ...(props.removeAction
          ? [
              <form method="post" action={props.removeAction(file)} class="im-inline-form">
                <CsrfField v={v} />
                <button
                  type="submit"
                  class="utrecht-button utrecht-button--secondary-action"
                  aria-label={d.removeNamed(file.fileName)}
                >
                  {d.remove}
                </button>
              </form>,
            ]
          : []),
      ])}
    />
  );
}

/** The file input with its label, hint and error, as the other fields are. */
export function FileField(props: { v: View; form: FormState; maxMb: number }) {
  const { v, form } = props;
  const error = form.errors[FILE_FIELD];
  const d = v.t.documents;
  return (
    <div
      class={`im-field utrecht-form-field ${error ? 'im-field--invalid utrecht-form-field--invalid' : ''}`}
    >
      <label class="rvo-label" for={FILE_FIELD}>
        {d.choose}
      </label>
      <span class="im-hint utrecht-form-field-description" id={`${FILE_FIELD}-hint`}>
        {d.chooseHint(props.maxMb)}
      </span>
      {error ? (
        <span class="im-field-error rvo-form-feedback rvo-form-feedback--error" id={`${FILE_FIELD}-error`}>
          <span class="im-visually-hidden">{v.t.errors.fieldPrefix} </span>
          {error}
        </span>
      ) : null}
      <input
        class="im-file-input"
        type="file"
        id={FILE_FIELD}
        name={FILE_FIELD}
        accept=".pdf,.odt,.ods,.odp,.docx,.xlsx,.pptx,.csv"
        aria-describedby={[`${FILE_FIELD}-hint`, error ? `${FILE_FIELD}-error` : '']
          .filter(Boolean)
          .join(' ')}
        aria-invalid={error ? 'true' : undefined}
      />
    </div>
  );
}

/** Shown only where the upload script runs: a bar and a polite live text with the percentage. */
export function UploadProgress(props: { v: View }) {
  const d = props.v.t.documents;
  return (
    <div class="im-upload-progress">
      <progress max={100} value={0} hidden aria-label={d.progressLabel} />
      <span class="im-muted" aria-live="polite" data-upload-status data-text={d.progress('{percent}')} />
    </div>
  );
}

/** A proposal's upload form. */
export function AttachmentUploadForm(props: { v: View; form: FormState; action: string; maxMb: number }) {
  return (
    <form method="post" action={props.action} enctype="multipart/form-data" novalidate data-upload-progress>
      <CsrfField v={props.v} />
      <FileField v={props.v} form={props.form} maxMb={props.maxMb} />
      <UploadProgress v={props.v} />
      <Button>{props.v.t.documents.upload}</Button>
    </form>
  );
}

/** The call's documents for everyone: current ones, and replaced ones marked. */
export function CallDocumentList(props: { v: View; challengeId: string; documents: CallDocument[] }) {
  const { v } = props;
  const d = v.t.documents;
  return (
    <FileTable
      v={v}
      caption={d.callTitle}
      files={props.documents}
      openHref={(file) => `/oproepen/${props.challengeId}/documenten/${file.id}`}
      note={(file) => {
        const doc = props.documents.find((x) => x.id === file.id)!;
        const kind = d.kinds[doc.kind] ?? doc.kind;
        const parts = [doc.title !== doc.fileName ? doc.title : '', doc.title.startsWith(kind) ? '' : kind];
        if (doc.correction) parts.push(d.addedByCorrection(doc.correction));
        if (doc.replacedBy) parts.push(d.replaced);
        return `(${parts.filter(Boolean).join('; ')})`;
      }}
    />
  );
}
