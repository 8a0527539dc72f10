/**
 * The key layout, in one place. Every item's keys are built here; nothing else concatenates
 * `pk`/`sk` strings. Entities are told apart by the `entity` attribute.
 */
export interface Key {
  pk: string;
  sk: string;
}

/** The partition prefix of answers kept for retried writes (every function with a write route). */
export const IDEMPOTENCY_PREFIX = 'IDEMPOTENCY#';

export const keys = {
  challenge: (challengeId: string): Key => ({ pk: `CHALLENGE#${challengeId}`, sk: 'CHALLENGE' }),
  /** A buyer's own challenges, newest first (gsi1). */
  challengeByBuyer: (buyerOin: string, createdAt: string, challengeId: string) => ({
    gsi1pk: `BUYER#${buyerOin}`,
    gsi1sk: `CHALLENGE#${createdAt}#${challengeId}`,
  }),
  buyerChallengesPartition: (buyerOin: string) => `BUYER#${buyerOin}`,

  /** A phase's closing happened (its event was emitted): the record that makes it happen once. */
  phaseClosed: (challengeId: string, phase: number): Key => ({
    pk: `CHALLENGE#${challengeId}`,
    sk: `CLOSED#${phase}`,
  }),

  /** The public listing projection's bookkeeping item for one challenge. */
  listingHead: (challengeId: string): Key => ({ pk: `CHALLENGE#${challengeId}`, sk: 'LISTING' }),
  /**
   * One listing partition per combination of filters (`*` = any), so every filter combination
   * is one Query that pages exactly, never a Scan or a FilterExpression.
   */
  listingPartition: (filter: { theme?: string; instrument?: string; status?: string }) =>
    `LISTING#theme=${filter.theme ?? '*'}#instrument=${filter.instrument ?? '*'}#status=${filter.status ?? '*'}`,
  listingEntry: (
    filter: { theme?: string; instrument?: string; status?: string },
    publishedAt: string,
    challengeId: string,
  ): Key => ({ pk: keys.listingPartition(filter), sk: `${publishedAt}#${challengeId}` }),

  /**
   * A write request's answer under its Idempotency-Key (per caller and route), kept a day so a
   * retry gets the first answer instead of writing twice.
   */
  idempotency: (hash: string): Key => ({ pk: `${IDEMPOTENCY_PREFIX}${hash}`, sk: 'REQUEST' }),
  /** Events waiting in the outbox; written in the same transaction as the state change. */
  outbox: (eventId: string): Key => ({ pk: `OUTBOX#${eventId}`, sk: 'OUTBOX' }),
  /** A consumer's record that it applied an event; written in the same transaction as its effect. */
  processed: (consumer: string, eventId: string): Key => ({
    pk: `PROCESSED#${consumer}#${eventId}`,
    sk: 'PROCESSED',
  }),
  /** Deliveries that exhausted their retries (local runtime; in AWS the SQS DLQs hold them). */
  deadLetter: (rule: string, failedAt: string, eventId: string): Key => ({
    pk: `DEADLETTER#${rule}`,
    sk: `${failedAt}#${eventId}`,
  }),
  deadLetterPartition: (rule: string) => `DEADLETTER#${rule}`,
} as const;

