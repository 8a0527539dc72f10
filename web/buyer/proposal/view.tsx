/** @jsxImportSource hono/jsx */

import type { z } from 'zod/mini';
import type { routes } from '#shared/routes.ts';
import { manageCrumbs } from '#web/buyer/crumbs.tsx';
import { formatDateTime, formatMoney } from '#web/i18n/format.ts';
import { H1, H2, P, SummaryList } from '#web/kit/components.tsx';
import { FileTable } from '#web/kit/files.tsx';
import { Layout } from '#web/kit/layout.tsx';
import type { CallView } from '#web/kit/types.ts';
import type { View } from '#web/kit/view.ts';

/** A correction of the published call: its reason, later deadlines for open phases, clarified text. */
/** A proposal as its buyer reads it after the deadline: what was submitted, and its files to open. */
export function BuyerProposalPage(props: {
  v: View;
  call: CallView;
  proposal: z.output<typeof routes.getProposal.response>;
}) {
  const { v, call: c, proposal: p } = props;
  const { t } = v;
  return (
    <Layout v={v} title={`${t.proposal.ofCompany(p.companyName)}`} current="my-calls">
      {manageCrumbs(v, c)}
      <H1>{t.proposal.ofCompany(p.companyName)}</H1>
      <SummaryList
        rows={[
          [t.proposal.phase, t.phaseNames[p.phase] ?? String(p.phase)],
          [t.proposal.requested, formatMoney(p.requestedAmountCents, v.lang)],
          [t.proposal.requestedExcl, formatMoney(p.requestedAmountExclVatCents, v.lang)],
          [t.call.duration, t.call.months(p.durationMonths)],
          [t.proposal.submittedAt, formatDateTime(p.submittedAt, v.lang)],
        ]}
      />
      <H2>{t.proposal.summary}</H2>
      <P class="im-pre">{p.summary}</P>
      <H2>{t.proposal.plan}</H2>
      <div class="im-pre">{p.plan}</div>
      <H2>{t.documents.attachmentsTitle}</H2>
      <FileTable
        v={v}
        caption={t.documents.attachmentsTitle}
        files={p.attachments ?? []}
        openHref={(file) => `/voorstellen/${p.id}/bijlagen/${file.id}`}
      />
    </Layout>
  );
}
