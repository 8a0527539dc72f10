/** @jsxImportSource hono/jsx */
import type { z } from 'zod/mini';
import { companyIdScheme } from '#shared/kernel/company-id.ts';
import { CRITERIA, type CriterionKey } from '#shared/kernel/vocabulary.ts';
import type { routes } from '#shared/routes.ts';
import { formatDate, formatDateTime, formatMoney, formatNumber, timeLeft } from '#web/i18n/format.ts';
import {
  A,
  Alert,
  Breadcrumbs,
  Button,
  CsrfField,
  Deadline,
  ErrorSummary,
  H1,
  H2,
  Layout,
  P,
  SummaryList,
  Table,
  Tag,
  TextArea,
  TextField,
  YesNo,
} from './components.tsx';
import { AttachmentUploadForm, FILE_FIELD, FileTable } from './documents.tsx';
import { type ChallengeView, type PhaseStatistics, StatisticsTable } from './public.tsx';
import { type FormState, titleOf, type View } from './view.ts';

export type CompanyProfile = z.output<typeof routes.getCompanyProfile.response>;
export type ProposalView = z.output<typeof routes.getProposal.response>;
export type Feedback = z.output<typeof routes.proposalFeedback.response>;
export type Invitation = z.output<typeof routes.myInvitations.response>['items'][number];
export type FollowUp = z.output<typeof routes.myFollowUps.response>['items'][number];
type Phase = ChallengeView['phases'][number];

export function CompanyPage(props: { v: View; form: FormState; profile?: CompanyProfile; flash?: string }) {
  const { v, form, profile } = props;
  const { t } = v;
  const limits = [
    { size: 'micro', staff: 10, money: 200_000_000, balance: 200_000_000 },
    { size: 'small', staff: 50, money: 1_000_000_000, balance: 1_000_000_000 },
    { size: 'medium', staff: 250, money: 5_000_000_000, balance: 4_300_000_000 },
  ] as const;
  return (
    <Layout v={v} title={t.company.title} current="company">
      {props.flash ? <Alert kind="success">{props.flash}</Alert> : null}
      <ErrorSummary
        v={v}
        form={form}
        order={['name', 'btwId', 'staff', 'turnover', 'balanceSheet', 'country']}
      />
      <H1>{t.company.title}</H1>
      <P>{t.company.intro}</P>
      {profile ? (
        <Alert kind={profile.isSme ? 'success' : 'warning'}>
          <p class="utrecht-paragraph">
            <strong>{t.company.sizeClass}:</strong> {t.sizeClasses[profile.sizeClass]}.{' '}
            {profile.isSme ? t.company.smeYes : t.company.smeNo}
          </p>
        </Alert>
      ) : null}
      <SummaryList
        rows={[[t.company.idLabel[companyIdScheme(v.session?.org ?? '')], v.session?.org ?? '']]}
      />
      <form method="post" action="/mijn/bedrijf" novalidate>
        <CsrfField v={v} />
        <TextField v={v} form={form} name="name" label={t.company.name} autocomplete="organization" />
        <TextField v={v} form={form} name="btwId" label={t.company.btwId} hint={t.company.btwIdHint} short />
        <TextField v={v} form={form} name="staff" label={t.company.staff} inputmode="numeric" short />
        <TextField
          v={v}
          form={form}
          name="turnover"
          label={t.company.turnover}
          hint={t.company.moneyHint}
          inputmode="decimal"
          short
        />
        <TextField
          v={v}
          form={form}
          name="balanceSheet"
          label={t.company.balance}
          hint={t.company.moneyHint}
          inputmode="decimal"
          short
        />
        <TextField
          v={v}
          form={form}
          name="country"
          label={t.company.country}
          hint={t.company.countryHint}
          short
        />
        <Button>{t.company.save}</Button>
      </form>
      <H2>{t.company.explainTitle}</H2>
      <P>{t.company.explain}</P>
      <Table
        caption={t.company.explainTitle}
        hideCaption
        rowHeaders
        columns={[
          { label: t.company.class },
          { label: t.company.staffLimit },
          { label: t.company.turnoverLimit },
          { label: t.company.balanceLimit },
        ]}
        rows={limits.map((limit) => [
          t.sizeClasses[limit.size],
          t.company.fewerThan(limit.staff),
          t.company.atMost(formatMoney(limit.money, v.lang)),
          t.company.atMost(formatMoney(limit.balance, v.lang)),
        ])}
      />
    </Layout>
  );
}

