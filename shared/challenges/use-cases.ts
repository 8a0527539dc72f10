import type { z } from 'zod/mini';
import { ChallengeCancelledV1 } from '#events/challenges/challenge-cancelled.v1.ts';
import { ChallengeCompletedV1 } from '#events/challenges/challenge-completed.v1.ts';
import { ChallengeDraftedV1 } from '#events/challenges/challenge-drafted.v1.ts';
import { ChallengePublishedV1 } from '#events/challenges/challenge-published.v1.ts';
import type { challengeSummaryV1 } from '#events/challenges/challenge-summary.v1.ts';
import { ChallengeUpdatedV1 } from '#events/challenges/challenge-updated.v1.ts';
import { newEvent } from '#events/envelope.ts';
import type { Caller } from '#shared/auth/caller.ts';
import { ENTITY, evaluationKeys, keys, moneyKeys, withoutKeys } from '#shared/db/keys.ts';
import { getItems, queryAll, type TxWrite } from '#shared/db/store.ts';
import { lotCommitment, newLotSeed, TIE_BREAK } from '#shared/evaluation/ranking.ts';
import { checkCoFunding, sideOf } from '#shared/funding/co-funding.ts';
import {
  asOfYear,
  type ConsentDecision,
  consentRequests,
  consentRequestsTo,
  consentsOf,
  type DraftFunding,
  decideConsent,
  missingConsents,
  sameFunding,
  whileConsented,
} from '#shared/funding/consent.ts';
import { assessReservations, planReservations } from '#shared/funding/envelopes.ts';
import { releaseUnawarded, reserveForPublication } from '#shared/funding/money.ts';
import { funderReservations } from '#shared/funding/repository.ts';
import { excludingVat } from '#shared/funding/split.ts';
import { CRITERIA, THEMES } from '#shared/kernel/vocabulary.ts';
import { requireGovernmentOrganisations } from '#shared/organisations/registry.ts';
import { programmeYearOf, toAmsterdamIso } from '#shared/platform/amsterdam.ts';
import { clock } from '#shared/platform/clock.ts';
import { config } from '#shared/platform/config.ts';
import { conflict, notFound, unprocessable } from '#shared/platform/errors.ts';
import { newId } from '#shared/platform/ids.ts';
import { eventContext, type RequestContext } from '#shared/platform/request-context.ts';
import { correctChallenge } from './corrections.ts';
import { defaultCriteria, PRICE_FORMULA } from './criteria.ts';
import {
  assertTransition,
  type CancelledChallenge,
  type Challenge,
  type CompletedChallenge,
  defaultQuestionDeadline,
  type Publication,
  type PublishedChallenge,
  phaseState,
  questionDeadlineOf,
  totalBudgetCents,
  wasPublished,
} from './model.ts';
import { getChallenge, insertChallenge, updateChallenge, whileDraftWithFunding } from './repository.ts';
import {
  assertChallengeRules,
  DEFAULT_STANDSTILL_DAYS,
  maxPerContract,
  publicationViolations,
  significantChangeDays,
} from './rules.ts';
import type {
  CorrectionInput,
  CreateChallengeInput,
  publicationCheckView,
  UpdateChallengeInput,
} from './schemas.ts';

