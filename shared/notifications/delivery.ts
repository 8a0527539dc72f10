import type { EventMetadata } from '#events/envelope.ts';
import { getDecision } from '#shared/awards/standstill.ts';
import { loadAwards } from '#shared/awards/use-cases.ts';
import { getChallenge } from '#shared/challenges/repository.ts';
import { periodOf } from '#shared/contracts/settlements.ts';
import {
  ENTITY,
  evaluationKeys,
  keys,
  moneyKeys,
  notificationKeys,
  proposalKeys,
  questionKeys,
} from '#shared/db/keys.ts';
import { getItem, queryAll, transact } from '#shared/db/store.ts';
import { decisionBasis, rankingReady } from '#shared/evaluation/use-cases.ts';
import type { SignificantChange } from '#shared/kernel/vocabulary.ts';
import { clock } from '#shared/platform/clock.ts';
import { config } from '#shared/platform/config.ts';
import { DomainError } from '#shared/platform/errors.ts';
import { logger } from '#shared/platform/logger.ts';
import { mailer } from '#shared/platform/mailer.ts';
import { proposalReference } from '#shared/proposals/reference.ts';
import { type CallFacts, compose, type MessageContent, render } from './messages.ts';
import type { Language, MessageKind } from './schemas.ts';
import {
  allSavedSearches,
  type Subscriber,
  searchMatches,
  subscriberOf,
  subscribersOf,
} from './subscribers.ts';

export type DeliveryOutcome = 'sent' | 'already-sent' | 'off' | 'no-address' | 'suppressed';

const ALREADY = 'mail-already-recorded';

/** The one-click link of a message: the site's page, which posts (RFC 8058) to the API. */
export function unsubscribeUrl(subscriber: Subscriber, kind: MessageKind): string {
  const url = new URL('/afmelden', config.publicSiteUrl());
  url.search = new URLSearchParams({
    o: subscriber.org,
    s: subscriber.sub,
    k: kind,
    t: subscriber.unsubscribeKey,
  }).toString();
  return url.toString();
}

async function record(
  eventId: string,
  subscriber: Subscriber,
  kind: MessageKind,
  status: DeliveryOutcome | 'sending',
): Promise<boolean> {
  try {
    await transact([
      {
        item: {
          Put: {
            Item: {
              ...notificationKeys.delivery(eventId, subscriber.org, subscriber.sub, kind),
              entity: ENTITY.mailDelivery,
              kind,
              to: subscriber.email,
              status,
              recordedAt: clock.nowIso(),
            },
            ConditionExpression: 'attribute_not_exists(pk)',
          },
        },
        onConditionFailed: () => new DomainError('conflict', ALREADY, 'recorded before'),
      },
    ]);
    return true;
  } catch (error) {
    if (error instanceof DomainError && error.type === ALREADY) return false;
    throw error;
  }
}

/**
 * One message to one person because of one event, exactly once in effect: the delivery is
 * recorded (keyed by the event and the recipient) *before* it is sent, so a redelivered event,
 * or a consumer that crashed after sending, finds the record and sends nothing. A send that
 * fails removes its record, so the platform's retry sends it. (A crash between recording and
 * sending loses that one message: at most once, never twice.)
 */
