import { newEvent } from '#events/envelope.ts';
import { CommitteeNamedV1 } from '#events/evaluation/committee-named.v1.ts';
import { ConflictDeclaredV1 } from '#events/evaluation/conflict-declared.v1.ts';
import { PhaseRankingFrozenV1 } from '#events/evaluation/phase-ranking-frozen.v1.ts';
import { ProposalScoredV1 } from '#events/evaluation/proposal-scored.v1.ts';
import type { Caller } from '#shared/auth/caller.ts';
import { committeeCriteria } from '#shared/challenges/criteria.ts';
import type { Challenge, Phase } from '#shared/challenges/model.ts';
import { getChallenge } from '#shared/challenges/repository.ts';
import { ENTITY, evaluationKeys, keys, moneyKeys, withoutKeys } from '#shared/db/keys.ts';
import { queryAll, type TxWrite, transact } from '#shared/db/store.ts';
import { phaseBudget } from '#shared/funding/repository.ts';
import type { CriterionKey } from '#shared/kernel/vocabulary.ts';
import { outboxWrite } from '#shared/messaging/outbox.ts';
import { toAmsterdamIso } from '#shared/platform/amsterdam.ts';
import { clock } from '#shared/platform/clock.ts';
import { conflict, forbidden, notFound, unprocessable } from '#shared/platform/errors.ts';
import { eventContext, type RequestContext } from '#shared/platform/request-context.ts';
import { phaseProposals } from '#shared/proposals/repository.ts';
import type { Proposal } from '#shared/proposals/schemas.ts';
import { lotDraw, type Ranked, rank, TIE_BREAK } from './ranking.ts';

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
}
type ScoreRecord = {
  scores: { criterion: CriterionKey; score: number }[];
  motivation: string;
  scoredAt: string;
  assessor: Assessor;
};

/** Assessors are identified by their body's OIN and their own id (the token's subject). */
const assessorKey = (a: { oin: string; assessorId: string }) => `${a.oin}:${a.assessorId}`;
const callerKey = (caller: Caller) => assessorKey({ oin: caller.org, assessorId: caller.sub });