/** Checks a challenge's content against every rule and resolves names; the draft's fields from it. */
async function compose(input: CreateChallengeInput, leadBuyerOin: string) {
  assertChallengeRules(input);
  const ezkOin = config.ezkOin();
  checkCoFunding(input.funders, ezkOin);
  const orgs = await requireGovernmentOrganisations([leadBuyerOin, ...input.funders.map((f) => f.oin)]);
  // A buyer commits its own money and asks the others: it must itself be a funder.
  if (!input.funders.some((f) => f.oin === leadBuyerOin)) {
    throw unprocessable(
      'lead-buyer-not-funder',
      'The lead buyer must itself fund the challenge; the other funders approve their own shares.',
      { leadBuyerOin },
    );
  }
  return {
    instrument: input.instrument,
    title: input.title,
    description: input.description,
    theme: input.theme,
    cpvCodes: input.cpvCodes,
    leadBuyer: { oin: leadBuyerOin, name: orgs.get(leadBuyerOin)!.name },
    funders: input.funders.map((f) => ({
      oin: f.oin,
      name: orgs.get(f.oin)!.name,
      side: sideOf(f.oin, ezkOin),
      shareBasisPoints: f.shareBasisPoints,
      // The lead buyer pays the company anyway.
      ...(f.paysDirectly && f.oin !== leadBuyerOin ? { paysDirectly: true } : {}),
    })),
    phases: input.phases.map((p) => {
      const max = maxPerContract(input.instrument, p)!;
      return {
        number: p.number,
        budgetCents: p.budgetCents,
        maxPerContractCents: max,
        maxPerContractExclVatCents: excludingVat(max),
        plannedContracts: p.plannedContracts,
        durationMonths: p.durationMonths,
        submissionDeadline: p.submissionDeadline,
        criteria: p.criteria ?? defaultCriteria(input.instrument, p.number)!,
        ...(p.minimumScore !== undefined ? { minimumScore: p.minimumScore } : {}),
        ...(p.questionDeadline ? { questionDeadline: p.questionDeadline } : {}),
        ...(p.paymentSchedule ? { paymentSchedule: p.paymentSchedule } : {}),
      };
    }),
    ...(input.innovationPartnership ? { innovationPartnership: input.innovationPartnership } : {}),
    questionDeadline: input.questionDeadline ?? defaultQuestionDeadline(input.phases[0]!.submissionDeadline),
    tieBreak: TIE_BREAK,
    ...(input.phases.some((p) => p.criteria?.some((c) => c.key === 'price'))
      ? { priceFormula: PRICE_FORMULA }
      : {}),
    standstillDays: input.standstillDays ?? DEFAULT_STANDSTILL_DAYS,
    ...(input.standstillAfterComplaintDays !== undefined
      ? { standstillAfterComplaintDays: input.standstillAfterComplaintDays }
      : {}),
  } satisfies Partial<Challenge>;
}

/** The draft as the input it was made from, so an edit can replace some fields and re-check all. */
function asInput(challenge: Challenge): CreateChallengeInput {
  return {
    instrument: challenge.instrument,
    title: challenge.title,
    description: challenge.description,
    theme: challenge.theme,
    cpvCodes: challenge.cpvCodes,
    funders: challenge.funders.map(({ oin, shareBasisPoints }) => ({ oin, shareBasisPoints })),
    // Everything the buyer gave; the derived VAT-exclusive value is not input.
    phases: challenge.phases.map(({ maxPerContractExclVatCents: _derived, ...given }) => given),
    ...(challenge.innovationPartnership ? { innovationPartnership: challenge.innovationPartnership } : {}),
    // A default question deadline follows a moved phase-1 deadline; one the buyer chose stays.
    ...(challenge.standstillDays !== DEFAULT_STANDSTILL_DAYS
      ? { standstillDays: challenge.standstillDays }
      : {}),
    ...(challenge.standstillAfterComplaintDays !== undefined
      ? { standstillAfterComplaintDays: challenge.standstillAfterComplaintDays }
      : {}),
    ...(challenge.questionDeadline !== defaultQuestionDeadline(challenge.phases[0]!.submissionDeadline)
      ? { questionDeadline: challenge.questionDeadline }
      : {}),
  };
}

/**
 * What the co-funders consent to: who pays which share of which total, from which instrument's
 * envelopes, per phase, in the programme year it would be published in (this year).
 */
const fundingOf = (challenge: Challenge): DraftFunding => ({
  challengeId: challenge.id,
  title: challenge.title,
  leadBuyer: challenge.leadBuyer,
  funders: challenge.funders,
  totalBudgetCents: totalBudgetCents(challenge),
  instrument: challenge.instrument,
  programmeYear: programmeYearOf(clock.nowIso()),
  phases: challenge.phases.map((p) => ({ number: p.number, budgetCents: p.budgetCents })),
  fundingVersion: challenge.fundingVersion ?? 1,
});

