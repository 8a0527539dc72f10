import { type auditTrailQueue, type RuleDefinition, type rule, rules } from '#events/rules.ts';
import type { TableAccess } from '#shared/db/access.ts';
import { IDEMPOTENCY_PREFIX } from '#shared/db/keys.ts';
import type { AnyRoute } from '#shared/http/route.ts';
import type { RECURRING_SCHEDULES, SCHEDULE_KINDS } from '#shared/platform/scheduler.ts';
import { type routes, routeTable } from '#shared/routes.ts';

/**
 * Every Lambda function: its entry file and what it is for. CDK builds one function per entry;
 * the local runtime imports the same entries. Routes name their function in the route table,
 * rules name their target here.
 */
export const functionCatalogue = {
  systemApi: {
    entry: 'functions/http/system.ts',
    kind: 'http',
    description: 'Health and the OpenAPI document',
    // Least privilege: it never touches the table.
    table: false,
  },
  challengesApi: {
    entry: 'functions/http/challenges.ts',
    kind: 'http',
    description:
      'Challenges: drafts, publishing, listing, clarification questions, corrections; cancelling (which withdraws provisional awards)',
    table: {
      read: ['AWARD#', 'BUYER#', 'CHALLENGE#', 'CONSENTS#', 'LISTING#', 'ORG#', 'QUESTION#', 'YEAR#'],
      write: ['AWARD#', 'CHALLENGE#', 'LEDGER#', 'OUTBOX#', 'QUESTION#', 'YEAR#'],
    },
  },
  callDocumentsApi: {
    entry: 'functions/http/call-documents.ts',
    kind: 'http',
    description: "A call's documents: uploads checked by content, downloads checked by hash",
    objects: ['incoming/challenges/', 'challenges/'],
    table: { read: ['CHALLENGE#'], write: ['CHALLENGE#', 'OUTBOX#'] },
  },
  programmeApi: {
    entry: 'functions/http/programme.ts',
    kind: 'http',
    description: 'Programme office: co-funding envelopes per year, government organisations',
    table: { read: ['GOVORG', 'ORG#', 'YEAR#'], write: ['ORG#', 'OUTBOX#', 'YEAR#'] },
  },
  peopleApi: {
    entry: 'functions/http/people.ts',
    kind: 'http',
    description:
      "People of government organisations: invitations (e-mailed), accepting them (the account), members, roles, revocation; a buyer's assessors",
    table: {
      read: ['CHALLENGE#', 'GOVORG', 'MEMBER-ADDRESS#', 'MEMBER-INVITATION#', 'MEMBER-INVITATIONS#', 'ORG#'],
      write: ['MEMBER-ADDRESS#', 'MEMBER-INVITATION#', 'ORG#', 'OUTBOX#', 'SUBSCRIBERS#'],
    },
    mail: true,
    /** It creates, changes and disables officials' accounts (Cognito's admin API). */
    accounts: true,
  },
  companiesApi: {
    entry: 'functions/http/companies.ts',
    kind: 'http',
    description:
      'Companies: profile and SME declaration, proposals per phase (recording the address the award decision goes to)',
    table: {
      read: ['CHALLENGE#', 'COMPANY#', 'ORG#', 'PROPOSAL#', 'SUBSCRIBERS#'],
      write: ['CHALLENGE#', 'DIGEST-READERS', 'ORG#', 'OUTBOX#', 'PROPOSAL#', 'SUBSCRIBERS#'],
    },
  },
  proposalFilesApi: {
    entry: 'functions/http/proposal-files.ts',
    kind: 'http',
    description: "A proposal's files: uploads checked by content, openings recorded",
    objects: ['incoming/proposals/', 'proposals/'],
    table: { read: ['CHALLENGE#', 'PROPOSAL#'], write: ['PROPOSAL#', 'OUTBOX#'] },
  },
  evaluationApi: {
    entry: 'functions/http/evaluation.ts',
    kind: 'http',
    description: 'Evaluation: committee, conflict declarations, scores, ranking',
    table: {
      read: ['ASSESSOR#', 'CHALLENGE#', 'ORG#', 'PHASE#', 'PROPOSAL#'],
      write: ['ASSESSOR#', 'CHALLENGE#', 'OUTBOX#'],
    },
  },
  awardsApi: {
    entry: 'functions/http/awards.ts',
    kind: 'http',
    description:
      'Awards: decisions with the exact split per funder, letters, standstill and objections, completion, termination, invitations',
    table: {
      read: ['AWARD#', 'CHALLENGE#', 'COMPANY#', 'INVITATION#', 'MAIL#', 'ORG#', 'PHASE#', 'PROPOSAL#'],
      write: ['AWARD#', 'CHALLENGE#', 'LEDGER#', 'OUTBOX#', 'YEAR#'],
    },
  },
  contractsApi: {
    entry: 'functions/http/contracts.ts',
    kind: 'http',
    description:
      'After the award: payment schedules, deliverables and their review, payments split per funder, the co-funders’ settlements',
    table: {
      read: ['AWARD#', 'BUYER#', 'CHALLENGE#', 'COMPANY#', 'LEDGER#', 'ORG#', 'SETTLEMENT#'],
      write: ['AWARD#', 'LEDGER#', 'OUTBOX#', 'SETTLEMENT#'],
    },
  },
  invoicesApi: {
    entry: 'functions/http/invoices.ts',
    kind: 'http',
    description:
      "A milestone's e-invoice: checked against EN 16931 and Peppol BIS Billing 3.0, matched to the milestone, kept",
    table: {
      read: ['AWARD#', 'CHALLENGE#', 'ORG#'],
      write: ['AWARD#', 'OUTBOX#'],
    },
  },
  deliverableFilesApi: {
    entry: 'functions/http/deliverable-files.ts',
    kind: 'http',
    description:
      "A deliverable's documents: uploads checked by content, openings recorded (sealed to the buyer and the committee)",
    objects: ['incoming/contracts/', 'contracts/'],
    table: {
      read: ['AWARD#', 'CHALLENGE#', 'ORG#', 'PROPOSAL#'],
      write: ['AWARD#', 'OUTBOX#'],
    },
  },
  phaseInvitations: {
    entry: 'functions/consumers/phase-invitations.ts',
    kind: 'consumer',
    description: 'Invites companies that completed a phase to the next one',
    table: { read: ['CHALLENGE#'], write: ['CHALLENGE#', 'INVITATION#', 'PROCESSED#'] },
  },
  challengeListingProjector: {
    entry: 'functions/consumers/challenge-listing.ts',
    kind: 'consumer',
    description: 'Projects challenge events into the public listing',
    table: { read: ['CHALLENGE#'], write: ['CHALLENGE#', 'LISTING#', 'PROCESSED#'] },
  },
  phaseDeadlineScheduler: {
    entry: 'functions/consumers/phase-deadlines.ts',
    kind: 'consumer',
    description: 'Creates a one-time schedule per phase deadline when a challenge is published',
    table: { read: [], write: ['PROCESSED#'] },
  },
  reportsApi: {
    entry: 'functions/http/reports.ts',
    kind: 'http',
    description: 'Reports: co-funding, awards register (JSON/CSV), pipeline, OCDS open data, follow-up',
    table: { read: ['AUDIT#', 'CHALLENGE#', 'ORG#', 'REPORT#', 'YEAR#'], write: [] },
  },
  reportProjector: {
    entry: 'functions/consumers/report-projection.ts',
    kind: 'consumer',
    description: 'Projects proposal events into the programme year’s report index',
    table: { read: ['CHALLENGE#', 'PROPOSAL#'], write: ['PROCESSED#', 'PROPOSAL#'] },
  },
  followUpScheduler: {
    entry: 'functions/consumers/follow-up-scheduling.ts',
    kind: 'consumer',
    description: 'Schedules follow-up requests one, two and three years after a contract completes',
    table: { read: [], write: ['PROCESSED#'] },
  },
  reviewScheduler: {
    entry: 'functions/consumers/review-scheduling.ts',
    kind: 'consumer',
    description: 'Schedules a reminder to the buyer on the last day to review a submitted deliverable',
    table: { read: [], write: ['PROCESSED#'] },
  },
  financePayments: {
    entry: 'functions/consumers/finance-payments.ts',
    kind: 'queue-consumer',
    description:
      "The finance port: records the payments a buyer's finance system made (matched to contract, milestone and amount)",
    table: {
      read: ['AWARD#', 'CHALLENGE#', 'LEDGER#', 'ORG#'],
      write: ['AWARD#', 'LEDGER#', 'OUTBOX#'],
    },
  },
  auditTrail: {
    entry: 'functions/consumers/audit-trail.ts',
    kind: 'queue-consumer',
    description: 'Appends every state change to its subject’s hash-chained audit trail',
    table: { read: ['AUDIT#'], write: ['AUDIT#'] },
  },
  notifier: {
    entry: 'functions/consumers/notifications.ts',
    kind: 'consumer',
    description:
      'Sends e-mail for events (SES in AWS, the local mailbox over SMTP), once per person per event',
    mail: true,
    table: {
      read: [
        'AWARD#',
        'CHALLENGE#',
        'PROPOSAL#',
        'QUESTION#',
        'SAVED-SEARCHES',
        'SUBSCRIBERS#',
        'SUPPRESSED#',
      ],
      write: ['MAIL#', 'PROCESSED#'],
    },
  },
  deadlineReminder: {
    entry: 'functions/scheduled/deadline-reminder.ts',
    kind: 'scheduled',
    description:
      'Reminds companies that asked about a phase and have not bid, 7 days and 1 day before its deadline (EventBridge Scheduler target)',
    mail: true,
    table: { read: ['CHALLENGE#', 'SUBSCRIBERS#', 'SUPPRESSED#'], write: ['MAIL#'] },
  },
  mailFeedback: {
    entry: 'functions/mail/feedback.ts',
    kind: 'mail-feedback',
    description: 'Suppresses addresses that bounced for good or complained (SES events on the default bus)',
    table: { read: [], write: ['SUPPRESSED#'] },
  },
  notificationsApi: {
    entry: 'functions/http/notifications.ts',
    kind: 'http',
    description: 'E-mail: your address, language and choices per kind, saved searches, one-click unsubscribe',
    table: {
      read: ['SAVED-SEARCHES', 'SUBSCRIBERS#'],
      write: ['SAVED-SEARCHES', 'SUBSCRIBERS#', 'DIGEST-READERS'],
    },
  },
  followUpReminder: {
    entry: 'functions/scheduled/follow-up-reminder.ts',
    kind: 'scheduled',
    description: 'Asks a company for a follow-up round when it falls due (EventBridge Scheduler target)',
    table: { read: ['AWARD#'], write: ['AWARD#', 'OUTBOX#'] },
  },
  followUpOverdueReminder: {
    entry: 'functions/scheduled/follow-up-overdue.ts',
    kind: 'scheduled',
    description:
      'Reminds a company whose follow-up round is still not reported when its grace period ends (EventBridge Scheduler target)',
    mail: true,
    table: { read: ['AWARD#', 'CHALLENGE#', 'SUBSCRIBERS#', 'SUPPRESSED#'], write: ['MAIL#'] },
  },
  reviewReminder: {
    entry: 'functions/scheduled/review-reminder.ts',
    kind: 'scheduled',
    description:
      'Reminds the buyer on the last day to review a deliverable that is still not reviewed (EventBridge Scheduler target)',
    mail: true,
    table: { read: ['AWARD#', 'CHALLENGE#', 'SUBSCRIBERS#', 'SUPPRESSED#'], write: ['MAIL#'] },
  },
  weeklyDigest: {
    entry: 'functions/scheduled/weekly-digest.ts',
    kind: 'scheduled',
    description:
      'Monday 08:00: officers and the programme office get overdue follow-ups and envelopes above 90% use (EventBridge Scheduler, recurring)',
    mail: true,
    table: {
      read: ['REPORT#', 'YEAR#', 'DIGEST-READERS', 'SUBSCRIBERS#', 'SUPPRESSED#'],
      write: ['MAIL#'],
    },
  },
  phaseCloser: {
    entry: 'functions/scheduled/close-phase.ts',
    kind: 'scheduled',
    description: 'Closes a phase at its deadline (EventBridge Scheduler target)',
    table: { read: ['CHALLENGE#', 'PHASE#'], write: ['CHALLENGE#', 'OUTBOX#'] },
  },
  standstillScheduler: {
    entry: 'functions/consumers/standstill-scheduling.ts',
    kind: 'consumer',
    description:
      'Schedules the end of each award decision’s standstill (and again after a rejected objection)',
    table: { read: [], write: ['PROCESSED#'] },
  },
  standstillEnder: {
    entry: 'functions/scheduled/end-standstill.ts',
    kind: 'scheduled',
    description:
      'Ends a standstill: with no objection open or upheld, the awards become definitive, or a decision to award nothing releases the phase budget (EventBridge Scheduler target)',
    table: { read: ['AWARD#', 'CHALLENGE#'], write: ['AWARD#', 'CHALLENGE#', 'LEDGER#', 'OUTBOX#', 'YEAR#'] },
  },
  preTokenGeneration: {
    entry: 'functions/identity/pre-token-generation.ts',
    kind: 'identity',
    description: 'Cognito trigger: role and organisation claims and the role’s scope in the access token',
    table: false,
  },
  webSite: {
    entry: 'functions/web/site.ts',
    kind: 'web',
    description: 'The web site: server-rendered pages over the public API (behind CloudFront)',
    // Least privilege: a client of the public API, never a second way into the table.
    table: false,
  },
  outboxEnrichment: {
    entry: 'functions/pipes/outbox-enrichment.ts',
    kind: 'pipe-enrichment',
    description: 'Turns outbox items from the table stream into bus events (EventBridge Pipes enrichment)',
    table: false,
  },
} as const satisfies Record<
  string,
  {
    entry: string;
    kind:
      | 'http'
      | 'consumer'
      | 'queue-consumer'
      | 'scheduled'
      | 'pipe-enrichment'
      | 'identity'
      | 'web'
      | 'mail-feedback';
    description: string;
    /** What it may do with the table (IAM policy in AWS, checked on every call locally); false: nothing. */
    table: TableAccess | false;
    /** Key prefixes of the documents bucket it reads, writes (presigns) and deletes; none: no access. */
    objects?: readonly string[];
    /** It sends e-mail (SES in AWS). */
    mail?: boolean;
    /** It manages officials' accounts (Cognito's admin API on the user pool). */
    accounts?: boolean;
  }