/** The ranking as it stood when the phase's first award decision was taken (never changes after). */
export interface FrozenRanking {
  challengeId: string;
  phase: number;
  decisionId: string;
  frozenAt: string;
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

async function loadEvaluation(challengeId: string, phase: number) {
  const { pk, skPrefix } = evaluationKeys.prefix(challengeId, phase);
  const items = await queryAll({ partition: pk, prefix: skPrefix, consistent: true });
  const committee = items.find((i) => i.entity === ENTITY.committee) as Committee | undefined;
  const frozenItem = items.find((i) => i.entity === ENTITY.frozenRanking);
  const frozen = frozenItem ? withoutKeys<FrozenRanking>(frozenItem) : undefined;
  const recused = new Map<string, boolean>(); // `${proposalId}|${assessorKey}` → recused
  const scores = new Map<string, ScoreRecord>();
  const entrants: Entrant[] = [];
  for (const item of items) {
    if (item.entity === ENTITY.rankingEntrant) entrants.push(withoutKeys<Entrant>(item));
    const key = `${item.proposalId}|${item.assessorKey}`;
    if (item.entity === ENTITY.conflictDeclaration) recused.set(key, item.recused as boolean);
    if (item.entity === ENTITY.score) scores.set(key, item as unknown as ScoreRecord);
  }
  return { committee, recused, scores, frozen, entrants };
}

const frozenProblem = (phase: number) =>
  conflict(
    'evaluation-frozen',
    `Phase ${phase} has an award decision: its committee, declarations and scores are final.`,
  );

/** Refuses a change to a phase's evaluation once it is frozen: read first (a clear answer) … */
function assertNotFrozen(evaluation: { frozen?: FrozenRanking }, phase: number) {
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
const nextRevision = (challengeId: string, phase: number): TxWrite => ({
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
const whileNotFrozen = (challengeId: string, phase: number): TxWrite => ({
  item: {
    ConditionCheck: {
      Key: evaluationKeys.frozen(challengeId, phase),
      ConditionExpression: 'attribute_not_exists(pk)',
    },
  },
  onConditionFailed: () => frozenProblem(phase),
});

async function phaseOf(
  challengeId: string,
  phaseNumber: number,
): Promise<{ challenge: Challenge; phase: Phase }> {
  const challenge = await getChallenge(challengeId);
  const phase = challenge?.phases.find((p) => p.number === phaseNumber);
  if (!challenge || challenge.status === 'draft' || !phase)
    throw notFound('Phase', `${challengeId}/${phaseNumber}`);
  return { challenge, phase };
}

function assertUnsealed(phase: Phase) {
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
): Promise<Committee> {
  const { challenge } = await phaseOf(challengeId, phaseNumber);
  if (challenge.leadBuyer.oin !== ctx.caller.org) throw notFound('Challenge', challengeId);
  if (new Set(assessors.map(assessorKey)).size !== assessors.length)
    throw unprocessable('duplicate-assessor', 'Name each assessor once.');
  const previousEvaluation = await loadEvaluation(challengeId, phaseNumber);
  assertNotFrozen(previousEvaluation, phaseNumber);
  const committee: Committee = { challengeId, phase: phaseNumber, assessors, namedAt: clock.nowIso() };
  const event = newEvent(
    CommitteeNamedV1,
    {
      challengeId,
      phase: phaseNumber as 1 | 2 | 3,
      assessors: assessors.map(({ oin, assessorId }) => ({ oin, assessorId })),
    },
    eventContext(ctx),
  );
  // Each assessor's seat is also kept in its own partition; seats of a renamed committee go.
  const previous = previousEvaluation.committee;
  const named = new Set(assessors.map(assessorKey));
  const dropped = (previous?.assessors ?? []).filter((a) => !named.has(assessorKey(a)));
  await transact([
    whileNotFrozen(challengeId, phaseNumber),
    {
      item: {
        Put: {
          Item: {
            ...evaluationKeys.committee(challengeId, phaseNumber),
            entity: ENTITY.committee,
            ...committee,
            revision: (previous?.revision ?? 0) + 1,
          },
        },
      },
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
  const { committee, recused, scores } = await loadEvaluation(challengeId, phaseNumber);
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
    decisionTaken: Boolean(budget?.decidedAt),
    committee: committee ? { assessors: committee.assessors, namedAt: committee.namedAt } : null,
    proposalCount: sealed ? null : proposals.length,
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
  input: { scores: { criterion: CriterionKey; score: number }[]; motivation: string },
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
  const record = { scores: input.scores, motivation: input.motivation, scoredAt: now, assessor };
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

/**
 * The ranking, available once every assessor of the committee has scored or recused on every
 * live proposal of the phase.
 */
export async function phaseRanking(challengeId: string, phaseNumber: number, caller: Caller) {
  // Only the ranking leaves: the raw scores and proposals stay inside.
  const {
    proposals: _proposals,
    scores: _scores,
    revision: _revision,
    frozen,
    ...ranking
  } = await rankingFor(challengeId, phaseNumber, caller);
  return { ...ranking, ...(frozen ? { frozenAt: frozen.frozenAt } : {}) };
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
  const result = await rankingFor(challengeId, phaseNumber, ctx.caller, decision.decisionId);
  const { proposals, scores: _scores, frozen: _frozen, revision: _revision, ...ranking } = result;
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
    lots.at(-1)!.draws.push(lotDraw(decision.decisionId, entry.proposalId));
  }
  // Decisions racing for the first freeze all write the same ranking: the first one's stays. The
  // ranking must still be current: no declaration or score landed since it was read.
  const revision = result.revision;
  const freeze: TxWrite[] = result.frozen
    ? []
    : [
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
            conflict(
              'concurrent-change',
              'The evaluation changed while you decided; look at the ranking again.',
            ),
        },
        {
          item: {
            Update: {
              Key: evaluationKeys.frozen(challengeId, phaseNumber),
              ...firstWins({
                entity: ENTITY.frozenRanking,
                ...ranking,
                decisionId: decision.decisionId,
                frozenAt: decision.at,
                proposalCount: proposals.length,
                smeProposals: proposals.filter((p) => p.isSme).length,
              } satisfies FrozenRanking & Record<string, unknown>),
            },
          },
        },
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
            },
            eventContext(ctx),
          ),
        ),
      ];
  return { ranking: result.ranking, proposals: new Map(proposals.map((p) => [p.id, p])), freeze };
}

/** For the lead buyer or a committee member, after the deadline: the frozen ranking once decided. */
/**
 * The ranking of a phase. To show it: the challenge and the phase's evaluation (which holds its
 * entrants), two requests. For a decision (`decisionId`): the proposals themselves as well.
 */
async function rankingFor(challengeId: string, phaseNumber: number, caller: Caller, decisionId?: string) {
  const [{ challenge, phase }, evaluation] = await Promise.all([
    phaseOf(challengeId, phaseNumber),
    loadEvaluation(challengeId, phaseNumber),
  ]);
  assertEvaluator(challenge, evaluation.committee, caller, 'Phase');
  assertUnsealed(phase);
  return rankingOf(challengeId, phaseNumber, phase, evaluation, decisionId);
}

/**
 * The phase's submitted proposals as the ranking needs them: its entrants; for a decision, or for
 * a phase whose proposals came in before entrants were kept (none found), the proposals.
 */
async function entrantsOf(
  challengeId: string,
  phaseNumber: number,
  evaluation: Awaited<ReturnType<typeof loadEvaluation>>,
  decisionId?: string,
): Promise<{ entrants: Entrant[]; proposals?: Proposal[] }> {
  if (decisionId === undefined && evaluation.entrants.length > 0) return { entrants: evaluation.entrants };
  const proposals = await phaseProposals(challengeId, phaseNumber);
  return { entrants: proposals, proposals };
}

/** The ranking the decision rests on when there is one; else computed from the live evaluation. */
async function rankingOf(
  challengeId: string,
  phaseNumber: number,
  phase: Phase,
  evaluation: Awaited<ReturnType<typeof loadEvaluation>>,
  decisionId?: string,
) {
  const { frozen } = evaluation;
  const revision = evaluation.committee?.revision;
  if (!frozen)
    return {
      ...(await computeRanking(challengeId, phaseNumber, phase, evaluation, decisionId)),
      frozen,
      revision,
    };
  return {
    challengeId,
    phase: phaseNumber,
    criteria: frozen.criteria,
    minimumScore: frozen.minimumScore,
    budgetCents: frozen.budgetCents,
    plannedContracts: frozen.plannedContracts,
    tieBreak: frozen.tieBreak,
    ranking: frozen.ranking,
    proposals: decisionId === undefined ? [] : await phaseProposals(challengeId, phaseNumber),
    scores: [...evaluation.scores.values()],
    frozen,
    revision,
  };
}

async function computeRanking(
  challengeId: string,
  phaseNumber: number,
  phase: Phase,
  evaluation: Awaited<ReturnType<typeof loadEvaluation>>,
  decisionId?: string,
) {
  const { committee, recused, scores } = evaluation;
  if (!committee) throw conflict('no-committee', `Phase ${phaseNumber} has no committee yet.`);
  const { entrants: proposals, proposals: full = [] } = await entrantsOf(
    challengeId,
    phaseNumber,
    evaluation,
    decisionId,
  );
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
    decisionId,
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
    proposals: full,
    scores: [...scores.values()],
  };
}

/** Feedback and statistics open once the buyer has decided on awards for the phase: its frozen ranking. */
async function decidedRanking(
  challengeId: string,
  phase: number,
): Promise<{
  frozen: FrozenRanking;
  evaluation: Awaited<ReturnType<typeof loadEvaluation>>;
}> {
  const evaluation = await loadEvaluation(challengeId, phase);
  if (!evaluation.frozen)
    throw conflict(
      'no-decision-yet',
      `Phase ${phase} has no award decision yet; feedback and statistics follow it.`,
    );
  return { frozen: evaluation.frozen, evaluation };
}

/** The proposals of a challenge that hold a live award (its awarded markers; one Query). */
export async function awardedProposals(challengeId: string): Promise<Set<string>> {
  const markers = await queryAll({
    partition: keys.challenge(challengeId).pk,
    prefix: moneyKeys.awardedPrefix,
  });
  return new Set(markers.map((i) => String(i.sk).slice(moneyKeys.awardedPrefix.length)));
}

/** What the committee wrote about one proposal, assessors unnamed (frozen with the evaluation). */
function assessmentsOf(evaluation: Awaited<ReturnType<typeof loadEvaluation>>, proposalId: string) {
  return [...evaluation.scores.values()]
    .filter((s) => (s as ScoreRecord & { proposalId: string }).proposalId === proposalId)
    .map((s, i) => ({ assessor: `Assessor ${i + 1}`, scores: s.scores, motivation: s.motivation }));
}

/** What an award decision rests on: the frozen ranking and each proposal's assessments. */
export async function decisionBasis(challengeId: string, phase: number) {
  const { frozen, evaluation } = await decidedRanking(challengeId, phase);
  return { frozen, assessments: (proposalId: string) => assessmentsOf(evaluation, proposalId) };
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
