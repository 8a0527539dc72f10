import { newEvent } from '#events/envelope.ts';
import { CommitteeNamedV1 } from '#events/evaluation/committee-named.v1.ts';
import { ConflictDeclaredV1 } from '#events/evaluation/conflict-declared.v1.ts';
import { EvaluationReopenedV1 } from '#events/evaluation/evaluation-reopened.v1.ts';
import { PhaseRankingFrozenV1 } from '#events/evaluation/phase-ranking-frozen.v1.ts';
import { ProposalScoredV1 } from '#events/evaluation/proposal-scored.v1.ts';
import type { Caller } from '#shared/auth/caller.ts';
import { committeeCriteria } from '#shared/challenges/criteria.ts';
import type { Challenge, Phase } from '#shared/challenges/model.ts';
import { getChallenge } from '#shared/challenges/repository.ts';
import { ENTITY, evaluationKeys, keys, moneyKeys, withoutKeys } from '#shared/db/keys.ts';
import { getItem, queryAll, type TxWrite, transact } from '#shared/db/store.ts';
import { phaseBudget } from '#shared/funding/repository.ts';
import type { CriterionKey } from '#shared/kernel/vocabulary.ts';
import { outboxWrite } from '#shared/messaging/outbox.ts';
import { toAmsterdamIso } from '#shared/platform/amsterdam.ts';
import { clock } from '#shared/platform/clock.ts';
import { conflict, DomainError, forbidden, notFound, unprocessable } from '#shared/platform/errors.ts';
import { eventContext, type RequestContext } from '#shared/platform/request-context.ts';
import { phaseProposals } from '#shared/proposals/repository.ts';
import type { Proposal } from '#shared/proposals/schemas.ts';
import { lotCommitment, lotDraw, newLotSeed, type Ranked, rank, TIE_BREAK } from './ranking.ts';
import type { ExclusionGround, Selection } from './schemas.ts';

export interface Assessor {
  oin: string;
  assessorId: string;
  name?: string;
}
interface Committee {
  challengeId: string;
  phase: number;
  assessors: Assessor[];
  namedAt: string;
  /** Counts every change to the phase's evaluation, so a decision knows its ranking is still current. */
  revision?: number;
  /**
   * Set when an upheld complaint reopened the evaluation: the ranking version the next decision
   * freezes, and why. Only then may the committee change after scoring started.
   */
  reopened?: { version: number; reason: string; at: string };
  /** Every change of the committee after the first naming, with its reason (the history is kept). */
  changes?: { at: string; reason: string; assessors: Assessor[] }[];
}
type ScoreRecord = {
  scores: { criterion: CriterionKey; score: number; motivation?: string }[];
  motivation: string;
  scoredAt: string;
  assessor: Assessor;
};

/** Assessors are identified by their body's OIN and their own id (the token's subject). */
const assessorKey = (a: { oin: string; assessorId: string }) => `${a.oin}:${a.assessorId}`;
const callerKey = (caller: Caller) => assessorKey({ oin: caller.org, assessorId: caller.sub });

/** A bid the buyer marked invalid or excluded: it leaves the ranking with this reason. */
export interface Exclusion {
  proposalId: string;
  companyKvk: string;
  companyName: string;
  /** `not-selected`: an innovation partnership did not invite the candidate to negotiate. */
  ground: ExclusionGround | 'not-selected';
  motivation: string;
  /** Abnormally low: the day the explanation was asked (Aw 2012 art. 2.116). */
  explanationRequestedOn?: string;
  excludedAt: string;
}

/**
 * The ranking as it stood when the phase's first award decision was taken. It never changes after,
 * except through an upheld complaint: reopening keeps it as a numbered version and the next
 * decision freezes the next version.
 */
export interface FrozenRanking {
  challengeId: string;
  phase: number;
  decisionId: string;
  frozenAt: string;
  /** 1 for the first decision's ranking; absent on rankings frozen before versions were kept. */
  version?: number;
  /** The bids that left the ranking, with their grounds. */
  excluded?: Exclusion[];
  /** The lot's seed, revealed with the decision, and the commitment published before (SHA-256 of it). */
  lot?: { seed: string; commitment: string };
  criteria: Phase['criteria'];
  minimumScore: number;
  /** The budget line: proposals fit while their cumulative requested amount stays within it. */
  budgetCents: number;
  plannedContracts: number;
  tieBreak: { nl: string; en: string };
  ranking: (Ranked & { companyName: string })[];
  /** Live proposals at the decision, and how many of them were SMEs (for the statistics). */
  proposalCount: number;
  smeProposals: number;
}

/** Everything of a phase's evaluation in one Query: committee, declarations, scores, the frozen ranking. */
/** What the ranking reads of a submitted proposal (kept with the evaluation). */
type Entrant = Pick<Proposal, 'id' | 'companyKvk' | 'companyName' | 'requestedAmountCents' | 'submittedAt'>;