export async function deliver(
  metadata: Pick<EventMetadata, 'eventId'>,
  subscriber: Subscriber,
  kind: MessageKind,
  content: (language: Language) => MessageContent,
): Promise<DeliveryOutcome> {
  const { eventId } = metadata;
  if (subscriber.off.includes(kind)) return 'off';
  if (!subscriber.email) return 'no-address';
  if (await getItem(notificationKeys.suppressed(subscriber.email))) {
    await record(eventId, subscriber, kind, 'suppressed');
    return 'suppressed';
  }
  if (!(await record(eventId, subscriber, kind, 'sending'))) return 'already-sent';
  const key = notificationKeys.delivery(eventId, subscriber.org, subscriber.sub, kind);
  const message = content(subscriber.language);
  const page = new URL(message.link.path, config.publicSiteUrl()).toString();
  const preferences = new URL('/mijn/e-mail', config.publicSiteUrl()).toString();
  const { subject, text, html } = render(message, kind, subscriber.language, {
    page,
    unsubscribe: unsubscribeUrl(subscriber, kind),
    preferences,
  });
  let messageId: string;
  try {
    ({ messageId } = await mailer().send({
      to: subscriber.email,
      subject,
      text,
      html,
      idempotencyKey: `${eventId}.${kind}.${Buffer.from(`${subscriber.org}#${subscriber.sub}`).toString('hex')}`,
      unsubscribeUrl: unsubscribeUrl(subscriber, kind),
      language: subscriber.language,
    }));
  } catch (error) {
    logger.warn('sending failed; the record is removed so a retry sends it', { kind, error: String(error) });
    await transact([{ item: { Delete: { Key: key } } }]);
    throw error;
  }
  // Sent: whatever fails from here on, the record stays and nothing is sent again.
  await transact([
    {
      item: {
        Update: {
          Key: key,
          UpdateExpression: 'SET #status = :sent, messageId = :id, sentAt = :at',
          ExpressionAttributeNames: { '#status': 'status' },
          ExpressionAttributeValues: { ':sent': 'sent', ':id': messageId, ':at': clock.nowIso() },
        },
      },
    },
  ]);
  return 'sent';
}

export async function callFacts(challengeId: string): Promise<CallFacts | undefined> {
  const challenge = await getChallenge(challengeId);
  if (!challenge) return undefined;
  return {
    challengeId,
    title: challenge.title,
    theme: challenge.theme,
    buyerName: challenge.leadBuyer.name,
    buyerOin: challenge.leadBuyer.oin,
    funderOins: challenge.funders.map((f) => f.oin),
    firstDeadline: challenge.phases[0]!.submissionDeadline,
  };
}

const tally = (outcomes: DeliveryOutcome[]) => {
  const counts: Record<string, number> = {};
  for (const outcome of outcomes) counts[outcome] = (counts[outcome] ?? 0) + 1;
  return counts;
};

/** A published call: one message per person with a matching saved search (one per person, however many match). */
export async function notifyNewCall(
  metadata: EventMetadata,
  call: {
    challengeId: string;
    theme: string;
    instrument: string;
    cpvCodes: string[];
    leadBuyer: { oin: string };
  },
) {
  const facts = await callFacts(call.challengeId);
  if (!facts) return {};
  const firstMatch = new Map<string, { org: string; sub: string; name: string }>();
  for (const search of await allSavedSearches()) {
    const matches = searchMatches(search, {
      theme: call.theme,
      instrument: call.instrument,
      cpvCodes: call.cpvCodes,
      buyerOin: call.leadBuyer.oin,
    });
    const who = `${search.org}#${search.sub}`;
    if (matches && !firstMatch.has(who)) firstMatch.set(who, search);
  }
  const outcomes: DeliveryOutcome[] = [];
  for (const { org, sub, name } of firstMatch.values()) {
    const subscriber = await subscriberOf(org, sub);
    if (subscriber)
      outcomes.push(await deliver(metadata, subscriber, 'new-call', (l) => compose.newCall(facts, name, l)));
  }
  return tally(outcomes);
}

/** A question asked: the buyer's people who get e-mail. */
export async function notifyQuestionAsked(metadata: EventMetadata, data: { challengeId: string }) {
  const facts = await callFacts(data.challengeId);
  if (!facts) return {};
  const outcomes: DeliveryOutcome[] = [];
  for (const subscriber of await subscribersOf(facts.buyerOin))
    if (subscriber.role === 'buyer')
      outcomes.push(
        await deliver(metadata, subscriber, 'question-asked', (l) => compose.questionAsked(facts, l)),
      );
  return tally(outcomes);
}