export const PROPOSAL_FIELDS = [
  'summary',
  'plan',
  'requestedAmount',
  'durationMonths',
  'docTitle1',
  'docUrl1',
  'docTitle2',
  'docUrl2',
  'docTitle3',
  'docUrl3',
];

export function ProposalFormPage(props: {
  v: View;
  challenge: ChallengeView;
  phase: Phase;
  form: FormState;
  action: string;
  mode: 'new' | 'edit';
  profileMissing?: boolean;
}) {
  const { v, challenge, phase, form } = props;
  const { t } = v;
  const title = props.mode === 'new' ? t.proposal.newTitle(phase.number) : t.proposal.editTitle;
  const left = timeLeft(phase.submissionDeadline, v.now, v.lang);
  return (
    <Layout v={v} title={`${title}: ${titleOf(challenge, v)}`} current="proposals">
      <Breadcrumbs
        label={t.challenge.breadcrumb}
        items={[
          { href: '/oproepen', label: t.challenge.breadcrumb },
          { href: `/oproepen/${challenge.id}`, label: titleOf(challenge, v) },
        ]}
      />
      <ErrorSummary v={v} form={form} order={PROPOSAL_FIELDS} />
      <H1>{title}</H1>
      <SummaryList
        rows={[
          [t.proposal.forChallenge, <A href={`/oproepen/${challenge.id}`}>{titleOf(challenge, v)}</A>],
          [t.proposal.phase, t.phaseNames[phase.number] ?? String(phase.number)],
          [t.challenge.maxPerContract, formatMoney(phase.maxPerContractCents, v.lang)],
          [t.challenge.maxPerContractExcl, formatMoney(phase.maxPerContractExclVatCents, v.lang)],
          [t.proposal.deadline, <Deadline v={v} at={phase.submissionDeadline} />],
        ]}
      />
      {props.profileMissing ? (
        <Alert kind="warning">
          <p class="utrecht-paragraph">
            <A href="/mijn/bedrijf">{t.company.needProfile}</A>
          </p>
        </Alert>
      ) : null}
      <form method="post" action={props.action} novalidate>
        <CsrfField v={v} />
        <TextArea
          v={v}
          form={form}
          name="summary"
          label={t.proposal.summary}
          hint={t.proposal.summaryHint}
          rows={4}
        />
        <TextArea
          v={v}
          form={form}
          name="plan"
          label={t.proposal.plan}
          hint={t.proposal.planHint}
          rows={12}
        />
        <TextField
          v={v}
          form={form}
          name="requestedAmount"
          label={t.proposal.amount}
          hint={`${t.proposal.maxHint(
            formatMoney(phase.maxPerContractCents, v.lang),
            formatMoney(phase.maxPerContractExclVatCents, v.lang),
          )} ${t.proposal.amountHint}`}
          inputmode="decimal"
          short
        />
        <TextField
          v={v}
          form={form}
          name="durationMonths"
          label={t.proposal.duration}
          inputmode="numeric"
          short
        />
        <fieldset class="im-fieldset">
          <legend>{t.proposal.documents}</legend>
          <span class="im-hint">{t.proposal.documentsHint}</span>
          {[1, 2, 3].map((n) => (
            <>
              <TextField v={v} form={form} name={`docTitle${n}`} label={t.proposal.documentTitle(n)} />
              <TextField v={v} form={form} name={`docUrl${n}`} label={t.proposal.documentUrl(n)} type="url" />
            </>
          ))}
        </fieldset>
        {left ? (
          <P class="im-muted">
            {t.proposal.deadlineHint(formatDateTime(phase.submissionDeadline, v.lang), left)}
          </P>
        ) : null}
        <div class="im-actions">
          <Button>{props.mode === 'new' ? t.proposal.submit : t.proposal.saveChanges}</Button>
        </div>
      </form>
    </Layout>
  );
}