export async function loadEvaluation(challengeId: string, phase: number) {
  const { pk, skPrefix } = evaluationKeys.prefix(challengeId, phase);
  const items = await queryAll({ partition: pk, prefix: skPrefix, consistent: true });
  const committee = items.find((i) => i.entity === ENTITY.committee) as Committee | undefined;
  const frozenItem = items.find((i) => i.entity === ENTITY.frozenRanking);
  const frozen = frozenItem ? withoutKeys<FrozenRanking>(frozenItem) : undefined;
  const selectionItem = items.find((i) => i.entity === ENTITY.candidateSelection);
  const selection = selectionItem ? withoutKeys<Selection>(selectionItem) : undefined;
  const seedItem = items.find((i) => i.entity === ENTITY.lotSeed);
  const lotSeed = seedItem ? (seedItem.seed as string) : undefined;
  const versions = items
    .filter((i) => i.entity === ENTITY.rankingVersion)
    .map((i) => withoutKeys<FrozenRanking>(i));
  const recused = new Map<string, boolean>(); // `${proposalId}|${assessorKey}` → recused
  const scores = new Map<string, ScoreRecord>();
  const entrants: Entrant[] = [];
  const exclusions = new Map<string, Exclusion>();
  const scoreVersions = new Map<number, (ScoreRecord & { proposalId: string })[]>();
  for (const item of items) {
    if (item.entity === ENTITY.scoreVersion) {
      const version = item.version as number;
      scoreVersions.set(version, [
        ...(scoreVersions.get(version) ?? []),
        item as unknown as ScoreRecord & { proposalId: string },
      ]);
    }
    if (item.entity === ENTITY.rankingEntrant) entrants.push(withoutKeys<Entrant>(item));
    if (item.entity === ENTITY.proposalExclusion)
      exclusions.set(item.proposalId as string, withoutKeys<Exclusion>(item));
    const key = `${item.proposalId}|${item.assessorKey}`;
    if (item.entity === ENTITY.conflictDeclaration) recused.set(key, item.recused as boolean);
    if (item.entity === ENTITY.score) scores.set(key, item as unknown as ScoreRecord);
  }
  return {
    committee,
    recused,
    scores,
    frozen,
    entrants,
    exclusions,
    lotSeed,
    versions,
    scoreVersions,
    selection,
  };
}
export type Evaluation = Awaited<ReturnType<typeof loadEvaluation>>;

export const frozenProblem = (phase: number) =>
  conflict(
    'evaluation-frozen',
    `Phase ${phase} has an award decision: its committee, declarations and scores are final.`,
  );

/** Refuses a change to a phase's evaluation once it is frozen: read first (a clear answer) … */
export function assertNotFrozen(evaluation: { frozen?: FrozenRanking }, phase: number) {
  if (evaluation.frozen) throw frozenProblem(phase);
}

/** An update that sets each field only where the item has none yet: the first writer's values stay. */
function firstWins(fields: Record<string, unknown>) {
  const names = Object.keys(fields);
  return {
    UpdateExpression: `SET ${names.map((n) => `#${n} = if_not_exists(#${n}, :${n})`).join(', ')}`,
    ExpressionAttributeNames: Object.fromEntries(names.map((n) => [`#${n}`, n])),
    ExpressionAttributeValues: Object.fromEntries(names.map((n) => [`:${n}`, fields[n]])),
  };
}

/** Every change to the evaluation moves the committee's revision on (see `rankedProposals`). */
export const nextRevision = (challengeId: string, phase: number): TxWrite => ({
  item: {
    Update: {
      Key: evaluationKeys.committee(challengeId, phase),
      UpdateExpression: 'SET revision = if_not_exists(revision, :zero) + :one',
      ConditionExpression: 'attribute_exists(pk)',
      ExpressionAttributeValues: { ':zero': 0, ':one': 1 },
    },
  },
});

/** … and checked again in the write's own transaction, so a decision in between still wins. */
export const whileNotFrozen = (challengeId: string, phase: number): TxWrite => ({
  item: {
    ConditionCheck: {
      Key: evaluationKeys.frozen(challengeId, phase),
      ConditionExpression: 'attribute_not_exists(pk)',
    },
  },
  onConditionFailed: () => frozenProblem(phase),
});

export async function phaseOf(
  challengeId: string,
  phaseNumber: number,
): Promise<{ challenge: Challenge; phase: Phase }> {
  const challenge = await getChallenge(challengeId);
  const phase = challenge?.phases.find((p) => p.number === phaseNumber);
  if (!challenge || challenge.status === 'draft' || !phase)
    throw notFound('Phase', `${challengeId}/${phaseNumber}`);
  return { challenge, phase };
}

export function assertUnsealed(phase: Phase) {
  if (clock.nowIso() < phase.submissionDeadline) {
    throw forbidden(
      'sealed',
      `Proposals stay sealed until the deadline, ${toAmsterdamIso(phase.submissionDeadline)}.`,
      {
        deadline: phase.submissionDeadline,
      },
    );
  }
}

const isMember = (committee: Committee | undefined, caller: Caller) =>
  caller.role === 'assessor' &&
  Boolean(committee?.assessors.some((a) => assessorKey(a) === callerKey(caller)));

/** The lead buyer, or an assessor of this phase's committee; anyone else is told it does not exist. */
function assertEvaluator(
  challenge: Challenge,
  committee: Committee | undefined,
  caller: Caller,
  what: string,
) {
  const ownBuyer = caller.role === 'buyer' && caller.org === challenge.leadBuyer.oin;
  if (!ownBuyer && !isMember(committee, caller)) throw notFound(what, challenge.id);
}