/** A question answered: the people of the company that asked. */
export async function notifyQuestionAnswered(
  metadata: EventMetadata,
  data: { challengeId: string; questionId: string },
) {
  const pointer = await getItem(questionKeys.pointer(data.questionId));
  const facts = await callFacts(data.challengeId);
  if (!pointer || !facts) return {};
  const question = await getItem<{ askedBy: string }>(
    questionKeys.inChallenge(data.challengeId, pointer.askedAtKey as string, data.questionId),
  );
  if (!question) return {};
  const outcomes: DeliveryOutcome[] = [];
  for (const subscriber of await subscribersOf(question.askedBy))
    outcomes.push(
      await deliver(metadata, subscriber, 'question-answered', (l) => compose.questionAnswered(facts, l)),
    );
  return tally(outcomes);
}

/** A committee named: each assessor on it. */
export async function notifyCommitteeNamed(
  metadata: EventMetadata,
  data: { challengeId: string; phase: number; assessors: { oin: string; assessorId: string }[] },
) {
  const facts = await callFacts(data.challengeId);
  if (!facts) return {};
  const outcomes: DeliveryOutcome[] = [];
  for (const { oin, assessorId } of data.assessors) {
    const subscriber = await subscriberOf(oin, assessorId);
    if (subscriber)
      outcomes.push(
        await deliver(metadata, subscriber, 'committee-named', (l) =>
          compose.committeeNamed(facts, data.phase, l),
        ),
      );
  }
  return tally(outcomes);
}

/** An award decision: each bidder's people, told their letter is ready (the outcome is in the letter, not the e-mail). */
export async function notifyDecision(
  metadata: EventMetadata,
  data: { challengeId: string; phase: number; recipients: { companyKvk: string }[] },
) {
  const facts = await callFacts(data.challengeId);
  if (!facts) return {};
  const outcomes: DeliveryOutcome[] = [];
  for (const company of new Set(data.recipients.map((r) => r.companyKvk))) {
    const own: DeliveryOutcome[] = [];
    for (const subscriber of await subscribersOf(company))
      own.push(
        await deliver(metadata, subscriber, 'decision-letter', (l) =>
          compose.decisionLetter(facts, data.phase, l),
        ),
      );
    // Nobody of the company could be told: recorded, so the buyer sees whom to reach otherwise.
    if (!own.some((o) => o === 'sent' || o === 'already-sent'))
      await recordNotReached(metadata.eventId, company);
    outcomes.push(...own);
  }
  return tally(outcomes);
}

async function recordNotReached(eventId: string, company: string) {
  try {
    await transact([
      {
        item: {
          Put: {
            Item: {
              ...notificationKeys.notReached(eventId, company, 'decision-letter'),
              entity: ENTITY.mailDelivery,
              kind: 'decision-letter',
              status: 'no-address',
              recordedAt: clock.nowIso(),
            },
            ConditionExpression: 'attribute_not_exists(pk)',
          },
        },
        onConditionFailed: () => new DomainError('conflict', ALREADY, 'recorded before'),
      },
    ]);
  } catch (error) {
    if (!(error instanceof DomainError && error.type === ALREADY)) throw error;
  }
}

/** A completed contract: the company may bid for the next phase, when the call has one. */
export async function notifyInvitation(
  metadata: EventMetadata,
  data: { challengeId: string; phase: number; companyKvk: string },
) {
  const challenge = await getChallenge(data.challengeId);
  const facts = await callFacts(data.challengeId);
  const next = data.phase + 1;
  if (!challenge || !facts || !challenge.phases.some((p) => p.number === next)) return {};
  const outcomes: DeliveryOutcome[] = [];
  for (const subscriber of await subscribersOf(data.companyKvk))
    outcomes.push(
      await deliver(metadata, subscriber, 'phase-invitation', (l) => compose.phaseInvitation(facts, next, l)),
    );
  return tally(outcomes);
}