/** Every entity name stored in the `entity` attribute: the complete list (nothing writes another). */
export const ENTITY = {
  rankingEntrant: 'RankingEntrant',
  challenge: 'Challenge',
  listingHead: 'ChallengeListingHead',
  listingEntry: 'ChallengeListingEntry',
  outbox: 'OutboxEvent',
  idempotentRequest: 'IdempotentRequest',
  processed: 'ProcessedEvent',
  deadLetter: 'DeadLetter',
  envelope: 'Envelope',
  envelopeMember: 'EnvelopeMember',
  fundingConsent: 'FundingConsent',
  phaseBudget: 'PhaseBudget',
  phaseClosed: 'PhaseClosed',
  funderReservation: 'FunderReservation',
  ledgerEntry: 'LedgerEntry',
  award: 'Award',
  contract: 'Contract',
  invoice: 'Invoice',
  settlement: 'Settlement',
  awardDecision: 'AwardDecision',
  objection: 'Objection',
  awardedProposal: 'AwardedProposal',
  phaseEligibility: 'PhaseEligibility',
  phaseInvitation: 'PhaseInvitation',
  proposal: 'Proposal',
  proposalSlot: 'ProposalSlot',
  proposalReportRow: 'ProposalReportRow',
  committee: 'Committee',
  committeeSeat: 'CommitteeSeat',
  conflictDeclaration: 'ConflictDeclaration',
  score: 'Score',
  frozenRanking: 'FrozenRanking',
  rankingVersion: 'RankingVersion',
  scoreVersion: 'ScoreVersion',
  proposalExclusion: 'ProposalExclusion',
  lotSeed: 'LotSeed',
  question: 'Question',
  questionPointer: 'QuestionPointer',
  nota: 'Nota',
  candidateSelection: 'CandidateSelection',
  followUp: 'FollowUp',
  companyProfile: 'CompanyProfile',
  governmentOrganisation: 'GovernmentOrganisation',
  auditHead: 'AuditHead',
  auditEntry: 'AuditEntry',
  auditRecorded: 'AuditRecorded',
  upload: 'Upload',
  localSchedule: 'LocalSchedule',
  seedMarker: 'SeedMarker',
  subscriber: 'Subscriber',
  member: 'Member',
  memberAddress: 'MemberAddress',
  invitation: 'Invitation',
  savedSearch: 'SavedSearch',
  digestReader: 'DigestReader',
  mailDelivery: 'MailDelivery',
  suppressedAddress: 'SuppressedAddress',
} as const;
export type EntityName = (typeof ENTITY)[keyof typeof ENTITY];

/** Outbox and dedupe records expire (DynamoDB TTL) long after any retry or replay window. */
export const OUTBOX_TTL_SECONDS = 7 * 24 * 3600;
export const PROCESSED_TTL_SECONDS = 35 * 24 * 3600;

/**
 * Uploads waiting to be checked: in the partition of what they will belong to (a proposal, a
 * challenge), so one write's condition sees both. They expire (TTL) with their presigned URL's day.
 */
export const documentKeys = {
  upload: (
    owner: { proposalId: string } | { challengeId: string } | { awardId: string },
    uploadId: string,
  ): Key => ({
    pk:
      'proposalId' in owner
        ? `PROPOSAL#${owner.proposalId}`
        : 'awardId' in owner
          ? `AWARD#${owner.awardId}`
          : `CHALLENGE#${owner.challengeId}`,
    sk: `UPLOAD#${uploadId}`,
  }),
  uploadPrefix: 'UPLOAD#',
};

/** Co-funding envelopes: all of one programme year in one partition (a year has few funders). */
export const fundingKeys = {
  yearPartition: (year: number) => `YEAR#${year}`,
  envelope: (year: number, holderOin: string, instrument: string): Key => ({
    pk: `YEAR#${year}`,
    sk: `ENVELOPE#${holderOin}#${instrument}`,
  }),
  envelopePrefix: 'ENVELOPE#',
  /** A funder that draws from another body's envelope (a province from the provinces' joint one), per instrument. */
  member: (year: number, memberOin: string, instrument: string): Key => ({
    pk: `YEAR#${year}`,
    sk: `MEMBER#${memberOin}#${instrument}`,
  }),
  /** A co-funder's consent to its share of a challenge, in the challenge's partition … */
  consent: (challengeId: string, funderOin: string): Key => ({
    pk: `CHALLENGE#${challengeId}`,
    sk: `CONSENT#${funderOin}`,
  }),
  consentPrefix: 'CONSENT#',
  /** … and among the requests addressed to that funder, newest first (gsi1). */
  consentByFunder: (funderOin: string, requestedAt: string, challengeId: string) => ({
    gsi1pk: `CONSENTS#${funderOin}`,
    gsi1sk: `${requestedAt}#${challengeId}`,
  }),
  consentsOfFunder: (funderOin: string) => `CONSENTS#${funderOin}`,
};