export async function nameCommittee(
  challengeId: string,
  phaseNumber: number,
  assessors: Assessor[],
  ctx: RequestContext,
  /** Why the committee changes: required once an upheld complaint reopened the evaluation. */
  reason?: string,
): Promise<Committee> {
  const { challenge } = await phaseOf(challengeId, phaseNumber);
  if (challenge.leadBuyer.oin !== ctx.caller.org) throw notFound('Challenge', challengeId);
  if (new Set(assessors.map(assessorKey)).size !== assessors.length)
    throw unprocessable('duplicate-assessor', 'Name each assessor once.');
  const previousEvaluation = await loadEvaluation(challengeId, phaseNumber);
  assertNotFrozen(previousEvaluation, phaseNumber);
  const previous = previousEvaluation.committee;
  // Once a score is in, changing who scores could change the order: the committee is fixed, but
  // for the reopening after an upheld complaint, where each change is logged with its reason.
  if (previousEvaluation.scores.size > 0 && !previous?.reopened)
    throw conflict(
      'committee-fixed',
      `Scoring of phase ${phaseNumber} has started: its committee is fixed. It can change only when an upheld complaint reopened the evaluation.`,
    );
  if (previous?.reopened && !reason)
    throw unprocessable(
      'reason-required',
      'The evaluation was reopened after a complaint: say why the committee changes (it is logged).',
    );
  const now = clock.nowIso();
  const committee: Committee = {
    challengeId,
    phase: phaseNumber,
    assessors,
    namedAt: now,
    ...(previous?.reopened ? { reopened: previous.reopened } : {}),
    ...(previous?.reopened || previous?.changes
      ? {
          changes: [
            ...(previous?.changes ?? []),
            ...(previous?.reopened && reason ? [{ at: now, reason, assessors: previous.assessors }] : []),
          ],
        }
      : {}),
  };
  const event = newEvent(
    CommitteeNamedV1,
    {
      challengeId,
      phase: phaseNumber as 1 | 2 | 3,
      assessors: assessors.map(({ oin, assessorId }) => ({ oin, assessorId })),
      ...(reason && previous?.reopened ? { reason } : {}),
    },
    eventContext(ctx),
  );
  // Each assessor's seat is also kept in its own partition; seats of a renamed committee go.
  const named = new Set(assessors.map(assessorKey));
  const dropped = (previous?.assessors ?? []).filter((a) => !named.has(assessorKey(a)));
  const revision = previous?.revision;
  await transact([
    whileNotFrozen(challengeId, phaseNumber),
    {
      item: {
        Put: {
          Item: {
            ...evaluationKeys.committee(challengeId, phaseNumber),
            entity: ENTITY.committee,
            ...committee,
            revision: (revision ?? 0) + 1,
          },
          // Nothing (a score) landed since the committee was read.
          ConditionExpression:
            revision === undefined ? 'attribute_not_exists(revision)' : 'revision = :revision',
          ...(revision === undefined ? {} : { ExpressionAttributeValues: { ':revision': revision } }),
        },
      },
      onConditionFailed: () =>
        conflict('concurrent-change', 'The evaluation changed meanwhile; look at the committee again.'),
    },
    ...assessors.map(
      (a): TxWrite => ({
        item: {
          Put: {
            Item: {
              ...evaluationKeys.membership(a.oin, a.assessorId, challengeId, phaseNumber),
              entity: ENTITY.committeeSeat,
              challengeId,
              phase: phaseNumber,
              namedAt: committee.namedAt,
            },
          },
        },
      }),
    ),
    ...dropped.map(
      (a): TxWrite => ({
        item: {
          Delete: {
            Key: evaluationKeys.membership(a.oin, a.assessorId, challengeId, phaseNumber),
          },
        },
      }),
    ),
    outboxWrite(event),
  ]);
  return committee;
}

/** The committees the calling assessor sits on, newest first. */
export async function myCommittees(caller: Caller) {
  const items = await queryAll({ partition: evaluationKeys.membershipPartition(caller.org, caller.sub) });
  return items
    .map((i) => ({
      challengeId: i.challengeId as string,
      phase: i.phase as number,
      namedAt: i.namedAt as string,
    }))
    .sort((a, b) => b.namedAt.localeCompare(a.namedAt));
}

/**
 * Where a phase's evaluation stands: its committee, and after the deadline each proposal with how
 * many assessors declared, recused and scored; for an assessor also its own to-do. Before the
 * deadline nobody learns who bid or how many (the count is hidden too).
 */
export async function phaseEvaluation(challengeId: string, phaseNumber: number, caller: Caller) {
  const { challenge, phase } = await phaseOf(challengeId, phaseNumber);
  const evaluation = await loadEvaluation(challengeId, phaseNumber);
  const { committee, recused, scores, exclusions } = evaluation;
  assertEvaluator(challenge, committee, caller, 'Phase');
  const sealed = clock.nowIso() < phase.submissionDeadline;
  const [proposals, budget] = await Promise.all([
    sealed ? Promise.resolve([] as Proposal[]) : phaseProposals(challengeId, phaseNumber),
    phaseBudget(challengeId, phaseNumber),
  ]);
  const members = committee?.assessors ?? [];
  const me = caller.role === 'assessor' ? callerKey(caller) : undefined;
  return {
    challengeId,
    phase: phaseNumber,
    deadline: phase.submissionDeadline,
    sealed,
    // A decision froze the evaluation (reopened after an upheld complaint: not any more).
    decisionTaken: Boolean(budget?.decidedAt) && Boolean(evaluation.frozen),
    committee: committee
      ? {
          assessors: committee.assessors,
          namedAt: committee.namedAt,
          ...(committee.reopened && !evaluation.frozen ? { reopened: committee.reopened } : {}),
        }
      : null,
    proposalCount: sealed ? null : proposals.length,
    excluded: proposals.flatMap((p) => (exclusions.has(p.id) ? [exclusions.get(p.id)!] : [])),
    proposals: proposals.map((p) => {
      const declared = members.filter((a) => recused.has(`${p.id}|${assessorKey(a)}`));
      return {
        id: p.id,
        companyName: p.companyName,
        companyKvk: p.companyKvk,
        sizeClass: p.sizeClass,
        requestedAmountCents: p.requestedAmountCents,
        declared: declared.length,
        recused: declared.filter((a) => recused.get(`${p.id}|${assessorKey(a)}`)).length,
        scored: members.filter((a) => scores.has(`${p.id}|${assessorKey(a)}`)).length,
        excluded: exclusions.has(p.id),
        ...(me
          ? {
              mine: {
                declared: recused.has(`${p.id}|${me}`),
                recused: recused.get(`${p.id}|${me}`) ?? false,
                scored: scores.has(`${p.id}|${me}`),
              },
            }
          : {}),
      };
    }),
  };
}