/** A buyer drafts a challenge; its organisation (from the token) is the lead buyer. */
export async function draftChallenge(input: CreateChallengeInput, ctx: RequestContext): Promise<Challenge> {
  const now = clock.nowIso();
  const challenge: Challenge = {
    id: newId(),
    version: 1,
    status: 'draft',
    ...(await compose(input, ctx.caller.org)),
    fundingVersion: 1,
    createdAt: now,
    updatedAt: now,
  };
  const drafted = newEvent(
    ChallengeDraftedV1,
    {
      challengeId: challenge.id,
      leadBuyerOin: challenge.leadBuyer.oin,
      instrument: challenge.instrument,
      theme: challenge.theme,
    },
    eventContext(ctx),
  );
  await insertChallenge(challenge, [drafted], consentRequests(fundingOf(challenge), [], ctx));
  return challenge;
}

/** Loads a challenge the caller may act on as its lead buyer; others get a 404 (drafts are private). */
export async function ownChallenge(challengeId: string, caller: Caller): Promise<Challenge> {
  const challenge = await getChallenge(challengeId);
  if (!challenge || challenge.leadBuyer.oin !== caller.org) throw notFound('Challenge', challengeId);
  return challenge;
}

/** Edits a draft: the given fields replace the draft's, and the whole must again keep every rule. */
export async function editDraft(
  challengeId: string,
  patch: UpdateChallengeInput,
  ctx: RequestContext,
): Promise<Challenge> {
  const current = await ownChallenge(challengeId, ctx.caller);
  if (current.status !== 'draft') {
    throw conflict(
      'not-a-draft',
      `Challenge ${challengeId} is ${current.status}; only drafts can be edited.`,
      { currentStatus: current.status },
    );
  }
  const { innovationPartnership, ...fields } = patch;
  const merged: CreateChallengeInput = { ...asInput(current), ...fields };
  if (innovationPartnership === null) delete merged.innovationPartnership;
  else if (innovationPartnership) merged.innovationPartnership = innovationPartnership;
  const { innovationPartnership: _old, ...unchanged } = current;
  const composed: Challenge = {
    ...unchanged,
    ...(await compose(merged, current.leadBuyer.oin)),
    version: current.version + 1,
    updatedAt: clock.nowIso(),
  };
  // Other funding (funders, shares or the budget) than the co-funders consented to: ask them again.
  const fundingChanged = !sameFunding(fundingOf(current), fundingOf(composed));
  const next: Challenge = fundingChanged
    ? { ...composed, fundingVersion: current.fundingVersion + 1 }
    : composed;
  const askAgain = fundingChanged ? consentRequests(fundingOf(next), await consentsOf(challengeId), ctx) : [];
  const event = newEvent(
    ChallengeUpdatedV1,
    {
      challengeId,
      leadBuyerOin: current.leadBuyer.oin,
      changedFields: Object.keys(patch),
      version: next.version,
    },
    eventContext(ctx),
  );
  await updateChallenge(next, current.version, [event], askAgain);
  return next;
}

/**
 * Publishing reserves each funder's exact share of the budget in its envelope for this year,
 * opens phase 1 and puts the challenge in the public listing (via its event) — all in one
 * transaction: if any envelope lacks room, nothing is written.
 */
