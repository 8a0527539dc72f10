import { newEvent } from '#events/envelope.ts';
import { CompanyProfileSavedV1 } from '#events/organisations/company-profile-saved.v1.ts';
import { ProposalSubmittedV1 } from '#events/proposals/proposal-submitted.v1.ts';
import { ProposalWithdrawnV1 } from '#events/proposals/proposal-withdrawn.v1.ts';
import type { Caller } from '#shared/auth/caller.ts';
import { type Challenge, phaseState } from '#shared/challenges/model.ts';
import { getChallenge, whileTakingBids } from '#shared/challenges/repository.ts';
import { decodeCursor, encodeCursor } from '#shared/db/cursor.ts';
import { ENTITY, evaluationKeys, orgKeys, proposalKeys } from '#shared/db/keys.ts';
import { type TxWrite, transact } from '#shared/db/store.ts';
import { assertMayAssess } from '#shared/evaluation/use-cases.ts';
import { excludingVat } from '#shared/funding/split.ts';
import { companyIdCountry, companyIdScheme, normaliseCompanyId } from '#shared/kernel/company-id.ts';
import { outboxWrite } from '#shared/messaging/outbox.ts';
import {
  companyAddressWrite,
  identityAddressWrites,
  reachable,
  registerAddress,
} from '#shared/notifications/subscribers.ts';
import { getCompanyProfile, sizeClass } from '#shared/organisations/company.ts';
import type { CompanyProfile, CompanyProfileInput } from '#shared/organisations/schemas.ts';
import { toAmsterdamIso } from '#shared/platform/amsterdam.ts';
import { clock } from '#shared/platform/clock.ts';
import { conflict, forbidden, notFound, unprocessable, validationFailed } from '#shared/platform/errors.ts';
import { newId } from '#shared/platform/ids.ts';
import { logger } from '#shared/platform/logger.ts';
import { eventContext, type RequestContext } from '#shared/platform/request-context.ts';
import { companyProposalsPage, isEligible, loadProposal, proposalItem } from './repository.ts';
import type { Proposal, ProposalInput } from './schemas.ts';

export { loadProposal } from './repository.ts';

/** Every identifier a firm bids under: its company id, and its VAT number when that is another one. */
export const firmIdentities = (profile: Pick<CompanyProfile, 'kvk' | 'btwId'>): string[] => [
  ...new Set([profile.kvk, ...(profile.btwId ? [normaliseCompanyId(profile.btwId)] : [])]),
];

/** A company's profile and SME declaration; the size class is computed, never declared. */
export async function saveCompanyProfile(
  input: CompanyProfileInput,
  ctx: RequestContext,
): Promise<CompanyProfile> {
  const size = sizeClass(input);
  // The id states where the company is registered (a KvK number: the Netherlands).
  const country = companyIdCountry(ctx.caller.org);
  if (input.country !== undefined && input.country !== country) {
    throw validationFailed([
      { field: 'body.country', message: `your company id ${ctx.caller.org} is registered in ${country}` },
    ]);
  }
  // The VAT number is an attribute of this company: of its country, and for a company signed in
  // with its VAT number, that number. (One firm, one identity: see `firmIdentities`.)
  const vat = input.btwId === undefined ? undefined : normaliseCompanyId(input.btwId);
  if (vat !== undefined) {
    const own = companyIdScheme(ctx.caller.org) === 'vat' ? ctx.caller.org : undefined;
    if (companyIdCountry(vat) !== country || (own !== undefined && vat !== own))
      throw validationFailed([
        {
          field: 'body.btwId',
          message: own
            ? `your VAT number is your company id ${own}`
            : `a company registered in ${country} has a VAT number of ${country}`,
        },
      ]);
  }
  const profile: CompanyProfile = {
    kvk: ctx.caller.org,
    identifierScheme: companyIdScheme(ctx.caller.org),
    ...input,
    ...(vat !== undefined ? { btwId: vat } : {}),
    country,
    sizeClass: size,
    isSme: size !== 'large',
    updatedAt: clock.nowIso(),
  };
  const event = newEvent(
    CompanyProfileSavedV1,
    { kvk: profile.kvk, sizeClass: size, isSme: profile.isSme },
    eventContext(ctx),
  );
  await transact([
    {
      item: {
        Put: {
          Item: { ...orgKeys.organisation(profile.kvk), entity: ENTITY.companyProfile, ...profile },
        },
      },
    },
    ...(profile.noticeEmail
      ? [companyAddressWrite(profile.kvk, profile.noticeEmail, profile.updatedAt)]
      : []),
    outboxWrite(event),
  ]);
  return profile;
}