/** Proposals: by id; a company's own (gsi1); a challenge phase's (gsi2); one live slot per company and phase. */
export const proposalKeys = {
  proposal: (proposalId: string): Key => ({ pk: `PROPOSAL#${proposalId}`, sk: 'PROPOSAL' }),
  byCompany: (kvk: string, submittedAt: string, proposalId: string) => ({
    gsi1pk: `COMPANY#${kvk}`,
    gsi1sk: `PROPOSAL#${submittedAt}#${proposalId}`,
  }),
  companyPartition: (kvk: string) => `COMPANY#${kvk}`,
  byPhase: (challengeId: string, phase: number, submittedAt: string, proposalId: string) => ({
    gsi2pk: `PHASE#${challengeId}#${phase}`,
    gsi2sk: `PROPOSAL#${submittedAt}#${proposalId}`,
  }),
  /** Holds the id of the company's live proposal for a phase; its condition makes "one live proposal" atomic. */
  slot: (challengeId: string, phase: number, kvk: string): Key => ({
    pk: `CHALLENGE#${challengeId}`,
    sk: `SLOT#${phase}#${kvk}`,
  }),
  slotPrefix: 'SLOT#',
  /** A company may bid for this phase (phase 2: it completed a phase-1 contract in the same challenge). */
  eligibility: (challengeId: string, phase: number, kvk: string): Key => ({
    pk: `CHALLENGE#${challengeId}`,
    sk: `ELIGIBLE#${phase}#${kvk}`,
  }),
};

/**
 * A phase's evaluation lives in the challenge's partition under one prefix, so committee,
 * declarations and scores are read with a single Query.
 */
export const evaluationKeys = {
  prefix: (challengeId: string, phase: number) => ({
    pk: `CHALLENGE#${challengeId}`,
    skPrefix: `EVAL#${phase}#`,
  }),
  committee: (challengeId: string, phase: number): Key => ({
    pk: `CHALLENGE#${challengeId}`,
    sk: `EVAL#${phase}#COMMITTEE`,
  }),
  declaration: (challengeId: string, phase: number, proposalId: string, assessor: string): Key => ({
    pk: `CHALLENGE#${challengeId}`,
    sk: `EVAL#${phase}#DECL#${proposalId}#${assessor}`,
  }),
  score: (challengeId: string, phase: number, proposalId: string, assessor: string): Key => ({
    pk: `CHALLENGE#${challengeId}`,
    sk: `EVAL#${phase}#SCORE#${proposalId}#${assessor}`,
  }),
  /**
   * What the ranking needs of a submitted proposal (company, amount, time), kept with the
   * evaluation so the ranking is one Query beside the challenge; written and removed with the proposal.
   */
  entrant: (challengeId: string, phase: number, proposalId: string): Key => ({
    pk: `CHALLENGE#${challengeId}`,
    sk: `EVAL#${phase}#ENTRANT#${proposalId}`,
  }),
  /** An innovation partnership's selection of the candidates invited to negotiate (phase 1). */
  selection: (challengeId: string, phase: number): Key => ({
    pk: `CHALLENGE#${challengeId}`,
    sk: `EVAL#${phase}#SELECTION`,
  }),
  /** The ranking an award decision rests on; once written, the phase's evaluation is frozen. */
  frozen: (challengeId: string, phase: number): Key => ({
    pk: `CHALLENGE#${challengeId}`,
    sk: `EVAL#${phase}#FROZEN`,
  }),
  /** An earlier frozen ranking, kept when an upheld complaint reopened the evaluation (numbered 1, 2, …). */
  rankingVersion: (challengeId: string, phase: number, version: number): Key => ({
    pk: `CHALLENGE#${challengeId}`,
    sk: `EVAL#${phase}#VERSION#${String(version).padStart(4, '0')}`,
  }),
  /** An assessor's score as it stood in a ranking version an upheld complaint set aside. */
  scoreVersion: (
    challengeId: string,
    phase: number,
    version: number,
    proposalId: string,
    assessor: string,
  ): Key => ({
    pk: `CHALLENGE#${challengeId}`,
    sk: `EVAL#${phase}#VERSION#${String(version).padStart(4, '0')}#SCORE#${proposalId}#${assessor}`,
  }),
  /** The buyer marked a bid invalid or excluded it: it leaves the ranking with this reason. */
  exclusion: (challengeId: string, phase: number, proposalId: string): Key => ({
    pk: `CHALLENGE#${challengeId}`,
    sk: `EVAL#${phase}#EXCLUDED#${proposalId}`,
  }),
  /**
   * The secret seed of the phase's lot, drawn by the server at publication (its SHA-256 published
   * with the call) and revealed with the decision: nobody can steer a draw made from it.
   */
  lotSeed: (challengeId: string, phase: number): Key => ({
    pk: `CHALLENGE#${challengeId}`,
    sk: `EVAL#${phase}#LOTSEED`,
  }),
  /** An assessor's seat on a phase's committee, in the assessor's own partition ("my committees"). */
  membership: (oin: string, assessorId: string, challengeId: string, phase: number): Key => ({
    pk: `ASSESSOR#${oin}#${assessorId}`,
    sk: `COMMITTEE#${challengeId}#${phase}`,
  }),
  membershipPartition: (oin: string, assessorId: string) => `ASSESSOR#${oin}#${assessorId}`,
};