export async function publishChallenge(challengeId: string, ctx: RequestContext): Promise<Challenge> {
  const current = await ownChallenge(challengeId, ctx.caller);
  assertTransition(current, 'published');
  const now = clock.nowIso();
  const violations = publicationViolations(current, now);
  if (violations.length > 0) {
    throw unprocessable('not-publishable', 'The challenge cannot be published yet.', { errors: violations });
  }
  // Every co-funder approved this version of the funding (and still does when it is written).
  const funding = fundingOf(current);
  const missing = missingConsents(funding, await consentsOf(challengeId));
  if (missing.length > 0) {
    throw conflict(
      'consent-missing',
      `Not every funder has approved its share yet: ${missing.map((m) => `${m.funder} (${m.status})`).join(', ')}.`,
      { missing },
    );
  }
  const year = programmeYearOf(now);
  const total = totalBudgetCents(current);
  const { reservations, envelopes, split } = await planReservations(
    year,
    current.instrument,
    total,
    current.funders,
  );

  // Each phase's lot seed is drawn now, before anyone can see a tie; only its SHA-256 is published.
  const seeds = new Map(current.phases.map((p) => [p.number, newLotSeed()]));
  const published: PublishedChallenge = {
    ...current,
    phases: current.phases.map((p) => ({ ...p, lotCommitment: lotCommitment(seeds.get(p.number)!) })),
    version: current.version + 1,
    status: 'published',
    publishedAt: now,
    updatedAt: now,
    programmeYear: year,
    fundingSplit: current.funders.map((f) => ({ funderOin: f.oin, amountCents: split.get(f.oin)! })),
    reservations,
  };
  const event = newEvent(ChallengePublishedV1, summaryOf(published), eventContext(ctx));
  await updateChallenge(
    published,
    current.version,
    [event],
    [
      ...whileConsented(funding),
      ...[...seeds].map(
        ([phase, seed]): TxWrite => ({
          item: {
            Put: {
              Item: {
                ...evaluationKeys.lotSeed(challengeId, phase),
                entity: ENTITY.lotSeed,
                seed,
                commitment: lotCommitment(seed),
                committedAt: now,
              },
              ConditionExpression: 'attribute_not_exists(pk)',
            },
          },
        }),
      ),
      ...reserveForPublication({
        challengeId,
        year,
        instrument: current.instrument,
        at: now,
        phases: current.phases,
        split: published.fundingSplit,
        reservations,
        envelopes,
      }),
    ],
  );
  return published;
}

/** The documents bidders expect with a call: its description, the model contract, the IP terms. */
const EXPECTED_DOCUMENTS = ['challenge-description', 'model-contract', 'ip-terms'] as const;

/**
 * What publishing the buyer's draft now would meet, all at once and without writing anything:
 * the rules, each co-funder's consent, each envelope's room and per-call maximum, and the
 * documents a bidder would miss. The same checks `publishChallenge` refuses on.
 */
export async function publicationCheck(
  challengeId: string,
  ctx: RequestContext,
): Promise<z.infer<typeof publicationCheckView>> {
  const current = await ownChallenge(challengeId, ctx.caller);
  assertTransition(current, 'published');
  const now = clock.nowIso();
  const year = programmeYearOf(now);
  const violations = publicationViolations(current, now);
  const funding = fundingOf(current);
  const missing = missingConsents(funding, await consentsOf(challengeId));
  const { checks, split } = await assessReservations(
    year,
    current.instrument,
    totalBudgetCents(current),
    current.funders,
  );
  const present = new Set((current.documents ?? []).filter((d) => !d.replacedBy).map((d) => d.kind));
  return {
    programmeYear: year,
    instrument: current.instrument,
    ready: violations.length === 0 && missing.length === 0 && checks.every((c) => !c.problem),
    violations,
    consents: current.funders.map((f) => ({
      funderOin: f.oin,
      funder: f.name,
      shareBasisPoints: f.shareBasisPoints,
      amountCents: split.get(f.oin) ?? 0,
      status:
        f.oin === current.leadBuyer.oin
          ? 'lead'
          : (missing.find((m) => m.funderOin === f.oin)?.status ?? 'approved'),
    })),
    envelopes: checks.map(({ funderOins: _, ...c }) => c),
    missingDocuments: EXPECTED_DOCUMENTS.filter((kind) => !present.has(kind)),
  };
}

/** The public summary carried by lifecycle events (so projections never read the challenge back). */
function summaryOf(challenge: Challenge & Publication): z.infer<typeof challengeSummaryV1> {
  const now = clock.nowIso();
  return {
    challengeId: challenge.id,
    instrument: challenge.instrument,
    title: challenge.title,
    theme: challenge.theme,
    cpvCodes: challenge.cpvCodes,
    leadBuyer: challenge.leadBuyer,
    funders: challenge.funders.map(({ oin, name, side, shareBasisPoints, paysDirectly }) => ({
      oin,
      name,
      side,
      shareBasisPoints,
      ...(paysDirectly ? { paysDirectly } : {}),
    })),
    phases: challenge.phases.map(
      ({ number, budgetCents, maxPerContractCents, plannedContracts, submissionDeadline }) => ({
        number,
        budgetCents,
        maxPerContractCents,
        plannedContracts,
        submissionDeadline,
        status: phaseState(challenge, number, now),
      }),
    ),
    totalBudgetCents: totalBudgetCents(challenge),
    programmeYear: challenge.programmeYear,
    fundingSplit: challenge.fundingSplit,
    publishedAt: challenge.publishedAt,
  };
}