export function ProposalPage(props: {
  v: View;
  proposal: ProposalView;
  challenge?: ChallengeView;
  feedbackAvailable: boolean;
  flash?: string;
  /** The upload form's state (after a refused upload: its error at the file field). */
  upload?: FormState;
  maxUploadMb: number;
}) {
  const { v, proposal: p, challenge } = props;
  const { t } = v;
  const open = p.status === 'submitted' && v.now.toISOString() < p.deadline;
  return (
    <Layout
      v={v}
      title={`${t.proposal.detailTitle}: ${titleOf(challenge, v)}`}
      current="proposals"
      scripts={open ? [v.assets.uploadJs] : []}
    >
      <Breadcrumbs
        label={t.proposal.myTitle}
        items={[{ href: '/mijn/voorstellen', label: t.proposal.myTitle }]}
      />
      {props.flash ? <Alert kind="success">{props.flash}</Alert> : null}
      {props.upload ? <ErrorSummary v={v} form={props.upload} order={[FILE_FIELD]} /> : null}
      <H1>{t.proposal.detailTitle}</H1>
      <SummaryList
        rows={[
          [
            t.proposal.forChallenge,
            challenge ? <A href={`/oproepen/${challenge.id}`}>{titleOf(challenge, v)}</A> : p.challengeId,
          ],
          [t.proposal.phase, t.phaseNames[p.phase] ?? String(p.phase)],
          [
            t.proposal.status,
            p.status === 'submitted' ? (
              <Tag kind="open">{t.proposal.statusSubmitted}</Tag>
            ) : (
              <Tag kind="closed">{t.proposal.statusWithdrawn}</Tag>
            ),
          ],
          [t.proposal.requested, formatMoney(p.requestedAmountCents, v.lang)],
          [t.proposal.requestedExcl, formatMoney(p.requestedAmountExclVatCents, v.lang)],
          [t.challenge.duration, t.challenge.months(p.durationMonths)],
          [t.proposal.deadline, <Deadline v={v} at={p.deadline} />],
          [t.proposal.submittedAt, formatDateTime(p.submittedAt, v.lang)],
          [t.proposal.updatedAt, formatDateTime(p.updatedAt, v.lang)],
        ]}
      />
      <H2>{t.proposal.summary}</H2>
      <P class="im-pre">{p.summary}</P>
      <H2>{t.proposal.plan}</H2>
      <div class="im-pre">{p.plan}</div>
      {p.documents.length > 0 ? (
        <>
          <H2>{t.proposal.documents}</H2>
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
      <P>{open ? t.documents.attachmentsIntro : t.documents.sealedNote}</P>
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
            {t.proposal.edit}
          </a>
          <A href={`/voorstellen/${p.id}/intrekken`}>{t.proposal.withdraw}</A>
        </div>
      ) : p.status === 'submitted' ? (
        <P class="im-muted">{t.proposal.closedNote}</P>
      ) : null}
      {props.feedbackAvailable ? (
        <P>
          <A href={`/voorstellen/${p.id}/terugkoppeling`}>{t.proposal.feedback}</A>
        </P>
      ) : null}
    </Layout>
  );
}

export function WithdrawPage(props: {
  v: View;
  proposal: ProposalView;
  challenge?: ChallengeView;
  form: FormState;
}) {
  const { v, proposal } = props;
  const { t } = v;
  return (
    <Layout v={v} title={t.proposal.withdrawTitle} current="proposals">
      <ErrorSummary v={v} form={props.form} order={[]} />
      <H1>{t.proposal.withdrawTitle}</H1>
      <SummaryList
        rows={[
          [t.proposal.forChallenge, titleOf(props.challenge, v)],
          [t.proposal.phase, t.phaseNames[proposal.phase] ?? String(proposal.phase)],
          [t.proposal.requested, formatMoney(proposal.requestedAmountCents, v.lang)],
        ]}
      />
      <P>{t.proposal.withdrawConfirm}</P>
      <form method="post" action={`/voorstellen/${proposal.id}/intrekken`}>
        <CsrfField v={v} />
        <div class="im-actions">
          <Button kind="danger">{t.proposal.withdrawButton}</Button>
          <A href={`/voorstellen/${proposal.id}`}>{t.proposal.cancel}</A>
        </div>
      </form>
    </Layout>
  );
}

export function MyProposalsPage(props: {
  v: View;
  proposals: ProposalView[];
  challenges: Map<string, ChallengeView>;
  flash?: string;
}) {
  const { v } = props;
  const { t } = v;
  return (
    <Layout v={v} title={t.proposal.myTitle} current="proposals">
      {props.flash ? <Alert kind="success">{props.flash}</Alert> : null}
      <H1>{t.proposal.myTitle}</H1>
      <P>{t.proposal.myIntro}</P>
      {props.proposals.length === 0 ? (
        <P>{t.proposal.none}</P>
      ) : (
        <Table
          caption={t.proposal.myTitle}
          hideCaption
          columns={[
            { label: t.proposal.forChallenge },
            { label: t.proposal.phase },
            { label: t.proposal.requested, numeric: true },
            { label: t.proposal.status },
            { label: t.proposal.deadline },
          ]}
          rows={props.proposals.map((p) => [
            <A href={`/voorstellen/${p.id}`}>
              {titleOf(props.challenges.get(p.challengeId), v) || p.challengeId}
            </A>,
            p.phase,
            formatMoney(p.requestedAmountCents, v.lang),
            p.status === 'submitted' ? t.proposal.statusSubmitted : t.proposal.statusWithdrawn,
            <Deadline v={v} at={p.deadline} />,
          ])}
        />
      )}
    </Layout>
  );
}