/** Clarification questions: in the challenge's partition in order of asking, and by id. */
export const questionKeys = {
  inChallenge: (challengeId: string, askedAt: string, questionId: string): Key => ({
    pk: `CHALLENGE#${challengeId}`,
    sk: `QUESTION#${askedAt}#${questionId}`,
  }),
  prefix: 'QUESTION#',
  pointer: (questionId: string): Key => ({ pk: `QUESTION#${questionId}`, sk: 'QUESTION' }),
  /** A nota van inlichtingen: per phase, numbered 1, 2, … (zero-padded so they sort). */
  nota: (challengeId: string, phase: number, number: number): Key => ({
    pk: `CHALLENGE#${challengeId}`,
    sk: `NOTA#${phase}#${String(number).padStart(4, '0')}`,
  }),
  notaPrefix: 'NOTA#',
  phaseNotaPrefix: (phase: number) => `NOTA#${phase}#`,
};

/** Money after publication: counters per phase and per funder, the awards, and the ledger. */
export const moneyKeys = {
  /** What is left of a phase's budget (a counter guarded by conditions). */
  phaseBudget: (challengeId: string, phase: number): Key => ({
    pk: `CHALLENGE#${challengeId}`,
    sk: `BUDGET#${phase}`,
  }),
  /** One funder's reservation for a challenge: reserved, awarded, unawarded. */
  reservation: (challengeId: string, funderOin: string): Key => ({
    pk: `CHALLENGE#${challengeId}`,
    sk: `RESERVATION#${funderOin}`,
  }),
  reservationPrefix: 'RESERVATION#',
  award: (awardId: string): Key => ({ pk: `AWARD#${awardId}`, sk: 'AWARD' }),
  awardByCompany: (kvk: string, decidedAt: string, awardId: string) => ({
    gsi1pk: `COMPANY#${kvk}`,
    gsi1sk: `AWARD#${decidedAt}#${awardId}`,
  }),
  /** A proposal is awarded at most once. */
  awardedProposal: (challengeId: string, proposalId: string): Key => ({
    pk: `CHALLENGE#${challengeId}`,
    sk: `AWARDED#${proposalId}`,
  }),
  awardedPrefix: 'AWARDED#',
  /** An award decision by its request id: re-sending it changes nothing. */
  decision: (challengeId: string, decisionId: string): Key => ({
    pk: `CHALLENGE#${challengeId}`,
    sk: `DECISION#${decisionId}`,
  }),
  decisionPrefix: 'DECISION#',
  /** A bidder's objection to an award decision (in the challenge's partition). */
  objection: (challengeId: string, objectionId: string): Key => ({
    pk: `CHALLENGE#${challengeId}`,
    sk: `OBJECTION#${objectionId}`,
  }),
  objectionPrefix: 'OBJECTION#',
  /** The append-only ledger of one funder. */
  ledgerEntry: (funderOin: string, at: string, entryId: string): Key => ({
    pk: `LEDGER#${funderOin}`,
    sk: `${at}#${entryId}`,
  }),
  ledgerPartition: (funderOin: string) => `LEDGER#${funderOin}`,
  /** A company invited to (and eligible for) the next phase. */
  invitation: (kvk: string, challengeId: string, phase: number): Key => ({
    pk: `INVITATION#${kvk}`,
    sk: `${challengeId}#${phase}`,
  }),
  invitationPartition: (kvk: string) => `INVITATION#${kvk}`,
};