/** After the deadline the evaluators see who bid (the contents: GET /proposals/{id}, after declaring). */
export async function listPhaseProposals(challengeId: string, phaseNumber: number, caller: Caller) {
  const { challenge, phase } = await phaseOf(challengeId, phaseNumber);
  const { committee } = await loadEvaluation(challengeId, phaseNumber);
  assertEvaluator(challenge, committee, caller, 'Phase');
  assertUnsealed(phase);
  const proposals = await phaseProposals(challengeId, phaseNumber);
  return proposals.map(({ id, companyKvk, companyName, sizeClass, requestedAmountCents, submittedAt }) => ({
    id,
    companyKvk,
    companyName,
    sizeClass,
    requestedAmountCents,
    submittedAt,
  }));
}

export async function declareConflicts(
  challengeId: string,
  phaseNumber: number,
  declarations: { proposalId: string; conflictOfInterest: boolean; note?: string }[],
  ctx: RequestContext,
) {
  const { phase } = await phaseOf(challengeId, phaseNumber);
  const evaluation = await loadEvaluation(challengeId, phaseNumber);
  if (!isMember(evaluation.committee, ctx.caller))
    throw forbidden('not-on-committee', `You are not on the committee of phase ${phaseNumber}.`);
  assertUnsealed(phase);
  assertNotFrozen(evaluation, phaseNumber);
  const live = new Set((await phaseProposals(challengeId, phaseNumber)).map((p) => p.id));
  const unknown = declarations.filter((d) => !live.has(d.proposalId)).map((d) => d.proposalId);
  if (unknown.length > 0)
    throw unprocessable('unknown-proposal', 'Some proposals are not live proposals of this phase.', {
      proposalIds: unknown,
    });
  const now = clock.nowIso();
  const assessor = { oin: ctx.caller.org, assessorId: ctx.caller.sub };
  const writes: TxWrite[] = [
    whileNotFrozen(challengeId, phaseNumber),
    nextRevision(challengeId, phaseNumber),
  ];
  writes.push(
    ...declarations.flatMap((d): TxWrite[] => [
      {
        item: {
          Put: {
            Item: {
              ...evaluationKeys.declaration(challengeId, phaseNumber, d.proposalId, callerKey(ctx.caller)),
              entity: ENTITY.conflictDeclaration,
              proposalId: d.proposalId,
              assessorKey: callerKey(ctx.caller),
              assessor,
              recused: d.conflictOfInterest,
              ...(d.note ? { note: d.note } : {}),
              declaredAt: now,
            },
            // A declaration is final: recusing cannot be undone, nor a clean declaration withdrawn.
            ConditionExpression: 'attribute_not_exists(pk)',
          },
        },
        onConditionFailed: () =>
          conflict(
            'already-declared',
            `You already declared for proposal ${d.proposalId}; a declaration is final.`,
          ),
      },
      outboxWrite(
        newEvent(
          ConflictDeclaredV1,
          {
            challengeId,
            phase: phaseNumber as 1 | 2 | 3,
            proposalId: d.proposalId,
            assessor,
            recused: d.conflictOfInterest,
            declaredAt: now,
          },
          eventContext(ctx),
        ),
      ),
    ]),
  );
  await transact(writes);
  return {
    declarations: declarations.map((d) => ({
      proposalId: d.proposalId,
      recused: d.conflictOfInterest,
      declaredAt: now,
    })),
  };
}

/** May this assessor read or score this proposal? Only after declaring no conflict for it. */
export async function assertMayAssess(proposal: Proposal, caller: Caller): Promise<void> {
  const { committee, recused } = await loadEvaluation(proposal.challengeId, proposal.phase);
  if (!isMember(committee, caller)) throw notFound('Proposal', proposal.id);
  if (clock.nowIso() < proposal.deadline) {
    throw forbidden(
      'sealed',
      `Proposals stay sealed until the deadline, ${toAmsterdamIso(proposal.deadline)}.`,
      { deadline: proposal.deadline },
    );
  }
  const declared = recused.get(`${proposal.id}|${callerKey(caller)}`);
  if (declared === undefined)
    throw forbidden(
      'declare-first',
      'Declare first that you have no conflict of interest with this proposal.',
    );
  if (declared) throw forbidden('recused', 'You recused yourself from this proposal.');
}

export async function scoreProposal(
  proposal: Proposal,
  input: { scores: { criterion: CriterionKey; score: number; motivation?: string }[]; motivation?: string },
  ctx: RequestContext,
) {
  await assertMayAssess(proposal, ctx.caller);
  const { phase } = await phaseOf(proposal.challengeId, proposal.phase);
  // The committee scores quality; price is the announced formula's (PRICE_FORMULA), never an assessor's.
  const wanted = committeeCriteria(phase.criteria)
    .map((c) => c.key)
    .sort();
  const given = input.scores.map((s) => s.criterion).sort();
  if (wanted.join() !== given.join()) {
    throw unprocessable(
      'criteria-mismatch',
      `Score each criterion of phase ${proposal.phase} once: ${wanted.join(', ')}${phase.criteria.some((c) => c.key === 'price') ? ' (price is scored by the announced formula, not by assessors)' : ''}.`,
      { criteria: wanted },
    );
  }
  assertNotFrozen(await loadEvaluation(proposal.challengeId, proposal.phase), proposal.phase);
  const now = clock.nowIso();
  const assessor = { oin: ctx.caller.org, assessorId: ctx.caller.sub };
  const record = { scores: input.scores, motivation: input.motivation ?? '', scoredAt: now, assessor };
  await transact([
    whileNotFrozen(proposal.challengeId, proposal.phase),
    nextRevision(proposal.challengeId, proposal.phase),
    {
      item: {
        Put: {
          Item: {
            ...evaluationKeys.score(proposal.challengeId, proposal.phase, proposal.id, callerKey(ctx.caller)),
            entity: ENTITY.score,
            proposalId: proposal.id,
            assessorKey: callerKey(ctx.caller),
            ...record,
          },
        },
      },
    },
    outboxWrite(
      newEvent(
        ProposalScoredV1,
        {
          challengeId: proposal.challengeId,
          phase: proposal.phase as 1 | 2 | 3,
          proposalId: proposal.id,
          assessor,
          scoredAt: now,
        },
        eventContext(ctx),
      ),
    ),
  ]);
  return { proposalId: proposal.id, ...record };
}