export function FeedbackPage(props: {
  v: View;
  proposal: ProposalView;
  challenge?: ChallengeView;
  feedback?: Feedback;
  statistics?: PhaseStatistics;
}) {
  const { v, feedback: f } = props;
  const { t } = v;
  const criterionName = (key: string) => CRITERIA[key as CriterionKey]?.[v.lang] ?? key;
  // The API numbers assessors ("Assessor 2") so they stay anonymous; say it in the reader's language.
  const assessorName = (label: string) => {
    const n = /^Assessor (\d+)$/.exec(label)?.[1];
    return n ? t.feedback.assessorN(Number(n)) : `${t.feedback.assessor} ${label}`;
  };
  return (
    <Layout v={v} title={`${t.feedback.title}: ${titleOf(props.challenge, v)}`} current="proposals">
      <Breadcrumbs
        label={t.proposal.myTitle}
        items={[
          { href: '/mijn/voorstellen', label: t.proposal.myTitle },
          { href: `/voorstellen/${props.proposal.id}`, label: t.proposal.detailTitle },
        ]}
      />
      <H1>{t.feedback.title}</H1>
      {props.challenge ? (
        <P>
          <A href={`/oproepen/${props.challenge.id}`}>{titleOf(props.challenge, v)}</A>
        </P>
      ) : null}
      {!f ? (
        <P>{t.feedback.notYet}</P>
      ) : (
        <>
          <Alert kind={f.awarded ? 'success' : 'info'}>
            <p class="utrecht-paragraph">
              {t.feedback.rank(f.rank, f.of)} {f.awarded ? t.feedback.awarded : t.feedback.notAwarded}
              {f.meetsThreshold ? '' : ` ${t.feedback.belowThreshold}`}
            </p>
          </Alert>
          <SummaryList rows={[[t.feedback.total, formatNumber(f.totalScore, v.lang, 2)]]} />
          <Table
            caption={t.feedback.perCriterion}
            columns={[{ label: t.challenge.criterion }, { label: t.feedback.score, numeric: true }]}
            rows={Object.entries(f.criterionScores).map(([key, value]) => [
              criterionName(key),
              formatNumber(value, v.lang, 2),
            ])}
          />
          <H2>{t.feedback.assessments}</H2>
          {f.assessments.map((a) => (
            <section class="im-phase" aria-label={assessorName(a.assessor)}>
              <h3 class="utrecht-heading-3">{assessorName(a.assessor)}</h3>
              <ul>
                {a.scores.map((s) => (
                  <li>
                    {criterionName(s.criterion)}: {s.score}
                  </li>
                ))}
              </ul>
              <p class="utrecht-paragraph">
                <strong>{t.feedback.motivation}:</strong> <span class="im-pre">{a.motivation}</span>
              </p>
            </section>
          ))}
        </>
      )}
      {props.statistics ? (
        <>
          <H2>{t.challenge.statistics}</H2>
          <StatisticsTable v={v} stats={props.statistics} />
        </>
      ) : null}
    </Layout>
  );
}

export function InvitationsPage(props: {
  v: View;
  invitations: Invitation[];
  challenges: Map<string, ChallengeView>;
}) {
  const { v } = props;
  const { t } = v;
  return (
    <Layout v={v} title={t.invitations.title} current="invitations">
      <H1>{t.invitations.title}</H1>
      <P>{t.invitations.intro}</P>
      {props.invitations.length === 0 ? (
        <P>{t.invitations.none}</P>
      ) : (
        <ul class="im-cards">
          {props.invitations.map((inv) => {
            const challenge = props.challenges.get(inv.challengeId);
            const phase = challenge?.phases.find((p) => p.number === inv.phase);
            return (
              <li class="im-card">
                <h2 class="utrecht-heading-3">
                  <A href={`/oproepen/${inv.challengeId}`}>{titleOf(challenge, v) || inv.challengeId}</A>
                </h2>
                <dl class="im-meta">
                  <div>
                    <dt>{t.invitations.phase}:</dt>
                    <dd>{t.phaseNames[inv.phase] ?? inv.phase}</dd>
                  </div>
                  <div>
                    <dt>{t.invitations.invitedAt}:</dt>
                    <dd>{formatDateTime(inv.invitedAt, v.lang)}</dd>
                  </div>
                  {phase ? (
                    <div>
                      <dt>{t.proposal.deadline}:</dt>
                      <dd>
                        <Deadline v={v} at={phase.submissionDeadline} />
                      </dd>
                    </div>
                  ) : null}
                </dl>
                {phase?.status === 'open' ? (
                  <p class="utrecht-paragraph">
                    <a
                      class="im-button-link"
                      href={`/oproepen/${inv.challengeId}/fase/${inv.phase}/voorstel`}
                    >
                      {t.challenge.submitProposal(inv.phase)}
                    </a>
                  </p>
                ) : null}
              </li>
            );
          })}
        </ul>
      )}
    </Layout>
  );
}