/**
 * A phase closed: the buyer's people, with the number of proposals; the committee's assessors
 * (when it was named and there is something to score), that the proposals are open for scoring.
 */
export async function notifyPhaseClosed(
  metadata: EventMetadata,
  data: { challengeId: string; phase: number; proposalCount: number },
) {
  const facts = await callFacts(data.challengeId);
  if (!facts) return {};
  const outcomes: DeliveryOutcome[] = [];
  for (const subscriber of await subscribersOf(facts.buyerOin))
    if (subscriber.role === 'buyer')
      outcomes.push(
        await deliver(metadata, subscriber, 'phase-closed', (l) =>
          compose.phaseClosed(facts, data.phase, data.proposalCount, l),
        ),
      );
  if (data.proposalCount === 0) return tally(outcomes); // nothing to score: no need to read the committee
  const committee = await getItem<{ assessors: { oin: string; assessorId: string }[] }>(
    evaluationKeys.committee(data.challengeId, data.phase),
  );
  for (const { oin, assessorId } of committee?.assessors ?? []) {
    const subscriber = await subscriberOf(oin, assessorId);
    if (subscriber)
      outcomes.push(
        await deliver(metadata, subscriber, 'scoring-open', (l) =>
          compose.scoringOpen(facts, data.phase, data.proposalCount, l),
        ),
      );
  }
  return tally(outcomes);
}

/** A co-funder's consent: asked of the funder's buyers; given, declined or withdrawn to the lead buyer's. */
export async function notifyConsent(
  metadata: EventMetadata,
  data: {
    challengeId: string;
    funderOin: string;
    leadBuyerOin: string;
    status: 'requested' | 'approved' | 'declined' | 'withdrawn';
  },
) {
  const challenge = await getChallenge(data.challengeId);
  const facts = await callFacts(data.challengeId);
  if (!challenge || !facts) return {};
  const funderName = challenge.funders.find((f) => f.oin === data.funderOin)?.name ?? data.funderOin;
  const to = data.status === 'requested' ? data.funderOin : data.leadBuyerOin;
  const outcomes: DeliveryOutcome[] = [];
  for (const subscriber of await subscribersOf(to))
    if (subscriber.role === 'buyer')
      outcomes.push(
        await deliver(metadata, subscriber, 'consent', (l) =>
          compose.consent(facts, { status: data.status, funderName }, l),
        ),
      );
  return tally(outcomes);
}

/** The companies that bid on (a live proposal) or asked about a call, optionally one phase of it. */
async function interestedCompanies(challengeId: string, phase?: number): Promise<string[]> {
  const partition = keys.challenge(challengeId).pk;
  const [slots, questions] = await Promise.all([
    queryAll<{ sk: string }>({ partition, prefix: proposalKeys.slotPrefix }),
    queryAll<{ askedBy: string; phase?: number }>({ partition, prefix: questionKeys.prefix }),
  ]);
  const companies = new Set<string>();
  for (const slot of slots) {
    const [, slotPhase, kvk] = slot.sk.split('#');
    if (kvk && (phase === undefined || Number(slotPhase) === phase)) companies.add(kvk);
  }
  for (const q of questions) if (phase === undefined || (q.phase ?? 1) === phase) companies.add(q.askedBy);
  return [...companies];
}

async function toCompanies(
  metadata: Pick<EventMetadata, 'eventId'>,
  companies: Iterable<string>,
  kind: MessageKind,
  content: (language: Language) => MessageContent,
) {
  const outcomes: DeliveryOutcome[] = [];
  for (const company of new Set(companies))
    for (const subscriber of await subscribersOf(company))
      outcomes.push(await deliver(metadata, subscriber, kind, content));
  return tally(outcomes);
}

