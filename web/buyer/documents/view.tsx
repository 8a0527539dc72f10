/** @jsxImportSource hono/jsx */

import { manageCrumbs } from '#web/buyer/crumbs.tsx';
import { Alert, H1, H2, P } from '#web/kit/components.tsx';
import { ErrorSummary } from '#web/kit/fields.tsx';
import { FILE_FIELD, FileTable } from '#web/kit/files.tsx';
import { Layout } from '#web/kit/layout.tsx';
import type { CallView } from '#web/kit/types.ts';
import { type FormState, titleOf, type View } from '#web/kit/view.ts';
import { texts } from './messages.ts';
import { CallDocumentForm } from './upload-form.tsx';

/** The call's documents for its buyer: the list, and the form that adds (or, once published, replaces by a correction). */
export function CallDocumentsPage(props: {
  v: View;
  call: CallView;
  form: FormState;
  maxMb: number;
  flash?: string;
}) {
  const { v, call: c, form } = props;
  const { t } = v;
  const documents = c.documents ?? [];
  const published = c.status === 'published';
  return (
    <Layout v={v} title={t.documents.callTitle} current="my-calls" scripts={[v.assets.uploadJs]}>
      {manageCrumbs(v, c)}
      {props.flash ? <Alert kind="success">{props.flash}</Alert> : null}
      <ErrorSummary v={v} form={form} order={['title', 'kind', FILE_FIELD, 'replaces', 'reason']} />
      <H1>{t.documents.callTitle}</H1>
      <P>{titleOf(c, v)}</P>
      <P>{texts(v).callIntro}</P>
      <FileTable
        v={v}
        caption={t.documents.callTitle}
        files={documents}
        openHref={(file) => `/oproepen/${c.id}/documenten/${file.id}`}
        note={(file) => {
          const doc = documents.find((d) => d.id === file.id)!;
          return `(${[doc.title, doc.replacedBy ? t.documents.replaced : ''].filter(Boolean).join('; ')})`;
        }}
        {...(c.status === 'draft'
          ? { removeAction: (file) => `/beheer/oproepen/${c.id}/documenten/${file.id}/verwijderen` }
          : {})}
      />
      <H2>{t.documents.upload}</H2>
      <CallDocumentForm
        v={v}
        form={form}
        action={`/beheer/oproepen/${c.id}/documenten`}
        maxMb={props.maxMb}
        published={published}
        current={documents.filter((d) => !d.replacedBy)}
      />
    </Layout>
  );
}