/** What the calling assessor gave a proposal, to see or change it; undefined before scoring. */
export async function myScores(proposal: Proposal, caller: Caller) {
  await assertMayAssess(proposal, caller);
  const stored = await getItem<ScoreRecord>(
    evaluationKeys.score(proposal.challengeId, proposal.phase, proposal.id, callerKey(caller)),
  );
  if (!stored) return undefined;
  return {
    proposalId: proposal.id,
    scores: stored.scores,
    motivation: stored.motivation,
    scoredAt: stored.scoredAt,
    assessor: stored.assessor,
  };
}

/**
 * The ranking, available once every assessor of the committee has scored or recused on every
 * valid proposal of the phase; with the bids that left it and why, the lot's commitment (and,
 * once a decision froze it, its seed), and the earlier versions an upheld complaint set aside.
 */
export async function phaseRanking(challengeId: string, phaseNumber: number, caller: Caller) {
  // Only the ranking leaves: the raw scores and proposals stay inside.
  const {
    proposals: _proposals,
    scores: _scores,
    revision: _revision,
    frozen,
    lotSeed: _seed,
    reopened,
    versions,
    ...ranking
  } = await rankingFor(challengeId, phaseNumber, caller);
  return {
    ...ranking,
    ...(frozen ? { frozenAt: frozen.frozenAt, version: frozen.version ?? 1 } : {}),
    ...(frozen?.lot ? { lotSeed: frozen.lot.seed } : {}),
    ...(reopened && !frozen ? { reopened } : {}),
    versions: versions.map((v) => ({
      version: v.version ?? 1,
      decisionId: v.decisionId,
      frozenAt: v.frozenAt,
    })),
  };
}

/** An earlier version of a phase's ranking (set aside by an upheld complaint), as it was frozen. */
export async function rankingVersion(
  challengeId: string,
  phaseNumber: number,
  version: number,
  caller: Caller,
) {
  const [{ challenge }, evaluation] = await Promise.all([
    phaseOf(challengeId, phaseNumber),
    loadEvaluation(challengeId, phaseNumber),
  ]);
  if (caller.role !== 'officer') assertEvaluator(challenge, evaluation.committee, caller, 'Phase');
  const found = [...evaluation.versions, ...(evaluation.frozen ? [evaluation.frozen] : [])].find(
    (v) => (v.version ?? 1) === version,
  );
  if (!found) throw notFound('Ranking version', `${challengeId}/${phaseNumber}/${version}`);
  return frozenView(found);
}

/** A frozen ranking as the ranking view shows it. */
function frozenView(frozen: FrozenRanking) {
  return {
    challengeId: frozen.challengeId,
    phase: frozen.phase,
    criteria: frozen.criteria,
    minimumScore: frozen.minimumScore,
    budgetCents: frozen.budgetCents,
    plannedContracts: frozen.plannedContracts,
    tieBreak: frozen.tieBreak,
    ranking: frozen.ranking,
    excluded: frozen.excluded ?? [],
    frozenAt: frozen.frozenAt,
    version: frozen.version ?? 1,
    ...(frozen.lot ? { lotCommitment: frozen.lot.commitment, lotSeed: frozen.lot.seed } : {}),
    versions: [],
  };
}

/**
 * For the award decision: the ranking with the ranked proposals themselves (same checks), and the
 * write that freezes the phase's evaluation with this ranking when this is its first decision.
 */