>;

export type FunctionId = keyof typeof functionCatalogue;
export type HttpFunctionId = {
  [K in FunctionId]: (typeof functionCatalogue)[K]['kind'] extends 'http' ? K : never;
}[FunctionId];

/** The key prefixes of the documents bucket a function may touch (none: no access). */
export const objectAccessOf = (id: FunctionId): readonly string[] => {
  const definition = functionCatalogue[id];
  return 'objects' in definition ? definition.objects : [];
};

/** Functions with a write route: they keep answers for retried writes (`Idempotency-Key`). */
const WRITING_FUNCTIONS = new Set<string>(
  routeTable.filter((r) => r.method !== 'GET').map((r) => r.function),
);

/** A function's grant on the table (false: none); a writing API's includes its kept answers. */
export const tableAccessOf = (id: FunctionId): TableAccess | false => {
  const table = functionCatalogue[id].table;
  if (!table || !WRITING_FUNCTIONS.has(id)) return table;
  return { read: [...table.read, IDEMPOTENCY_PREFIX], write: [...table.write, IDEMPOTENCY_PREFIX] };
};

/*
 * The wiring, checked by the compiler: lower layers name the function they need (a route its
 * handler, a rule its consumer, a schedule its target) without importing this catalogue; here
 * each name must be a function of the right kind.
 */
type Check<Named, Known> = [Named] extends [Known] ? true : never;
type RouteFunctions = (typeof routes)[keyof typeof routes]['function'];
type RuleTargets = (typeof rule)[keyof typeof rule]['target'] | (typeof auditTrailQueue)['target'];
type ScheduleFunctions =
  | (typeof SCHEDULE_KINDS)[keyof typeof SCHEDULE_KINDS]['scheduledBy' | 'target']
  | (typeof RECURRING_SCHEDULES)[keyof typeof RECURRING_SCHEDULES]['target'];
export const wiringChecked: [
  Check<RouteFunctions, HttpFunctionId>,
  Check<RuleTargets, FunctionId>,
  Check<ScheduleFunctions, FunctionId>,
] = [true, true, true];

/** The route table with each route's function typed as a catalogue id. */
export const httpRoutes = routeTable as readonly (AnyRoute & { function: HttpFunctionId })[];
/** The event rules with each target typed as a catalogue id. */
export const eventRules = rules as readonly (RuleDefinition & { target: FunctionId })[];