/** What a published challenge reserved and never awarded goes back (cancelled or completed). */
async function releaseWhatIsLeft(challenge: Challenge, at: string) {
  if (challenge.status !== 'published') return { writes: [], released: [] };
  return releaseUnawarded({
    challengeId: challenge.id,
    year: challenge.programmeYear,
    reservations: await funderReservations(challenge.id),
    at,
  });
}

/** Cancelling gives back to the envelopes whatever is reserved and not yet awarded. */
export async function cancelChallenge(
  challengeId: string,
  reason: string,
  ctx: RequestContext,
): Promise<Challenge> {
  const current = await ownChallenge(challengeId, ctx.caller);
  assertTransition(current, 'cancelled');
  // Decisions in their standstill are withdrawn first (see `cancelCall`): none may be left provisional.
  const decisions = await queryAll({
    partition: keys.challenge(challengeId).pk,
    prefix: moneyKeys.decisionPrefix,
    consistent: true,
  });
  if (decisions.some((d) => d.status === 'standstill'))
    throw conflict(
      'concurrent-change',
      'An award decision of this call is in its standstill; withdraw it first (cancelling does so).',
    );
  const now = clock.nowIso();
  const { writes, released } = await releaseWhatIsLeft(current, now);
  const cancelled: CancelledChallenge = {
    ...current,
    version: current.version + 1,
    status: 'cancelled',
    updatedAt: now,
    cancelledAt: now,
    cancellationReason: reason,
  };
  const event = newEvent(
    ChallengeCancelledV1,
    {
      challengeId,
      leadBuyerOin: current.leadBuyer.oin,
      previousStatus: current.status,
      reason,
      ...(current.status === 'published' ? { programmeYear: current.programmeYear } : {}),
      released,
      cancelledAt: now,
      ...(wasPublished(cancelled) ? { summary: summaryOf(cancelled) } : {}),
    },
    eventContext(ctx),
  );
  await updateChallenge(cancelled, current.version, [event], writes);
  return cancelled;
}

/**
 * Completing closes the books: every phase has closed and no contract is still running. What was
 * reserved and never awarded goes back to the envelopes.
 */
export async function completeChallenge(challengeId: string, ctx: RequestContext): Promise<Challenge> {
  const current = await ownChallenge(challengeId, ctx.caller);
  assertTransition(current, 'completed');
  const now = clock.nowIso();
  const stillOpen = current.phases
    .filter((p) => phaseState(current, p.number, now) !== 'closed')
    .map((p) => p.number);
  if (stillOpen.length > 0)
    throw conflict('phases-still-open', `Phase ${stillOpen.join(', ')} has not closed yet.`, {
      phases: stillOpen,
    });
  const running = await runningAwards(challengeId);
  if (running.length > 0) {
    throw conflict(
      'contracts-running',
      'Complete or terminate every contract first (a provisional award waits for its standstill to end, or for its decision to be withdrawn).',
      { awardIds: running },
    );
  }
  const { writes, released } = await releaseWhatIsLeft(current, now);
  const completed: CompletedChallenge = {
    ...current,
    version: current.version + 1,
    status: 'completed',
    updatedAt: now,
  };
  const event = newEvent(
    ChallengeCompletedV1,
    {
      challengeId,
      leadBuyerOin: current.leadBuyer.oin,
      programmeYear: current.programmeYear,
      released,
      completedAt: now,
      summary: summaryOf(completed),
    },
    eventContext(ctx),
  );
  await updateChallenge(completed, current.version, [event], writes);
  return completed;
}

