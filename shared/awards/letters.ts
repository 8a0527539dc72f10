import type { Caller } from '#shared/auth/caller.ts';
import { getChallenge } from '#shared/challenges/repository.ts';
import { notificationKeys } from '#shared/db/keys.ts';
import { type Item, queryAll } from '#shared/db/store.ts';
import { decisionBasis, type FrozenRanking } from '#shared/evaluation/use-cases.ts';
import { CRITERIA } from '#shared/kernel/vocabulary.ts';
import { clock } from '#shared/platform/clock.ts';
import { notFound } from '#shared/platform/errors.ts';
import { companyProposalsPage, loadProposal } from '#shared/proposals/repository.ts';
import type { Proposal } from '#shared/proposals/schemas.ts';
import type { Award, AwardDecision, DecisionLetter } from './schemas.ts';
import { decisionSummary, decisionsOf, getDecision, objectionsOf, ownChallenge } from './standstill.ts';
import { loadAwards } from './use-cases.ts';

/*
 * The decision letters: every bidder of a phase receives the award decision, reasoned (Aw 2012
 * art. 2.130). A letter is not stored text: it is read from what cannot change any more — the
 * decision, its awards and the ranking frozen with it (scores and motivations) — plus the live
 * state of the decision (standstill, definitive, withdrawn) and the bidder's own objections.
 */

const round3 = (x: number) => Math.round(x * 1000) / 1000;

/** Whether a bidder reads a letter of this decision (not if an earlier decision awarded it already). */
const addressedTo = (decision: AwardDecision, proposalId: string) =>
  decision.lettersTo === undefined || decision.lettersTo.includes(proposalId);

type Delivery = { status: 'sent' | 'not-reached' | 'pending'; to: string[]; at?: string };

/**
 * Who received a letter of this decision: every bid of the ranking it rests on (and those
 * excluded), as addressed; with whether each company was told by e-mail (the deliveries recorded
 * under the decision's letter event).
 */
function letterRecipients(
  decision: AwardDecision,
  frozen: FrozenRanking,
  deliveries: ReadonlyMap<string, Delivery>,
) {
  const awarded = new Set(decision.proposalIds);
  return [
    ...frozen.ranking.map((r) => ({
      proposalId: r.proposalId,
      companyKvk: r.companyKvk,
      companyName: r.companyName,
      rank: r.rank,
    })),
    ...(frozen.excluded ?? []).map((e) => ({
      proposalId: e.proposalId,
      companyKvk: e.companyKvk,
      companyName: e.companyName,
      rank: 0,
    })),
  ]
    .filter((r) => addressedTo(decision, r.proposalId))
    .map(({ companyKvk, ...r }) => ({
      ...r,
      outcome: awarded.has(r.proposalId) ? ('awarded' as const) : ('not-awarded' as const),
      delivery: deliveries.get(companyKvk) ?? { status: 'pending' as const, to: [] },
    }));
}

/** Per company: the e-mails that told it of the decision (sent to whom, when), or that none could. */
async function deliveriesOf(decision: AwardDecision): Promise<Map<string, Delivery>> {
  const result = new Map<string, Delivery>();
  if (!decision.letterEventId) return result;
  const records = await queryAll({ partition: notificationKeys.deliveryPartition(decision.letterEventId) });
  for (const record of records) {
    const org = String(record.sk).split('#')[1]!;
    const seen = result.get(org) ?? { status: 'not-reached' as const, to: [] };
    if (record.status === 'sent')
      result.set(org, {
        status: 'sent',
        to: [...(seen.status === 'sent' ? seen.to : []), String(record.to)],
        at: String(record.sentAt ?? record.recordedAt),
      });
    else if (seen.status !== 'sent')
      result.set(org, { status: 'not-reached', to: [], at: String(record.recordedAt) });
  }
  return result;
}

/** Why a bidder was not awarded, most specific first. */
function whyNot(
  decision: AwardDecision,
  frozen: FrozenRanking,
  own: FrozenRanking['ranking'][number] | undefined,
  exclusion: { ground: string } | undefined,
): NonNullable<DecisionLetter['notAwardedBecause']> {
  if (!own) return exclusion?.ground === 'not-selected' ? 'not-selected' : 'excluded';
  if (decision.noAward) return 'no-award';
  if (decision.passedOver?.some((p) => p.proposalId === own.proposalId)) return 'passed-over';
  if (!own.meetsThreshold) return 'below-threshold';
  return own.cumulativeRequestedCents > frozen.budgetCents ? 'outside-budget' : 'ranked-lower';
}