/** The phase of a published challenge that accepts proposals now, or a clear refusal. */
export function openPhase(
  challenge: Challenge | undefined,
  challengeId: string,
  phaseNumber: number,
  now: string,
) {
  if (!challenge || challenge.status === 'draft') throw notFound('Challenge', challengeId);
  const phase = challenge.phases.find((p) => p.number === phaseNumber);
  if (!phase) throw notFound('Phase', `${challengeId}/${phaseNumber}`);
  const state = phaseState(challenge, phaseNumber, now);
  if (state === 'closed') {
    throw conflict(
      'deadline-passed',
      `Phase ${phaseNumber} closed at ${toAmsterdamIso(phase.submissionDeadline)}; proposals can no longer be submitted or changed.`,
      {
        deadline: phase.submissionDeadline,
      },
    );
  }
  if (state === 'planned')
    throw conflict('phase-not-open', `Phase ${phaseNumber} is not open for proposals yet.`);
  return phase;
}

async function assertEligible(challengeId: string, phaseNumber: number, kvk: string) {
  if (phaseNumber < 2) return;
  if (!(await isEligible(challengeId, phaseNumber, kvk))) {
    throw forbidden(
      'phase-2-requires-phase-1',
      `Only companies that completed a phase-${phaseNumber - 1} contract in this challenge may bid for phase ${phaseNumber}.`,
    );
  }
}

export async function submitProposal(
  challengeId: string,
  phaseNumber: number,
  input: ProposalInput,
  ctx: RequestContext,
): Promise<Proposal> {
  const now = clock.nowIso();
  const [challenge, profile] = await Promise.all([
    getChallenge(challengeId),
    getCompanyProfile(ctx.caller.org),
  ]);
  const phase = openPhase(challenge, challengeId, phaseNumber, now);
  if (!profile)
    throw unprocessable(
      'company-profile-missing',
      'Save your company profile and SME declaration first (PUT /organisations/me).',
    );
  if (input.requestedAmountCents > phase.maxPerContractCents) {
    throw unprocessable(
      'over-phase-maximum',
      `Phase ${phaseNumber} contracts are at most € ${phase.maxPerContractCents / 100} incl. VAT.`,
      {
        maxPerContractCents: phase.maxPerContractCents,
      },
    );
  }
  await assertEligible(challengeId, phaseNumber, ctx.caller.org);
  // The award decision and every notice of the procedure reach the company by e-mail.
  if (!(await reachable(ctx.caller)))
    throw unprocessable(
      'notification-address-missing',
      'Give the e-mail address your award decision is sent to first (your e-mail page), then submit.',
    );
  const proposal: Proposal = {
    id: newId(),
    challengeId,
    phase: phaseNumber,
    companyKvk: profile.kvk,
    firmIds: firmIdentities(profile),
    companyName: profile.name,
    sizeClass: profile.sizeClass,
    isSme: profile.isSme,
    ...input,
    requestedAmountExclVatCents: excludingVat(input.requestedAmountCents),
    status: 'submitted',
    deadline: phase.submissionDeadline,
    submittedAt: now,
    updatedAt: now,
    version: 1,
  };
  const event = newEvent(
    ProposalSubmittedV1,
    {
      proposalId: proposal.id,
      challengeId,
      phase: phaseNumber as 1 | 2 | 3,
      companyKvk: proposal.companyKvk,
      sizeClass: proposal.sizeClass,
      requestedAmountCents: proposal.requestedAmountCents,
      submittedAt: now,
    },
    eventContext(ctx),
  );
  await transact([
    // One live proposal per firm and phase, under every identifier the firm has (its id and its
    // VAT number): an EUID and a VAT number of one firm are one bidder.
    ...proposal.firmIds!.map(
      (firmId): TxWrite => ({
        item: {
          Put: {
            Item: {
              ...proposalKeys.slot(challengeId, phaseNumber, firmId),
              entity: ENTITY.proposalSlot,
              proposalId: proposal.id,
            },
            ConditionExpression: 'attribute_not_exists(pk)',
          },
        },
        onConditionFailed: () =>
          conflict(
            'proposal-exists',
            `Your firm already has a live proposal for phase ${phaseNumber} (under ${firmId}); change it or withdraw it first.`,
          ),
      }),
    ),
    whileTakingBids(challenge!, phaseNumber),
    {
      item: {
        Put: {
          Item: proposalItem(proposal),
          ConditionExpression: 'attribute_not_exists(pk)',
        },
      },
    },
    entrantWrite(proposal),
    outboxWrite(event),
    // The address the receipt and the award decision go to, with the bid (a refusal writes nothing).
    ...identityAddressWrites(ctx.caller),
  ]);
  // A changed address of the identity is followed; should this fail, the next sign-in does it.
  await registerAddress(ctx.caller).catch((error: unknown) =>
    logger.warn('the bidder’s address was not recorded', { error: String(error) }),
  );
  return proposal;
}