export async function rankedProposals(
  challengeId: string,
  phaseNumber: number,
  ctx: RequestContext,
  decision: { decisionId: string; at: string },
) {
  const result = await rankingFor(challengeId, phaseNumber, ctx.caller, true);
  const { proposals, frozen } = result;
  const seed = result.lotSeed;
  // Groups equal on every criterion, in the order the lot gave them.
  const lots: { proposalIds: string[]; draws: string[] }[] = [];
  for (const [i, entry] of result.ranking.entries()) {
    if (entry.tie !== 'settled-by-lot') continue;
    const previous = result.ranking[i - 1];
    const sameGroup =
      previous?.tie === 'settled-by-lot' &&
      previous.totalScore === entry.totalScore &&
      JSON.stringify(previous.criterionScores) === JSON.stringify(entry.criterionScores);
    if (!sameGroup) lots.push({ proposalIds: [], draws: [] });
    lots.at(-1)!.proposalIds.push(entry.proposalId);
    lots.at(-1)!.draws.push(lotDraw(seed!, entry.proposalId));
  }
  const version = frozen?.version ?? result.reopened?.version ?? 1;
  const basis = {
    ranking: result.ranking,
    excluded: result.excluded,
    version,
    proposals: new Map(proposals.map((p) => [p.id, p])),
  };
  if (frozen) return { ...basis, freeze: [] as TxWrite[] };
  // The ranking must still be current: no exclusion, declaration or score landed since it was read.
  const revision = result.revision;
  const commitment = lotCommitment(seed!);
  const freeze: TxWrite[] = [
    {
      item: {
        ConditionCheck: {
          Key: evaluationKeys.committee(challengeId, phaseNumber),
          ConditionExpression:
            revision === undefined ? 'attribute_not_exists(revision)' : 'revision = :revision',
          ...(revision === undefined ? {} : { ExpressionAttributeValues: { ':revision': revision } }),
        },
      },
      onConditionFailed: () =>
        conflict('concurrent-change', 'The evaluation changed while you decided; look at the ranking again.'),
    },
    // Decisions racing for the first freeze computed the same ranking (the same scores, the same
    // seed): the first one's stays.
    {
      item: {
        Update: {
          Key: evaluationKeys.frozen(challengeId, phaseNumber),
          ...firstWins({
            entity: ENTITY.frozenRanking,
            challengeId,
            phase: phaseNumber,
            criteria: result.criteria,
            minimumScore: result.minimumScore,
            budgetCents: result.budgetCents,
            plannedContracts: result.plannedContracts,
            tieBreak: result.tieBreak,
            ranking: result.ranking,
            excluded: result.excluded,
            decisionId: decision.decisionId,
            frozenAt: decision.at,
            version,
            lot: { seed: seed!, commitment },
            proposalCount: proposals.length,
            smeProposals: proposals.filter((p) => p.isSme).length,
          } satisfies FrozenRanking & Record<string, unknown>),
        },
      },
    },
    // A phase published before seeds were drawn gets its seed now, from the server, once.
    ...(result.seedIsNew
      ? [
          {
            item: {
              Put: {
                Item: {
                  ...evaluationKeys.lotSeed(challengeId, phaseNumber),
                  entity: ENTITY.lotSeed,
                  seed: seed!,
                  commitment,
                  committedAt: decision.at,
                },
                ConditionExpression: 'attribute_not_exists(pk)',
              },
            },
            onConditionFailed: () =>
              conflict('concurrent-change', 'Another decision drew this phase’s lot meanwhile; look again.'),
          } satisfies TxWrite,
        ]
      : []),
    outboxWrite(
      newEvent(
        PhaseRankingFrozenV1,
        {
          challengeId,
          phase: phaseNumber as 1 | 2 | 3,
          decisionId: decision.decisionId,
          rankedProposals: result.ranking.length,
          lots,
          frozenAt: decision.at,
          version,
          lotSeed: seed!,
          lotCommitment: commitment,
          excluded: result.excluded.map((e) => ({ proposalId: e.proposalId, ground: e.ground })),
        },
        eventContext(ctx),
      ),
    ),
  ];
  return { ...basis, freeze };
}

/**
 * The ranking of a phase. To show it: the challenge and the phase's evaluation (which holds its
 * entrants), two requests. For a decision: the proposals themselves as well, and the lot's seed.
 */
async function rankingFor(challengeId: string, phaseNumber: number, caller: Caller, forDecision = false) {
  const [{ challenge, phase }, evaluation] = await Promise.all([
    phaseOf(challengeId, phaseNumber),
    loadEvaluation(challengeId, phaseNumber),
  ]);
  assertEvaluator(challenge, evaluation.committee, caller, 'Phase');
  assertUnsealed(phase);
  return rankingOf(challengeId, phaseNumber, phase, evaluation, forDecision);
}

/**
 * The phase's submitted proposals as the ranking needs them: its entrants; for a decision, or for
 * a phase whose proposals came in before entrants were kept (none found), the proposals.
 */
async function entrantsOf(
  challengeId: string,
  phaseNumber: number,
  evaluation: Evaluation,
  forDecision: boolean,
): Promise<{ entrants: Entrant[]; proposals?: Proposal[] }> {
  if (!forDecision && evaluation.entrants.length > 0) return { entrants: evaluation.entrants };
  const proposals = await phaseProposals(challengeId, phaseNumber);
  return { entrants: proposals, proposals };
}

/** The ranking the decision rests on when there is one; else computed from the live evaluation. */
async function rankingOf(
  challengeId: string,
  phaseNumber: number,
  phase: Phase,
  evaluation: Evaluation,
  forDecision: boolean,
) {
  const { frozen, versions } = evaluation;
  const revision = evaluation.committee?.revision;
  const reopened = evaluation.committee?.reopened;
  const commitment = evaluation.lotSeed ? lotCommitment(evaluation.lotSeed) : undefined;
  if (!frozen) {
    // The seed stays inside until a decision reveals it; a decision on a phase without one draws it.
    const seed = forDecision ? (evaluation.lotSeed ?? newLotSeed()) : undefined;
    return {
      ...(await computeRanking(challengeId, phaseNumber, phase, evaluation, forDecision, seed)),
      ...(commitment ? { lotCommitment: commitment } : {}),
      lotSeed: seed,
      seedIsNew: forDecision && !evaluation.lotSeed,
      frozen,
      revision,
      reopened,
      versions,
    };
  }
  const { versions: _none, ...view } = frozenView(frozen);
  return {
    ...view,
    proposals: forDecision ? await phaseProposals(challengeId, phaseNumber) : [],
    scores: [...evaluation.scores.values()],
    lotSeed: frozen.lot?.seed,
    seedIsNew: false,
    frozen,
    revision,
    reopened,
    versions,
  };
}

