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
    tableAccess: false,
  },
  challengesApi: {
    entry: 'functions/http/challenges.ts',
    kind: 'http',
    description: 'Challenges: drafts, publishing, listing, clarification questions',
  },
  programmeApi: {
    entry: 'functions/http/programme.ts',
    kind: 'http',
    description: 'Programme office: co-funding envelopes per year, government organisations',
  },
  companiesApi: {
    entry: 'functions/http/companies.ts',
    kind: 'http',
    description: 'Companies: profile and SME declaration, proposals per phase',
  },
  evaluationApi: {
    entry: 'functions/http/evaluation.ts',
    kind: 'http',
    description: 'Evaluation: committee, conflict declarations, scores, ranking',
  },
  awardsApi: {
    entry: 'functions/http/awards.ts',
    kind: 'http',
    description: 'Awards: decisions with the exact split per funder, completion, termination, invitations',
  },
  phaseInvitations: {
    entry: 'functions/consumers/phase-invitations.ts',
    kind: 'consumer',
    description: 'Invites companies that completed a phase to the next one',
  },
  challengeListingProjector: {
    entry: 'functions/consumers/challenge-listing.ts',
    kind: 'consumer',
    description: 'Projects challenge events into the public listing',
  },
  phaseDeadlineScheduler: {
    entry: 'functions/consumers/phase-deadlines.ts',
    kind: 'consumer',
    description: 'Creates a one-time schedule per phase deadline when a challenge is published',
  },
  reportsApi: {
    entry: 'functions/http/reports.ts',
    kind: 'http',
    description: 'Reports: co-funding, awards register (JSON/CSV), pipeline, OCDS open data, follow-up',
  },
  reportProjector: {
    entry: 'functions/consumers/report-projection.ts',
    kind: 'consumer',
    description: 'Projects proposal events into the programme year’s report index',
  },
  followUpScheduler: {
    entry: 'functions/consumers/follow-up-scheduling.ts',
    kind: 'consumer',
    description: 'Schedules follow-up requests one, two and three years after a contract completes',
  },
  auditTrail: {
    entry: 'functions/consumers/audit-trail.ts',
    kind: 'consumer',
    description: 'Appends every state change to its subject’s hash-chained audit trail',
  },
  followUpReminder: {
    entry: 'functions/scheduled/follow-up-reminder.ts',
    kind: 'scheduled',
    description: 'Asks a company for a follow-up round when it falls due (EventBridge Scheduler target)',
  },
  phaseCloser: {
    entry: 'functions/scheduled/close-phase.ts',
    kind: 'scheduled',
    description: 'Closes a phase at its deadline (EventBridge Scheduler target)',
  },
  preTokenGeneration: {
    entry: 'functions/identity/pre-token-generation.ts',
    kind: 'identity',
    description: 'Cognito trigger: role and organisation claims and the role’s scope in the access token',
    tableAccess: false,
  },
  outboxEnrichment: {
    entry: 'functions/pipes/outbox-enrichment.ts',
    kind: 'pipe-enrichment',
    description: 'Turns outbox items from the table stream into bus events (EventBridge Pipes enrichment)',
    tableAccess: false,
  },
} as const satisfies Record<
  string,
  {
    entry: string;
    kind: 'http' | 'consumer' | 'scheduled' | 'pipe-enrichment' | 'identity';
    description: string;
    /** Whether it reads and writes the table (default true); false gets no DynamoDB permission at all. */
    tableAccess?: boolean;
  }
>;

export type FunctionId = keyof typeof functionCatalogue;
export type HttpFunctionId = {
  [K in FunctionId]: (typeof functionCatalogue)[K]['kind'] extends 'http' ? K : never;
}[FunctionId];