/**
 * Sealed like a procurement vault: the company always sees its own proposal; the buyer's side
 * only once the phase's deadline has passed; anyone else is told it does not exist.
 */
export async function readProposal(proposalId: string, caller: Caller): Promise<Proposal> {
  const proposal = await loadProposal(proposalId);
  if (!proposal) throw notFound('Proposal', proposalId);
  if (caller.role === 'assessor') {
    await assertMayAssess(proposal, caller);
    return proposal;
  }
  const own = caller.role === 'sme' && caller.org === proposal.companyKvk;
  if (!own && caller.role !== 'buyer') throw notFound('Proposal', proposalId);
  // The phase's deadline as it is now, not as it was when the proposal came in: a correction may
  // have extended it, and the proposal stays sealed (and open to change) until the new one.
  const challenge = await getChallenge(proposal.challengeId);
  const deadline =
    challenge?.phases.find((p) => p.number === proposal.phase)?.submissionDeadline ?? proposal.deadline;
  if (own) return { ...proposal, deadline };
  if (challenge?.leadBuyer.oin !== caller.org) throw notFound('Proposal', proposalId);
  if (clock.nowIso() < deadline)
    throw forbidden('sealed', `Proposals stay sealed until the deadline, ${toAmsterdamIso(deadline)}.`, {
      deadline,
    });
  return { ...proposal, deadline };
}

export async function ownLiveProposal(proposalId: string, caller: Caller): Promise<Proposal> {
  const proposal = await loadProposal(proposalId);
  if (!proposal || proposal.companyKvk !== caller.org) throw notFound('Proposal', proposalId);
  if (proposal.status !== 'submitted') throw conflict('proposal-withdrawn', 'This proposal was withdrawn.');
  // The phase's deadline as it is now: a correction may have extended it since the proposal came in.
  const challenge = await getChallenge(proposal.challengeId);
  const deadline =
    challenge?.phases.find((p) => p.number === proposal.phase)?.submissionDeadline ?? proposal.deadline;
  if (clock.nowIso() >= deadline) {
    throw conflict(
      'deadline-passed',
      `The deadline passed at ${toAmsterdamIso(deadline)}; the proposal can no longer change.`,
      { deadline },
    );
  }
  return { ...proposal, deadline };
}