/** After the award: the contract (one item, beside its award) and the co-funders' settlements. */
export const contractKeys = {
  contract: (awardId: string): Key => ({ pk: `AWARD#${awardId}`, sk: 'CONTRACT' }),
  /** A milestone's accepted e-invoice (its XML), once. */
  invoice: (awardId: string, milestone: number): Key => ({
    pk: `AWARD#${awardId}`,
    sk: `INVOICE#${milestone}`,
  }),
  /** A co-funder's settlement of one quarter with one lead buyer: recorded once. */
  settlement: (payerOin: string, period: string, funderOin: string): Key => ({
    pk: `SETTLEMENT#${payerOin}`,
    sk: `${period}#${funderOin}`,
  }),
};

/**
 * The programme-year index (gsi2 `REPORT#<year>`): everything a year's reports need, in sections
 * ordered so that each report reads one or two contiguous ranges. A report's cost grows with its
 * year, never with the table (no Scan, no other year's items).
 */
export const REPORT_SECTIONS = [
  'CHALLENGE',
  'DECISION',
  'AWARD',
  'LEDGER',
  'PROPOSAL',
  'FOLLOWUP',
  'CONTRACT',
] as const;
export type ReportSection = (typeof REPORT_SECTIONS)[number];
const section = (name: ReportSection) => `${REPORT_SECTIONS.indexOf(name) + 1}#${name}#`;

export const reportKeys = {
  partition: (year: number) => `REPORT#${year}`,
  entry: (year: number, name: ReportSection, sortKey: string) => ({
    gsi2pk: `REPORT#${year}`,
    gsi2sk: `${section(name)}${sortKey}`,
  }),
  /** The gsi2sk range from the first to the last of a run of sections (inclusive). */
  range: (from: ReportSection, to: ReportSection) => ({ start: section(from), end: `${section(to)}\uffff` }),
  sectionOf: (gsi2sk: string): ReportSection | undefined =>
    REPORT_SECTIONS.find((name) => gsi2sk.startsWith(section(name))),
  /** A proposal as the reports see it (a projection kept by the report consumer). */
  proposalRow: (proposalId: string): Key => ({ pk: `PROPOSAL#${proposalId}`, sk: 'REPORT' }),
};

/** Follow-up monitoring of a completed award: one item per round (+1, +2, +3 years). */
export const followUpKeys = {
  round: (awardId: string, round: number): Key => ({ pk: `AWARD#${awardId}`, sk: `FOLLOWUP#${round}` }),
  byCompany: (kvk: string, awardId: string, round: number) => ({
    gsi1pk: `COMPANY#${kvk}`,
    gsi1sk: `FOLLOWUP#${awardId}#${round}`,
  }),
};

/**
 * The audit trail: one hash chain per subject (a challenge, a programme year, an organisation).
 * Entries are numbered; the head holds the last number and hash, so appending is one
 * conditional transaction. Heads are indexed (gsi1) so a verifier can walk every chain.
 */
export const auditKeys = {
  chainPartition: (chain: string) => `AUDIT#${chain}`,
  head: (chain: string): Key => ({ pk: `AUDIT#${chain}`, sk: 'HEAD' }),
  headIndex: (chain: string) => ({ gsi1pk: 'AUDIT-CHAINS', gsi1sk: chain }),
  entry: (chain: string, seq: number): Key => ({
    pk: `AUDIT#${chain}`,
    sk: `ENTRY#${String(seq).padStart(12, '0')}`,
  }),
  entryPrefix: 'ENTRY#',
  /** That an event is in the chain: a redelivered event finds it and is not appended twice. */
  recorded: (chain: string, eventId: string): Key => ({ pk: `AUDIT#${chain}`, sk: `EVENT#${eventId}` }),
  /**
   * An outbox item by the chain it must reach (gsi1), oldest first: one chain's completeness is
   * one Query (an officer's "verify"), without scanning the table.
   */
  outboxOfChain: (chain: string, occurredAt: string, eventId: string) => ({
    gsi1pk: `AUDIT#${chain}`,
    gsi1sk: `OUTBOX#${occurredAt}#${eventId}`,
  }),
  outboxOfChainPrefix: 'OUTBOX#',
  chainsIndexPartition: 'AUDIT-CHAINS',
};

