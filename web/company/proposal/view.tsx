import { proposalReference } from '#shared/proposals/reference.ts';
import { formatDateTime, formatMoney } from '#web/i18n/format.ts';
import { A, Alert, Breadcrumbs, Deadline, H1, H2, P, SummaryList, Tag } from '#web/kit/components.tsx';
import { ErrorSummary } from '#web/kit/fields.tsx';
import { AttachmentUploadForm, FILE_FIELD, FileTable } from '#web/kit/files.tsx';
import { Layout } from '#web/kit/layout.tsx';
import type { CallView, ProposalView } from '#web/kit/types.ts';
import { type FormState, titleOf, type View } from '#web/kit/view.ts';
import { groupTexts } from '../messages.ts';
import { texts } from './messages.ts';

export function ProposalPage(props: {
  v: View;
  proposal: ProposalView;
  call?: CallView;
  feedbackAvailable: boolean;
  flash?: string;
  /** The upload form's state (after a refused upload: its error at the file field). */
  upload?: FormState;
  maxUploadMb: number;
}) {
  const { v, proposal: p, call } = props;
  const { t } = v;
  const open = p.status === 'submitted' && v.now.toISOString() < p.deadline;
  return (
    <Layout
      v={v}
      title={`${t.proposal.detailTitle}: ${titleOf(call, v)}`}
      current="proposals"
      scripts={open ? [v.assets.uploadJs] : []}
    >
      <Breadcrumbs
        label={groupTexts(v).myTitle}
        items={[{ href: '/mijn/voorstellen', label: groupTexts(v).myTitle }]}
      />
      {props.flash ? <Alert kind="success">{props.flash}</Alert> : null}
      {props.upload ? <ErrorSummary v={v} form={props.upload} order={[FILE_FIELD]} /> : null}
      <H1>{t.proposal.detailTitle}</H1>
      <SummaryList
        rows={[
          [texts(v).reference, proposalReference(p.id)],
          [
            t.proposal.forCall,
            call ? <A href={`/oproepen/${call.id}`}>{titleOf(call, v)}</A> : p.challengeId,
          ],
          [t.proposal.phase, t.phaseNames[p.phase] ?? String(p.phase)],
          [
            groupTexts(v).status,
            p.status === 'submitted' ? (
              <Tag kind="open">{groupTexts(v).statusSubmitted}</Tag>
            ) : (
              <Tag kind="closed">{groupTexts(v).statusWithdrawn}</Tag>
            ),
          ],
          [t.proposal.requested, formatMoney(p.requestedAmountCents, v.lang)],
          [t.proposal.requestedExcl, formatMoney(p.requestedAmountExclVatCents, v.lang)],
          [t.call.duration, t.call.months(p.durationMonths)],
          [groupTexts(v).deadline, <Deadline v={v} at={p.deadline} />],
          [t.proposal.submittedAt, formatDateTime(p.submittedAt, v.lang)],
          [texts(v).updatedAt, formatDateTime(p.updatedAt, v.lang)],
        ]}
      />
      <H2>{t.proposal.summary}</H2>
      <P class="im-pre">{p.summary}</P>
      <H2>{t.proposal.plan}</H2>
      <div class="im-pre">{p.plan}</div>
      {p.documents.length > 0 ? (
        <>
          <H2>{groupTexts(v).documents}</H2>
          <ul>
            {p.documents.map((d) => (
              <li>
                <A href={d.url}>{d.title}</A>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <H2 id="bijlagen">{t.documents.attachmentsTitle}</H2>
      <P>{open ? texts(v).attachmentsIntro : texts(v).sealedNote}</P>
      <FileTable
        v={v}
        caption={t.documents.attachmentsTitle}
        files={p.attachments ?? []}
        openHref={(file) => `/voorstellen/${p.id}/bijlagen/${file.id}`}
        {...(open ? { removeAction: (file) => `/voorstellen/${p.id}/bijlagen/${file.id}/verwijderen` } : {})}
      />
      {open ? (
        <AttachmentUploadForm
          v={v}
          form={props.upload ?? { values: {}, errors: {} }}
          action={`/voorstellen/${p.id}/bijlagen`}
          maxMb={props.maxUploadMb}
        />
      ) : null}
      {open ? (
        <div class="im-actions">
          <a class="im-button-link" href={`/voorstellen/${p.id}/wijzigen`}>
            {texts(v).edit}
          </a>
          <A href={`/voorstellen/${p.id}/intrekken`}>{texts(v).withdraw}</A>
        </div>
      ) : p.status === 'submitted' ? (
        <P class="im-muted">{texts(v).closedNote}</P>
      ) : null}
      {props.feedbackAvailable ? (
        <P>
          <A href={`/voorstellen/${p.id}/terugkoppeling`}>{texts(v).feedback}</A>
        </P>
      ) : null}
    </Layout>
  );
}