async function computeRanking(
  challengeId: string,
  phaseNumber: number,
  phase: Phase,
  evaluation: Evaluation,
  forDecision: boolean,
  seed: string | undefined,
) {
  const { committee, recused, scores, exclusions } = evaluation;
  if (!committee) throw conflict('no-committee', `Phase ${phaseNumber} has no committee yet.`);
  const { entrants, proposals: full = [] } = await entrantsOf(
    challengeId,
    phaseNumber,
    evaluation,
    forDecision,
  );
  // An innovation partnership ranks only the candidates it invited to negotiate: the others leave
  // the ranking (and the price formula's lowest price) with the reasons of the selection, as
  // excluded and invalid bids leave it with theirs.
  const { selection } = evaluation;
  const invited = selection
    ? new Set(selection.candidates.filter((c) => c.invited).map((c) => c.proposalId))
    : undefined;
  const notSelected: Exclusion[] = (selection?.candidates ?? [])
    .filter((c) => !c.invited && !exclusions.has(c.proposalId))
    .map((c) => ({
      proposalId: c.proposalId,
      companyKvk: c.companyKvk,
      companyName: c.companyName,
      ground: 'not-selected',
      motivation: c.reasons,
      excludedAt: selection!.selectedAt,
    }));
  const proposals = entrants.filter((p) => !exclusions.has(p.id) && (!invited || invited.has(p.id)));
  const live = new Set(entrants.map((p) => p.id));
  const excluded = [...exclusions.values(), ...notSelected]
    .filter((e) => live.has(e.proposalId))
    .sort((a, b) => a.companyName.localeCompare(b.companyName));
  const progress = committee.assessors.map((a) => {
    const done = proposals.filter(
      (p) => recused.get(`${p.id}|${assessorKey(a)}`) === true || scores.has(`${p.id}|${assessorKey(a)}`),
    );
    return { oin: a.oin, assessorId: a.assessorId, done: done.length, of: proposals.length };
  });
  if (progress.some((p) => p.done < p.of)) {
    throw conflict(
      'evaluation-incomplete',
      'The ranking is available once every assessor has scored or recused on every proposal.',
      { progress },
    );
  }
  const inputs = proposals.map((p) => {
    const given = committee.assessors
      .map((a) => scores.get(`${p.id}|${assessorKey(a)}`))
      .filter(
        (s): s is ScoreRecord =>
          s !== undefined && recused.get(`${p.id}|${assessorKey(s.assessor)}`) === false,
      );
    return {
      proposalId: p.id,
      companyKvk: p.companyKvk,
      requestedAmountCents: p.requestedAmountCents,
      submittedAt: p.submittedAt,
      scores: given.map((g) => Object.fromEntries(g.scores.map((s) => [s.criterion, s.score]))),
    };
  });
  const unscored = inputs.filter((i) => i.scores.length === 0).map((i) => i.proposalId);
  if (unscored.length > 0) {
    throw conflict('no-eligible-assessor', 'Every assessor recused on some proposals; name more assessors.', {
      proposalIds: unscored,
    });
  }
  const names = new Map(proposals.map((p) => [p.id, p.companyName]));
  const ranking: (Ranked & { companyName: string })[] = rank(
    inputs,
    phase.criteria,
    phase.minimumScore ?? 0,
    seed,
  ).map((r) => ({
    ...r,
    companyName: names.get(r.proposalId)!,
  }));
  return {
    challengeId,
    phase: phaseNumber,
    criteria: phase.criteria,
    minimumScore: phase.minimumScore ?? 0,
    budgetCents: phase.budgetCents,
    plannedContracts: phase.plannedContracts,
    tieBreak: TIE_BREAK,
    ranking,
    excluded,
    proposals: full,
    scores: [...scores.values()],
  };
}

/**
 * Feedback and statistics open once the buyer has decided on awards for the phase: its frozen
 * ranking, or the numbered version a decision rested on (a complaint may have set it aside since).
 */
async function decidedRanking(
  challengeId: string,
  phase: number,
  version?: number,
): Promise<{
  frozen: FrozenRanking;
  evaluation: Evaluation;
}> {
  const evaluation = await loadEvaluation(challengeId, phase);
  const frozen =
    version === undefined || (evaluation.frozen?.version ?? 1) === version
      ? evaluation.frozen
      : evaluation.versions.find((v) => (v.version ?? 1) === version);
  if (!frozen)
    throw conflict(
      'no-decision-yet',
      `Phase ${phase} has no award decision yet; feedback and statistics follow it.`,
    );
  return { frozen, evaluation };
}

/**
 * Whether a phase's ranking is ready for the buyer: after the deadline, not frozen, every
 * assessor has scored or recused on every valid bid (and each bid has a score). With the version
 * the next decision will freeze, so "ready" is told once per version.
 */
export async function rankingReady(
  challengeId: string,
  phaseNumber: number,
): Promise<{ ready: boolean; ranked: number; version: number }> {
  const { phase } = await phaseOf(challengeId, phaseNumber);
  const evaluation = await loadEvaluation(challengeId, phaseNumber);
  const version = evaluation.committee?.reopened?.version ?? 1;
  if (clock.nowIso() < phase.submissionDeadline || evaluation.frozen || !evaluation.committee)
    return { ready: false, ranked: 0, version };
  try {
    const { ranking } = await computeRanking(challengeId, phaseNumber, phase, evaluation, false, undefined);
    return { ready: ranking.length > 0, ranked: ranking.length, version };
  } catch (error) {
    if (error instanceof DomainError) return { ready: false, ranked: 0, version };
    throw error;
  }
}

/** The proposals of a challenge that hold a live award (its awarded markers; one Query). */
export async function awardedProposals(challengeId: string): Promise<Set<string>> {
  const markers = await queryAll({
    partition: keys.challenge(challengeId).pk,
    prefix: moneyKeys.awardedPrefix,
  });
  return new Set(markers.map((i) => String(i.sk).slice(moneyKeys.awardedPrefix.length)));
}

/**
 * What the committee wrote about one proposal, assessors unnamed: as it stands, or as it stood in
 * a ranking version an upheld complaint set aside (kept when the evaluation was reopened).
 */
function assessmentsOf(evaluation: Evaluation, proposalId: string, version?: number) {
  const current = version === undefined || (evaluation.frozen?.version ?? 1) === version;
  const records = current ? [...evaluation.scores.values()] : (evaluation.scoreVersions.get(version) ?? []);
  return records
    .filter((s) => (s as ScoreRecord & { proposalId: string }).proposalId === proposalId)
    .map((s, i) => ({ assessor: `Assessor ${i + 1}`, scores: s.scores, motivation: s.motivation }));
}

