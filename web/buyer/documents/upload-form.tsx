/** @jsxImportSource hono/jsx */

import { Button, CsrfField } from '#web/kit/components.tsx';
import { Select, TextArea, TextField } from '#web/kit/fields.tsx';
import { type CallDocument, FileField, UploadProgress } from '#web/kit/files.tsx';
import type { FormState, View } from '#web/kit/view.ts';
import { texts } from './messages.ts';

/** A call's document form: title, kind, file; once published also what it replaces and the correction's reason. */
export function CallDocumentForm(props: {
  v: View;
  form: FormState;
  action: string;
  maxMb: number;
  published: boolean;
  current: CallDocument[];
}) {
  const { v, form } = props;
  const d = v.t.documents;
  return (
    <form method="post" action={props.action} enctype="multipart/form-data" novalidate data-upload-progress>
      <CsrfField v={v} />
      <TextField v={v} form={form} name="title" label={texts(v).docTitle} />
      <Select
        v={v}
        form={form}
        name="kind"
        label={texts(v).docKind}
        options={Object.entries(d.kinds).map(([value, label]) => ({ value, label }))}
      />
      <FileField v={v} form={form} maxMb={props.maxMb} />
      {props.published ? (
        <>
          <Select
            v={v}
            form={form}
            name="replaces"
            label={texts(v).replaces}
            options={[
              { value: '', label: texts(v).replacesNone },
              ...props.current.map((doc) => ({ value: doc.id, label: `${doc.title} (${doc.fileName})` })),
            ]}
          />
          <TextArea
            v={v}
            form={form}
            name="reason"
            label={texts(v).correctionReason}
            hint={texts(v).correctionReasonHint}
            rows={3}
          />
        </>
      ) : null}
      <UploadProgress v={v} />
      <Button>{d.upload}</Button>
    </form>
  );
}