/** The proposal as the ranking reads it, in the phase's evaluation (see `evaluationKeys.entrant`). */
const entrantWrite = (p: Proposal): TxWrite => ({
  item: {
    Put: {
      Item: {
        ...evaluationKeys.entrant(p.challengeId, p.phase, p.id),
        entity: ENTITY.rankingEntrant,
        id: p.id,
        companyKvk: p.companyKvk,
        companyName: p.companyName,
        requestedAmountCents: p.requestedAmountCents,
        submittedAt: p.submittedAt,
      },
    },
  },
});

/** Saves a new version of a proposal if nobody saved another since it was read. */
export const unchangedSince = (p: Proposal): TxWrite => ({
  item: {
    Put: {
      Item: proposalItem(p),
      ConditionExpression: '#version = :version',
      ExpressionAttributeNames: { '#version': 'version' },
      ExpressionAttributeValues: { ':version': p.version - 1 },
    },
  },
  onConditionFailed: () => conflict('concurrent-change', 'The proposal changed meanwhile; read it again.'),
});

export async function reviseProposal(
  proposalId: string,
  patch: Partial<ProposalInput>,
  ctx: RequestContext,
): Promise<Proposal> {
  const current = await ownLiveProposal(proposalId, ctx.caller);
  const challenge = await getChallenge(current.challengeId);
  const phase = openPhase(challenge, current.challengeId, current.phase, clock.nowIso());
  const amount = patch.requestedAmountCents ?? current.requestedAmountCents;
  if (amount > phase.maxPerContractCents) {
    throw unprocessable(
      'over-phase-maximum',
      `Phase ${current.phase} contracts are at most € ${phase.maxPerContractCents / 100} incl. VAT.`,
    );
  }
  const next: Proposal = {
    ...current,
    ...patch,
    requestedAmountExclVatCents: excludingVat(amount),
    updatedAt: clock.nowIso(),
    version: current.version + 1,
  };
  await transact([unchangedSince(next), whileTakingBids(challenge!, current.phase), entrantWrite(next)]);
  return next;
}

export async function withdrawProposal(proposalId: string, ctx: RequestContext): Promise<Proposal> {
  const current = await ownLiveProposal(proposalId, ctx.caller);
  const challenge = await getChallenge(current.challengeId);
  const now = clock.nowIso();
  const next: Proposal = {
    ...current,
    status: 'withdrawn',
    withdrawnAt: now,
    updatedAt: now,
    version: current.version + 1,
  };
  const event = newEvent(
    ProposalWithdrawnV1,
    {
      proposalId,
      challengeId: current.challengeId,
      phase: current.phase as 1 | 2 | 3,
      companyKvk: current.companyKvk,
      withdrawnAt: now,
    },
    eventContext(ctx),
  );
  await transact([
    unchangedSince(next),
    whileTakingBids(challenge!, current.phase),
    // Free the slots so the firm may submit again before the deadline.
    ...(current.firmIds ?? [current.companyKvk]).map(
      (firmId): TxWrite => ({
        item: { Delete: { Key: proposalKeys.slot(current.challengeId, current.phase, firmId) } },
      }),
    ),
    { item: { Delete: { Key: evaluationKeys.entrant(current.challengeId, current.phase, proposalId) } } },
    outboxWrite(event),
  ]);
  return next;
}

export async function listMyProposals(
  kvk: string,
  limit = 20,
  cursor?: string,
): Promise<{ items: Proposal[]; nextCursor?: string }> {
  const partition = proposalKeys.companyPartition(kvk);
  const start = cursor ? decodeCursor(cursor, (key) => key.gsi1pk === partition) : undefined;
  const { items, next } = await companyProposalsPage(kvk, limit, start);
  return { items, ...(next ? { nextCursor: encodeCursor(next) } : {}) };
}