async function toBuyer(
  metadata: Pick<EventMetadata, 'eventId'>,
  buyerOin: string,
  kind: MessageKind,
  content: (language: Language) => MessageContent,
) {
  const outcomes: DeliveryOutcome[] = [];
  for (const subscriber of await subscribersOf(buyerOin))
    if (subscriber.role === 'buyer') outcomes.push(await deliver(metadata, subscriber, kind, content));
  return tally(outcomes);
}

/** A correction: every company that bid on or asked about the call. */
export async function notifyCorrection(
  metadata: EventMetadata,
  data: {
    challengeId: string;
    number: number;
    reason: string;
    deadlines: { phase: number; to: string }[];
    significant?: SignificantChange[];
  },
) {
  const facts = await callFacts(data.challengeId);
  if (!facts) return {};
  const moved = data.deadlines[0]?.to;
  return toCompanies(metadata, await interestedCompanies(data.challengeId), 'correction', (l) =>
    compose.correction(facts, data.number, data.reason, moved, l, data.significant),
  );
}

/**
 * A nota van inlichtingen: the companies that asked about that phase; a nota that changes an
 * earlier answer also every company bidding in the phase (an answer they may have bid on changed).
 */
export async function notifyNota(
  metadata: EventMetadata,
  data: {
    challengeId: string;
    phase: number;
    number: number;
    amendments: number;
    significant?: SignificantChange[];
  },
) {
  const facts = await callFacts(data.challengeId);
  if (!facts) return {};
  const recipients =
    data.amendments > 0
      ? await interestedCompanies(data.challengeId, data.phase)
      : (
          await queryAll<{ askedBy: string; phase?: number }>({
            partition: keys.challenge(data.challengeId).pk,
            prefix: questionKeys.prefix,
          })
        )
          .filter((q) => (q.phase ?? 1) === data.phase)
          .map((q) => q.askedBy);
  return toCompanies(metadata, recipients, 'nota', (l) =>
    compose.nota(facts, data.phase, data.number, l, data.amendments, data.significant),
  );
}

export async function notifyFollowUpDue(
  metadata: EventMetadata,
  data: { challengeId: string; companyKvk: string; round: number; dueAt: string },
) {
  const facts = await callFacts(data.challengeId);
  if (!facts) return {};
  return toCompanies(metadata, [data.companyKvk], 'follow-up-due', (l) =>
    compose.followUpDue(facts, data.round, data.dueAt, l),
  );
}

/**
 * The committee finished: the last score (or recusal, or exclusion) made the ranking ready, so the
 * buyer may decide. Told once per ranking version, whichever event completed it (the delivery is
 * keyed by the phase and version, not by the event).
 */
export async function notifyRankingReady(
  _metadata: EventMetadata,
  data: { challengeId: string; phase: number },
) {
  const { ready, ranked, version } = await rankingReady(data.challengeId, data.phase);
  if (!ready) return {};
  const facts = await callFacts(data.challengeId);
  if (!facts) return {};
  return toBuyer(
    { eventId: `ranking-ready-${data.challengeId}-${data.phase}-${version}` },
    facts.buyerOin,
    'committee-finished',
    (l) => compose.committeeFinished(facts, data.phase, ranked, l),
  );
}

/** The co-funders' buyers and officers (not the lead buyer's organisation), told news of a decision. */
async function toCoFunders(
  metadata: Pick<EventMetadata, 'eventId'>,
  facts: CallFacts,
  kind: MessageKind,
  content: (language: Language) => MessageContent,
) {
  const outcomes: DeliveryOutcome[] = [];
  for (const oin of facts.funderOins.filter((f) => f !== facts.buyerOin))
    for (const subscriber of await subscribersOf(oin))
      if (subscriber.role === 'buyer' || subscriber.role === 'officer')
        outcomes.push(await deliver(metadata, subscriber, kind, content));
  return outcomes;
}