/** One bidder's letter: for that bidder (its company) or the challenge's lead buyer; others get a 404. */
export async function decisionLetter(
  proposalId: string,
  decisionId: string,
  caller: Caller,
): Promise<DecisionLetter> {
  const proposal = await loadProposal(proposalId);
  const challenge = proposal ? await getChallenge(proposal.challengeId) : undefined;
  const allowed =
    proposal &&
    challenge &&
    ((caller.role === 'sme' && caller.org === proposal.companyKvk) ||
      (caller.role === 'buyer' && caller.org === challenge.leadBuyer.oin));
  if (!allowed) throw notFound('Proposal', proposalId);
  const decision = await getDecision(proposal.challengeId, decisionId);
  if (!decision || decision.phase !== proposal.phase) throw notFound('Decision letter', decisionId);
  const [{ frozen, assessments }, awards, objections] = await Promise.all([
    decisionBasis(proposal.challengeId, proposal.phase, decision.rankingVersion),
    loadAwards(decision.awardIds),
    objectionsOf(proposal.challengeId),
  ]);
  const own = frozen.ranking.find((r) => r.proposalId === proposalId);
  const exclusion = frozen.excluded?.find((e) => e.proposalId === proposalId);
  // Withdrawn before the deadline, or awarded by an earlier decision of the phase: no letter.
  if ((!own && !exclusion) || !addressedTo(decision, proposalId))
    throw notFound('Decision letter', decisionId);
  const rankOf = new Map(frozen.ranking.map((r) => [r.proposalId, r]));
  const ownAward = awards.find((a) => a.proposalId === proposalId);
  const awarded = awards
    .map((a) => ({ award: a, ranked: rankOf.get(a.proposalId)! }))
    .sort((a, b) => a.ranked.rank - b.ranked.rank);
  const yours = own?.criterionScores ?? {};
  const passedOver = decision.passedOver?.find((p) => p.proposalId === proposalId);
  return {
    ...decisionSummary(decision),
    challengeTitle: challenge.title,
    instrument: challenge.instrument,
    buyer: challenge.leadBuyer,
    recipient: { proposalId, companyKvk: proposal.companyKvk, companyName: proposal.companyName },
    outcome: ownAward ? 'awarded' : 'not-awarded',
    ...(ownAward
      ? {
          award: {
            awardId: ownAward.id,
            amountCents: ownAward.amountCents,
            startDate: ownAward.startDate,
            endDate: ownAward.endDate,
            status: ownAward.status,
          },
        }
      : { notAwardedBecause: whyNot(decision, frozen, own, exclusion) }),
    ...(exclusion
      ? {
          exclusion: {
            ground: exclusion.ground,
            motivation: exclusion.motivation,
            ...(exclusion.explanationRequestedOn
              ? { explanationRequestedOn: exclusion.explanationRequestedOn }
              : {}),
          },
        }
      : {}),
    ...(passedOver ? { passedOverReason: passedOver.reason } : {}),
    ...(decision.noAward ? { noAward: decision.noAward } : {}),
    rankingVersion: decision.rankingVersion ?? frozen.version ?? 1,
    ...(frozen.lot ? { lot: frozen.lot } : {}),
    criteria: frozen.criteria.map((c) => ({
      key: c.key,
      name: { nl: CRITERIA[c.key].nl, en: CRITERIA[c.key].en },
      weightBasisPoints: c.weightBasisPoints,
    })),
    minimumScore: frozen.minimumScore,
    budgetCents: frozen.budgetCents,
    proposalsRanked: frozen.ranking.length,
    ...(own
      ? {
          own: {
            rank: own.rank,
            totalScore: own.totalScore,
            criterionScores: own.criterionScores,
            meetsThreshold: own.meetsThreshold,
            settledByLot: own.tie === 'settled-by-lot',
            assessments: assessments(proposalId),
          },
        }
      : {}),
    awarded: awarded.map(({ award, ranked }) => ({
      rank: ranked.rank,
      companyName: award.companyName,
      totalScore: ranked.totalScore,
      criterionScores: ranked.criterionScores,
      amountCents: award.amountCents,
      advantages: frozen.criteria.map((c) => {
        const theirs = ranked.criterionScores[c.key] ?? 0;
        const mine = yours[c.key] ?? 0;
        return { criterion: c.key, theirs, yours: mine, difference: round3(theirs - mine) };
      }),
    })),
    tieBreak: frozen.tieBreak,
    mayObject:
      caller.role === 'sme' && decision.status === 'standstill' && clock.nowIso() < decision.standstillEndsAt,
    objections: objections.filter((o) => o.decisionId === decisionId && o.proposalId === proposalId),
  };
}