export const orgKeys = {
  /** A known organisation (government body or company). */
  organisation: (id: string): Key => ({ pk: `ORG#${id}`, sk: 'PROFILE' }),
  /** The register of government bodies, by name (gsi1): one Query lists them all. */
  registerEntry: (name: string, oin: string) => ({ gsi1pk: 'GOVORG', gsi1sk: `${name}#${oin}` }),
  registerPartition: 'GOVORG',
};

/** People of a government organisation: members in its partition, invitations, one owner per address. */
export const peopleKeys = {
  member: (oin: string, sub: string): Key => ({ pk: `ORG#${oin}`, sk: `MEMBER#${sub}` }),
  organisationPartition: (oin: string) => `ORG#${oin}`,
  memberPrefix: 'MEMBER#',
  invitation: (id: string): Key => ({ pk: `MEMBER-INVITATION#${id}`, sk: 'MEMBER-INVITATION' }),
  /** An organisation's invitations, newest last (gsi1): one Query. */
  invitationOfOrganisation: (oin: string, at: string, id: string) => ({
    gsi1pk: `MEMBER-INVITATIONS#${oin}`,
    gsi1sk: `${at}#${id}`,
  }),
  invitationsPartition: (oin: string) => `MEMBER-INVITATIONS#${oin}`,
  /** Which organisation an e-mail address is a member of (lower case). */
  address: (email: string): Key => ({ pk: `MEMBER-ADDRESS#${email.toLowerCase()}`, sk: 'MEMBER-ADDRESS' }),
};

/** E-mail: who wants what, their saved searches, each message sent (once), addresses that bounce. */
export const notificationKeys = {
  /** One person's address and choices, in their organisation's partition: an organisation's people are one Query. */
  subscriber: (org: string, sub: string): Key => ({ pk: `SUBSCRIBERS#${org}`, sk: `SUB#${sub}` }),
  subscribersPartition: (org: string) => `SUBSCRIBERS#${org}`,
  subscriberPrefix: 'SUB#',
  /** Saved searches, all in one partition: a published call is matched against them with one paged Query. */
  savedSearch: (org: string, sub: string, searchId: string): Key => ({
    pk: 'SAVED-SEARCHES',
    sk: `${org}#${sub}#${searchId}`,
  }),
  savedSearchesPartition: 'SAVED-SEARCHES',
  savedSearchesOf: (org: string, sub: string) => `${org}#${sub}#`,
  /** One message to one person because of one event: recorded before it is sent, so it is sent at most once. */
  delivery: (eventId: string, org: string, sub: string, kind: string): Key => ({
    pk: `MAIL#${eventId}`,
    sk: `TO#${org}#${sub}#${kind}`,
  }),
  /** Every message sent because of one event (who was told of a decision's letter). */
  deliveryPartition: (eventId: string) => `MAIL#${eventId}`,
  /** A company none of whose people could be told (no address): recorded, so the buyer sees it. */
  notReached: (eventId: string, org: string, kind: string): Key => ({
    pk: `MAIL#${eventId}`,
    sk: `TO#${org}#-#${kind}`,
  }),
  /** Officers and the programme office who get the weekly digest: one partition, read once a week. */
  digestReader: (org: string, sub: string): Key => ({ pk: 'DIGEST-READERS', sk: `${org}#${sub}` }),
  digestReadersPartition: 'DIGEST-READERS',
  /** An address that bounced or complained: nothing is sent to it. */
  suppressed: (address: string): Key => ({ pk: `SUPPRESSED#${address.toLowerCase()}`, sk: 'SUPPRESSED' }),
};

const KEY_ATTRIBUTES = ['pk', 'sk', 'gsi1pk', 'gsi1sk', 'gsi2pk', 'gsi2sk', 'entity'] as const;

/** An item without its key and entity attributes: the domain object stored in it. */
export function withoutKeys<T>(item: Record<string, unknown>): T {
  const copy = { ...item };
  for (const attribute of KEY_ATTRIBUTES) delete copy[attribute];
  return copy as T;
}
