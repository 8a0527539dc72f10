import { ChallengeDraftedV1 } from '#events/challenges/challenge-drafted.v1.ts';
import { ChallengePublishedV1 } from '#events/challenges/challenge-published.v1.ts';
import { type EventContext, newEvent } from '#events/envelope.ts';
import type { Caller } from '#shared/auth/caller.ts';
import { checkCoFunding, sideOf } from '#shared/funding/co-funding.ts';
import { excludingVat } from '#shared/funding/split.ts';
import { requireGovernmentOrganisations } from '#shared/organisations/registry.ts';
import { toAmsterdamIso } from '#shared/platform/amsterdam.ts';
import { clock } from '#shared/platform/clock.ts';
import { config } from '#shared/platform/config.ts';
import { notFound, unprocessable } from '#shared/platform/errors.ts';
import { newId } from '#shared/platform/ids.ts';
import { assertTransition, type Challenge, totalBudgetCents } from './model.ts';
import { getChallenge, insertChallenge, updateChallenge } from './repository.ts';
import { assertChallengeRules, maxPerContract } from './rules.ts';
import type { CreateChallengeInput } from './schemas.ts';
import { THEMES } from './vocabulary.ts';

/** What a request knows about itself, for events and audit. */
export interface RequestContext {
  caller: Caller;
  correlationId: string;
}

const eventContext = ({ caller, correlationId }: RequestContext): EventContext => ({
  correlationId,
  actor: { role: caller.role, org: caller.org, sub: caller.sub },
});

/** A buyer drafts a challenge; its organisation (from the token) is the lead buyer. */
export async function draftChallenge(input: CreateChallengeInput, ctx: RequestContext): Promise<Challenge> {
  assertChallengeRules(input);
  const ezkOin = config.ezkOin();
  checkCoFunding(input.funders, ezkOin);
  const orgs = await requireGovernmentOrganisations([ctx.caller.org, ...input.funders.map((f) => f.oin)]);
  const now = clock.nowIso();
  const challenge: Challenge = {
    id: newId(),
    version: 1,
    status: 'draft',
    instrument: input.instrument,
    title: input.title,
    description: input.description,
    theme: input.theme,
    cpvCodes: input.cpvCodes,
    leadBuyer: { oin: ctx.caller.org, name: orgs.get(ctx.caller.org)!.name },
    funders: input.funders.map((f) => ({
      oin: f.oin,
      name: orgs.get(f.oin)!.name,
      side: sideOf(f.oin, ezkOin),
      shareBasisPoints: f.shareBasisPoints,
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
        status: 'planned',
      };
    }),
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
  await insertChallenge(challenge, [drafted]);
  return challenge;
}

/** Loads a challenge the caller may act on as its lead buyer; others get a 404 (drafts are private). */
async function ownChallenge(challengeId: string, caller: Caller): Promise<Challenge> {
  const challenge = await getChallenge(challengeId);
  if (!challenge || challenge.leadBuyer.oin !== caller.org) throw notFound('Challenge', challengeId);
  return challenge;
}

/** Publishing opens phase 1 for proposals and puts the challenge in the public listing (via its event). */
export async function publishChallenge(challengeId: string, ctx: RequestContext): Promise<Challenge> {
  const current = await ownChallenge(challengeId, ctx.caller);
  assertTransition(current, 'published');
  const now = clock.nowIso();
  const first = current.phases[0]!;
  if (first.submissionDeadline <= now) {
    throw unprocessable(
      'deadline-passed',
      `Phase 1 closes at ${toAmsterdamIso(first.submissionDeadline)}, which has passed; move the deadline first.`,
    );
  }
  const published: Challenge = {
    ...current,
    version: current.version + 1,
    status: 'published',
    publishedAt: now,
    updatedAt: now,
    phases: current.phases.map((p) => (p.number === 1 ? { ...p, status: 'open' } : p)),
  };
  const event = newEvent(
    ChallengePublishedV1,
    {
      challengeId: published.id,
      instrument: published.instrument,
      title: published.title,
      theme: published.theme,
      cpvCodes: published.cpvCodes,
      leadBuyer: published.leadBuyer,
      funders: published.funders,
      phases: published.phases.map(
        ({ number, budgetCents, maxPerContractCents, plannedContracts, submissionDeadline, status }) => ({
          number,
          budgetCents,
          maxPerContractCents,
          plannedContracts,
          submissionDeadline,
          status,
        }),
      ),
      totalBudgetCents: totalBudgetCents(published),
      publishedAt: now,
    },
    eventContext(ctx),
  );
  await updateChallenge(published, current.version, [event]);
  return published;
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

/** The public view: money in cents, deadlines in UTC and in Amsterdam time. */
export function challengeView(challenge: Challenge) {
  return {
    ...challenge,
    themeName: { nl: THEMES[challenge.theme].nl, en: THEMES[challenge.theme].en },
    totalBudgetCents: totalBudgetCents(challenge),
    phases: challenge.phases.map((p) => ({
      ...p,
      submissionDeadlineAmsterdam: toAmsterdamIso(p.submissionDeadline),
    })),
  };
}