/** What an award decision rests on: the (numbered) frozen ranking and each proposal's assessments. */
export async function decisionBasis(challengeId: string, phase: number, version?: number) {
  const { frozen, evaluation } = await decidedRanking(challengeId, phase, version);
  return {
    frozen,
    assessments: (proposalId: string) => assessmentsOf(evaluation, proposalId, frozen.version ?? 1),
  };
}

/**
 * Reopens a phase's frozen evaluation after an upheld complaint (the caller checks that one was
 * upheld and no decision of the phase stands): the frozen ranking becomes a numbered version, the
 * scores as they were are kept with it, and the committee may re-score or change (with a logged
 * reason) until the next decision freezes the next version.
 */
export async function reopenEvaluation(
  challengeId: string,
  phaseNumber: number,
  reason: string,
  ctx: RequestContext,
) {
  const evaluation = await loadEvaluation(challengeId, phaseNumber);
  const { frozen, committee } = evaluation;
  if (!frozen || !committee)
    throw conflict('not-reopenable', `Phase ${phaseNumber} has no frozen ranking to reopen.`);
  const version = frozen.version ?? 1;
  const at = clock.nowIso();
  // The scores as they stood go with the version first (idempotent copies: a retry rewrites them).
  const records = [...evaluation.scores.values()] as (ScoreRecord & {
    proposalId: string;
    assessorKey: string;
  })[];
  for (let i = 0; i < records.length; i += 50) {
    await transact(
      records.slice(i, i + 50).map(
        (r): TxWrite => ({
          item: {
            Put: {
              Item: {
                ...evaluationKeys.scoreVersion(
                  challengeId,
                  phaseNumber,
                  version,
                  r.proposalId,
                  r.assessorKey,
                ),
                entity: ENTITY.scoreVersion,
                version,
                proposalId: r.proposalId,
                assessorKey: r.assessorKey,
                assessor: r.assessor,
                scores: r.scores,
                motivation: r.motivation,
                scoredAt: r.scoredAt,
              },
            },
          },
        }),
      ),
    );
  }
  const { pk: _pk, sk: _sk, ...kept } = { ...frozen, pk: '', sk: '' };
  await transact([
    {
      item: {
        Put: {
          Item: {
            ...evaluationKeys.rankingVersion(challengeId, phaseNumber, version),
            ...kept,
            version,
            entity: ENTITY.rankingVersion,
          },
        },
      },
    },
    {
      item: {
        Delete: {
          Key: evaluationKeys.frozen(challengeId, phaseNumber),
          ConditionExpression: 'decisionId = :decision',
          ExpressionAttributeValues: { ':decision': frozen.decisionId },
        },
      },
      onConditionFailed: () => conflict('concurrent-change', 'The evaluation changed meanwhile; look again.'),
    },
    {
      item: {
        Update: {
          Key: evaluationKeys.committee(challengeId, phaseNumber),
          UpdateExpression: 'SET reopened = :reopened, revision = if_not_exists(revision, :zero) + :one',
          ExpressionAttributeValues: {
            ':reopened': { version: version + 1, reason, at },
            ':zero': 0,
            ':one': 1,
          },
        },
      },
    },
    outboxWrite(
      newEvent(
        EvaluationReopenedV1,
        {
          challengeId,
          phase: phaseNumber as 1 | 2 | 3,
          setAsideVersion: version,
          nextVersion: version + 1,
          reason,
          reopenedAt: at,
        },
        eventContext(ctx),
      ),
    ),
  ]);
  return {
    challengeId,
    phase: phaseNumber,
    setAsideVersion: version,
    nextVersion: version + 1,
    reason,
    reopenedAt: at,
  };
}

/** A company's own result: its rank, scores and the committee's motivations (assessors unnamed). */
export async function proposalFeedback(proposal: Proposal, caller: Caller) {
  if (caller.role !== 'sme' || caller.org !== proposal.companyKvk) throw notFound('Proposal', proposal.id);
  const { frozen, evaluation } = await decidedRanking(proposal.challengeId, proposal.phase);
  const own = frozen.ranking.find((r) => r.proposalId === proposal.id);
  if (!own) throw notFound('Feedback', proposal.id);
  const awarded = await awardedProposals(proposal.challengeId);
  return {
    proposalId: proposal.id,
    rank: own.rank,
    of: frozen.ranking.length,
    totalScore: own.totalScore,
    criterionScores: own.criterionScores,
    meetsThreshold: own.meetsThreshold,
    awarded: awarded.has(proposal.id),
    assessments: assessmentsOf(evaluation, proposal.id),
  };
}

/** Anonymised statistics of a phase, for everyone, once the awards are decided. */
export async function phaseStatistics(challengeId: string, phaseNumber: number) {
  await phaseOf(challengeId, phaseNumber);
  const { frozen: result } = await decidedRanking(challengeId, phaseNumber);
  const awarded = await awardedProposals(challengeId);
  const funded = result.ranking.filter((r) => awarded.has(r.proposalId));
  const bins = Array.from({ length: 10 }, (_, i) => ({ from: i, to: i + 1, count: 0 }));
  for (const r of result.ranking) bins[Math.min(9, Math.floor(r.totalScore))]!.count++;
  const sme = result.smeProposals;
  return {
    challengeId,
    phase: phaseNumber,
    proposals: result.ranking.length,
    smeProposals: sme,
    awarded: funded.length,
    successRate: result.ranking.length
      ? Math.round((funded.length / result.ranking.length) * 1000) / 1000
      : 0,
    lowestFundedScore: funded.length ? Math.min(...funded.map((f) => f.totalScore)) : null,
    highestScore: result.ranking.length ? Math.max(...result.ranking.map((r) => r.totalScore)) : null,
    scoreDistribution: bins,
  };
}