/** A complaint: the buyer must answer it; the co-funders hear of it. */
export async function notifyObjection(metadata: EventMetadata, data: { challengeId: string; phase: number }) {
  const facts = await callFacts(data.challengeId);
  if (!facts) return {};
  const buyer = await toBuyer(metadata, facts.buyerOin, 'objection', (l) =>
    compose.objection(facts, data.phase, l),
  );
  const coFunders = await toCoFunders(metadata, facts, 'objection', (l) =>
    compose.coFunderDecisionNews(facts, data.phase, 'complaint-lodged', l),
  );
  return { ...buyer, ...tally(coFunders) };
}

/** A complaint answered: the company that lodged it (and until when it may go to court); the co-funders. */
/** The receipt of a submitted proposal, to the company's people, with its reference. */
export async function notifyProposalReceived(
  metadata: EventMetadata,
  data: {
    challengeId: string;
    phase: number;
    proposalId: string;
    companyKvk: string;
    requestedAmountCents: number;
    submittedAt: string;
  },
) {
  const challenge = await getChallenge(data.challengeId);
  const facts = await callFacts(data.challengeId);
  const phase = challenge?.phases.find((p) => p.number === data.phase);
  if (!facts || !phase) return {};
  return toCompanies(metadata, [data.companyKvk], 'proposal-received', (l) =>
    compose.proposalReceived(
      facts,
      {
        phase: data.phase,
        reference: proposalReference(data.proposalId),
        submittedAt: data.submittedAt,
        amountCents: data.requestedAmountCents,
        deadline: phase.submissionDeadline,
      },
      l,
    ),
  );
}

export async function notifyObjectionAnswered(
  metadata: EventMetadata,
  data: {
    challengeId: string;
    phase: number;
    objectionId: string;
    outcome: 'upheld' | 'rejected';
    standstillEndsAt: string;
  },
) {
  const facts = await callFacts(data.challengeId);
  // The one complaint by its key, not the call's whole list.
  const objection = await getItem<{ companyKvk: string }>(
    moneyKeys.objection(data.challengeId, data.objectionId),
  );
  if (!facts || !objection) return {};
  const company = await toCompanies(metadata, [objection.companyKvk], 'complaint-answered', (l) =>
    compose.complaintAnswered(facts, data.phase, data.outcome, data.standstillEndsAt, l),
  );
  const coFunders = await toCoFunders(metadata, facts, 'objection', (l) =>
    compose.coFunderDecisionNews(
      facts,
      data.phase,
      data.outcome === 'upheld' ? 'complaint-upheld' : 'complaint-rejected',
      l,
    ),
  );
  return { ...company, ...tally(coFunders) };
}

/** The companies a decision's letters went to (every bidder it addressed). */
async function letterCompanies(challengeId: string, decisionId: string): Promise<string[]> {
  const decision = await getDecision(challengeId, decisionId);
  if (!decision) return [];
  // The ranking the decision rests on names every bidder and its company: one Query, not a read per bid.
  const { frozen } = await decisionBasis(challengeId, decision.phase, decision.rankingVersion);
  const addressed = decision.lettersTo ? new Set(decision.lettersTo) : undefined;
  return [...frozen.ranking, ...(frozen.excluded ?? [])]
    .filter((r) => !addressed || addressed.has(r.proposalId))
    .map((r) => r.companyKvk);
}