/** Awards of the challenge whose contracts have not ended (two reads: the markers, then the awards). */
async function runningAwards(challengeId: string): Promise<string[]> {
  const markers = await queryAll({
    partition: keys.challenge(challengeId).pk,
    prefix: moneyKeys.awardedPrefix,
    consistent: true,
  });
  const awards = await getItems(
    markers.map((m) => moneyKeys.award(m.awardId as string)),
    { consistent: true },
  );
  // Provisional awards count too: their contracts are about to be concluded.
  const running = awards
    .filter((a) => a.status === 'awarded' || a.status === 'provisional')
    .map((a) => a.id as string);
  return running;
}

/** Anyone may read a published challenge; a draft only its own buyer. */
export async function readChallenge(challengeId: string, caller: Caller | undefined): Promise<Challenge> {
  const challenge = await getChallenge(challengeId);
  const visible =
    challenge &&
    (challenge.status !== 'draft' || (caller?.role === 'buyer' && caller.org === challenge.leadBuyer.oin));
  if (!visible) throw notFound('Challenge', challengeId);
  return challenge;
}

/** A buyer's own challenges (drafts included), newest first: one Query on its index partition. */
export async function listOwnChallenges(buyerOin: string): Promise<Challenge[]> {
  const items = await queryAll({
    partition: keys.buyerChallengesPartition(buyerOin),
    index: 'gsi1',
    descending: true,
  });
  return items.filter((item) => item.entity === ENTITY.challenge).map((item) => withoutKeys<Challenge>(item));
}

/** The public view: money in cents, deadlines in UTC and in Amsterdam time, names of themes and criteria. */
export function challengeView(challenge: Challenge) {
  return {
    ...challenge,
    themeName: { nl: THEMES[challenge.theme].nl, en: THEMES[challenge.theme].en },
    totalBudgetCents: totalBudgetCents(challenge),
    phases: challenge.phases.map((p) => ({
      ...p,
      status: phaseState(challenge, p.number, clock.nowIso()),
      submissionDeadlineAmsterdam: toAmsterdamIso(p.submissionDeadline),
      questionDeadline: questionDeadlineOf(challenge, p.number)!,
      criteria: p.criteria.map((c) => ({ ...c, name: { nl: CRITERIA[c.key].nl, en: CRITERIA[c.key].en } })),
      significantChangeDays: significantChangeDays(challenge, p.number),
    })),
  };
}

/** The co-funders' consents of a challenge, for its lead buyer and its funders (others: 404). */
export async function challengeConsents(challengeId: string, caller: Caller) {
  const challenge = await getChallenge(challengeId);
  const party =
    challenge && [challenge.leadBuyer.oin, ...challenge.funders.map((f) => f.oin)].includes(caller.org);
  if (!challenge || !party) throw notFound('Challenge', challengeId);
  return { items: await consentsOf(challengeId) };
}

/**
 * The requests addressed to a funder, as it should answer them: an approval given in an earlier
 * programme year than this one no longer covers a draft (publishing would draw on this year's
 * envelope), so for a call still in draft it shows as asked again.
 */
export async function consentRequestsFor(caller: Caller) {
  const year = programmeYearOf(clock.nowIso());
  return Promise.all(
    (await consentRequestsTo(caller.org)).map(async (consent) => {
      if (consent.status !== 'approved' || consent.programmeYear === year) return consent;
      return (await getChallenge(consent.challengeId))?.status === 'draft'
        ? asOfYear(consent, year)
        : consent;
    }),
  );
}

/** A co-funder answers the request about its own share, while the challenge is still that draft. */
export const answerConsentRequest = (
  challengeId: string,
  funderOin: string,
  answer: ConsentDecision,
  ctx: RequestContext,
) =>
  decideConsent(challengeId, funderOin, answer, ctx, (fundingVersion) =>
    whileDraftWithFunding(challengeId, fundingVersion),
  );

/** The lead buyer publishes a correction of its published call (see corrections.ts). */
export async function publishCorrection(challengeId: string, input: CorrectionInput, ctx: RequestContext) {
  return correctChallenge(await ownChallenge(challengeId, ctx.caller), input, ctx, summaryOf);
}