export function FollowUpsPage(props: {
  v: View;
  followUps: FollowUp[];
  challenges: Map<string, ChallengeView>;
  flash?: string;
}) {
  const { v } = props;
  const { t } = v;
  return (
    <Layout v={v} title={t.followUps.title} current="follow-ups">
      {props.flash ? <Alert kind="success">{props.flash}</Alert> : null}
      <H1>{t.followUps.title}</H1>
      <P>{t.followUps.intro}</P>
      {props.followUps.length === 0 ? (
        <P>{t.followUps.none}</P>
      ) : (
        <Table
          caption={t.followUps.title}
          hideCaption
          columns={[
            { label: t.proposal.forChallenge },
            { label: t.followUps.round },
            { label: t.followUps.dueAt },
            { label: t.followUps.status },
            { label: <span class="im-visually-hidden">{t.followUps.report}</span> },
          ]}
          rows={props.followUps.map((f) => [
            titleOf(props.challenges.get(f.challengeId), v) || f.challengeId,
            t.followUps.roundN(f.round),
            formatDate(f.dueAt, v.lang),
            <Tag kind={f.status === 'overdue' ? 'warning' : f.status === 'reported' ? 'closed' : 'open'}>
              {t.followUps.statuses[f.status]}
            </Tag>,
            f.status === 'due' || f.status === 'overdue' ? (
              <A href={`/mijn/vervolgmonitoring/${f.awardId}/${f.round}`}>
                {t.followUps.report}
                <span class="im-visually-hidden">
                  {' '}
                  {t.followUps.roundN(f.round)}, {titleOf(props.challenges.get(f.challengeId), v)}
                </span>
              </A>
            ) : null,
          ])}
        />
      )}
    </Layout>
  );
}

export const FOLLOW_UP_FIELDS = [
  'revenue',
  'jobs',
  'investment',
  'marketLaunch',
  'launchingCustomer',
  'launchingCustomerOin',
  'remarks',
];

export function FollowUpFormPage(props: {
  v: View;
  followUp: FollowUp;
  challenge?: ChallengeView;
  form: FormState;
}) {
  const { v, followUp: f, form } = props;
  const { t } = v;
  return (
    <Layout v={v} title={t.followUps.formTitle(f.round)} current="follow-ups">
      <Breadcrumbs
        label={t.followUps.title}
        items={[{ href: '/mijn/vervolgmonitoring', label: t.followUps.title }]}
      />
      <ErrorSummary v={v} form={form} order={FOLLOW_UP_FIELDS} />
      <H1>{t.followUps.formTitle(f.round)}</H1>
      <P>{titleOf(props.challenge, v)}</P>
      <form method="post" action={`/mijn/vervolgmonitoring/${f.awardId}/${f.round}`} novalidate>
        <CsrfField v={v} />
        <TextField v={v} form={form} name="revenue" label={t.followUps.revenue} inputmode="decimal" short />
        <TextField v={v} form={form} name="jobs" label={t.followUps.jobs} inputmode="numeric" short />
        <TextField
          v={v}
          form={form}
          name="investment"
          label={t.followUps.investment}
          inputmode="decimal"
          short
        />
        <YesNo v={v} form={form} name="marketLaunch" legend={t.followUps.marketLaunch} />
        <YesNo v={v} form={form} name="launchingCustomer" legend={t.followUps.launchingCustomer} />
        <TextField v={v} form={form} name="launchingCustomerOin" label={t.followUps.launchingCustomerOin} />
        <TextArea v={v} form={form} name="remarks" label={t.followUps.remarks} rows={4} />
        <Button>{t.followUps.send}</Button>
      </form>
    </Layout>
  );
}