/** A decision withdrawn, or become definitive: every bidder it addressed, and the co-funders. */
export async function notifyDecisionNews(
  metadata: EventMetadata,
  data: { challengeId: string; decisionId: string; phase: number },
  news: { kind: 'withdrawn'; reason: string } | { kind: 'concluded'; awardedCompanies: string[] },
) {
  const facts = await callFacts(data.challengeId);
  if (!facts) return {};
  const companies = await letterCompanies(data.challengeId, data.decisionId);
  const outcomes: DeliveryOutcome[] = [];
  for (const company of new Set(companies))
    for (const subscriber of await subscribersOf(company))
      outcomes.push(
        await deliver(metadata, subscriber, 'decision-news', (l) =>
          news.kind === 'withdrawn'
            ? compose.decisionWithdrawn(facts, data.phase, news.reason, l)
            : compose.decisionConcluded(facts, data.phase, news.awardedCompanies.includes(company), l),
        ),
      );
  outcomes.push(
    ...(await toCoFunders(metadata, facts, 'decision-news', (l) =>
      compose.coFunderDecisionNews(facts, data.phase, news.kind, l),
    )),
  );
  return tally(outcomes);
}

/** After the award: a deliverable to review goes to the lead buyer's people. */
export async function notifyDeliverableSubmitted(
  metadata: EventMetadata,
  data: {
    challengeId: string;
    awardId: string;
    milestone: number;
    reviewDueDate: string;
    submission: number;
  },
) {
  const facts = await callFacts(data.challengeId);
  const [award] = await loadAwards([data.awardId]);
  if (!facts || !award) return {};
  return toBuyer(metadata, facts.buyerOin, 'deliverable-submitted', (l) =>
    compose.deliverableSubmitted(facts, { ...data, companyName: award.companyName }, l),
  );
}

/** An invoice that passed: the lead buyer's people are told it is there to pay. */
export async function notifyInvoiceReceived(
  metadata: EventMetadata,
  data: {
    challengeId: string;
    awardId: string;
    milestone: number;
    invoiceNumber: string;
    amountCents: number;
  },
) {
  const facts = await callFacts(data.challengeId);
  const [award] = await loadAwards([data.awardId]);
  if (!facts || !award) return {};
  return toBuyer(metadata, facts.buyerOin, 'invoice-received', (l) =>
    compose.invoiceReceived(facts, { ...data, companyName: award.companyName }, l),
  );
}

/** The company hears how its deliverable was reviewed (a rejection with its reason). */
export async function notifyDeliverableReviewed(
  metadata: EventMetadata,
  data: {
    challengeId: string;
    awardId: string;
    companyKvk: string;
    milestone: number;
    outcome: 'accepted' | 'rejected';
    reason?: string;
  },
) {
  const facts = await callFacts(data.challengeId);
  if (!facts) return {};
  return toCompanies(metadata, [data.companyKvk], 'deliverable-reviewed', (l) =>
    compose.deliverableReviewed(facts, data, l),
  );
}

/** A payment: the company is told it was paid; each co-funder's officers what their part is, to settle. */
export async function notifyMilestonePaid(
  metadata: EventMetadata,
  data: {
    challengeId: string;
    awardId: string;
    companyKvk: string;
    milestone: number;
    amountCents: number;
    paidOn: string;
    payerOin: string;
    directPayers?: string[];
    parts: { funderOin: string; amountCents: number }[];
    at: string;
  },
) {
  const facts = await callFacts(data.challengeId);
  if (!facts) return {};
  const company = await toCompanies(metadata, [data.companyKvk], 'milestone-paid', (l) =>
    compose.milestonePaid(facts, data, l),
  );
  const outcomes: DeliveryOutcome[] = [];
  // Who pays its own part directly has nothing to settle.
  const settles = (funderOin: string) =>
    funderOin !== data.payerOin && !data.directPayers?.includes(funderOin);
  for (const part of data.parts.filter((p) => settles(p.funderOin) && p.amountCents > 0))
    for (const subscriber of await subscribersOf(part.funderOin))
      if (subscriber.role === 'officer')
        outcomes.push(
          await deliver(metadata, subscriber, 'settlement-due', (l) =>
            compose.settlementDue(
              facts,
              {
                milestone: data.milestone,
                partCents: part.amountCents,
                period: periodOf(data.at),
                funderOin: part.funderOin,
              },
              l,
            ),
          ),
        );
  return { ...company, ...tally(outcomes) };
}