/** A company's letters: the decisions of every phase it bid in (newest first). */
export async function myDecisionLetters(kvk: string) {
  const proposals: Proposal[] = [];
  let after: Item | undefined;
  do {
    const page = await companyProposalsPage(kvk, 100, after);
    proposals.push(...page.items.filter((p) => p.status === 'submitted'));
    after = page.next;
  } while (after);
  const challengeIds = [...new Set(proposals.map((p) => p.challengeId))];
  const perChallenge = await Promise.all(
    challengeIds.map(async (id) => ({
      id,
      challenge: await getChallenge(id),
      decisions: await decisionsOf(id),
    })),
  );
  // The company's own awards in these decisions, to say where each stands now.
  const own = new Set(proposals.map((p) => p.id));
  const awardIds = perChallenge.flatMap(({ decisions }) =>
    decisions.filter((d) => d.proposalIds.some((id) => own.has(id))).flatMap((d) => d.awardIds),
  );
  const awards = new Map(
    (await loadAwards(awardIds)).filter((a) => own.has(a.proposalId)).map((a) => [a.proposalId, a]),
  );
  const items = perChallenge.flatMap(({ id, challenge, decisions }) =>
    proposals
      .filter((p) => p.challengeId === id)
      .flatMap((p) =>
        decisions
          .filter((d) => d.phase === p.phase && addressedTo(d, p.id))
          .map((d) => ({
            decisionId: d.decisionId,
            challengeId: id,
            challengeTitle: challenge!.title,
            phase: d.phase,
            proposalId: p.id,
            outcome: d.proposalIds.includes(p.id) ? ('awarded' as const) : ('not-awarded' as const),
            decidedAt: d.decidedAt,
            status: d.status,
            standstillEndsAt: d.standstillEndsAt,
            ...(d.proposalIds.includes(p.id) && awards.get(p.id)
              ? { awardId: awards.get(p.id)!.id, awardStatus: awards.get(p.id)!.status }
              : {}),
          })),
      ),
  );
  return { items: items.sort((a, b) => b.decidedAt.localeCompare(a.decidedAt)) };
}

/** For the lead buyer: every decision of the challenge with its awards, letters and objections. */
export async function challengeDecisions(challengeId: string, caller: Caller) {
  await ownChallenge(challengeId, caller);
  const [decisions, objections] = await Promise.all([decisionsOf(challengeId), objectionsOf(challengeId)]);
  const awards = new Map<string, Award>(
    (await loadAwards(decisions.flatMap((d) => d.awardIds))).map((a) => [a.id, a]),
  );
  // The decisions of a phase rest on its frozen ranking (or an earlier version): read each once.
  const basisKey = (d: AwardDecision) => `${d.phase}#${d.rankingVersion ?? ''}`;
  const bases = [...new Map(decisions.map((d) => [basisKey(d), d])).values()];
  const rankings = new Map(
    await Promise.all(
      bases.map(
        async (d) =>
          [basisKey(d), (await decisionBasis(challengeId, d.phase, d.rankingVersion)).frozen] as const,
      ),
    ),
  );
  const deliveries = await Promise.all(decisions.map((d) => deliveriesOf(d)));
  const items = decisions.map((decision, i) => ({
    ...decisionSummary(decision),
    awards: decision.awardIds.map((id) => awards.get(id)!).filter(Boolean),
    letters: letterRecipients(decision, rankings.get(basisKey(decision))!, deliveries[i]!),
    objections: objections.filter((o) => o.decisionId === decision.decisionId),
  }));
  return { items };
}
