import type { Award } from '#shared/awards/schemas.ts';
import { phaseState } from '#shared/challenges/model.ts';
import { BASIS_POINTS } from '#shared/funding/split.ts';
import { THEMES, type Theme } from '#shared/kernel/vocabulary.ts';
import type { ProposalRow } from './projection.ts';
import type { YearData } from './year-index.ts';

const rate = (part: number, whole: number) =>
  whole === 0 ? null : Math.round((part * BASIS_POINTS) / whole);
const isSme = (sizeClass: string | undefined) => sizeClass !== undefined && sizeClass !== 'large';

/** Counts of one group of proposals and awards; rates in basis points (null when there is nothing to divide). */
function funnel(proposals: readonly ProposalRow[], awards: readonly Award[]) {
  const live = proposals.filter((p) => !p.withdrawnAt);
  const smeProposals = live.filter((p) => isSme(p.sizeClass)).length;
  const smeAwards = awards.filter((a) => isSme(a.sizeClass)).length;
  return {
    proposals: live.length,
    withdrawn: proposals.length - live.length,
    companies: new Set(live.map((p) => p.companyKvk)).size,
    awards: awards.length,
    awardedCents: awards.reduce((s, a) => s + a.amountCents, 0),
    successRateBasisPoints: rate(awards.length, live.length),
    smeProposals,
    smeProposalShareBasisPoints: rate(smeProposals, live.length),
    smeAwards,
    smeAwardShareBasisPoints: rate(smeAwards, awards.length),
  };
}

/**
 * Phase 1 → phase 2 transition (SBIR.gov's benchmark): of the companies with a phase-1 contract
 * in a challenge that has a phase 2, the share that won a phase-2 contract in the same challenge.
 */
function transition(awards: readonly Award[], challengesWithPhase2: ReadonlySet<string>) {
  const phase1 = new Set(
    awards
      .filter((a) => a.phase === 1 && challengesWithPhase2.has(a.challengeId))
      .map((a) => `${a.challengeId}#${a.companyKvk}`),
  );
  const phase2 = new Set(awards.filter((a) => a.phase === 2).map((a) => `${a.challengeId}#${a.companyKvk}`));
  const continued = [...phase1].filter((k) => phase2.has(k)).length;
  return {
    phase1Awardees: phase1.size,
    phase2Awardees: continued,
    rateBasisPoints: rate(continued, phase1.size),
  };
}

/**
 * The pipeline of one programme year: per phase, per theme and per buyer. Bids count once their
 * phase has closed: before that nobody but the bidder may learn who bid, or how many.
 */
export function pipelineReport(
  year: number,
  everything: Pick<YearData, 'challenges' | 'decisions' | 'awards' | 'proposals'>,
  now: string,
) {
  const challengeOf = new Map(everything.challenges.map((c) => [c.id, c]));
  const data = {
    ...everything,
    // A withdrawn decision's awards never were: they count nowhere.
    awards: everything.awards.filter((a) => a.status !== 'withdrawn'),
    proposals: everything.proposals.filter((p) => {
      const challenge = challengeOf.get(p.challengeId);
      return challenge !== undefined && phaseState(challenge, p.phase, now) === 'closed';
    }),
  };
  const withPhase2 = new Set(
    data.challenges.filter((c) => c.phases.some((p) => p.number === 2)).map((c) => c.id),
  );
  const group = <K extends string>(key: (challengeId: string) => K | undefined) => {
    const groups = new Map<K, { proposals: ProposalRow[]; awards: Award[]; challenges: Set<string> }>();
    const bucket = (challengeId: string) => {
      const k = key(challengeId);
      if (k === undefined) return undefined;
      if (!groups.has(k)) groups.set(k, { proposals: [], awards: [], challenges: new Set() });
      const g = groups.get(k)!;
      g.challenges.add(challengeId);
      return g;
    };
    for (const c of data.challenges) bucket(c.id);
    for (const p of data.proposals) bucket(p.challengeId)?.proposals.push(p);
    for (const a of data.awards) bucket(a.challengeId)?.awards.push(a);
    return groups;
  };

  const phases = ([1, 2, 3] as const)
    .map((phase) => ({
      phase,
      ...funnel(
        data.proposals.filter((p) => p.phase === phase),
        data.awards.filter((a) => a.phase === phase),
      ),
    }))
    .filter((p) => p.proposals + p.withdrawn + p.awards > 0 || p.phase === 1);

  const byTheme = [...group((id) => challengeOf.get(id)?.theme)].map(([theme, g]) => ({
    theme,
    themeName: THEMES[theme as Theme].nl,
    challenges: g.challenges.size,
    ...funnel(g.proposals, g.awards),
    transition: transition(g.awards, withPhase2),
  }));
  const byBuyer = [...group((id) => challengeOf.get(id)?.leadBuyer.oin)].map(([buyerOin, g]) => ({
    buyerOin,
    buyerName: challengeOf.get([...g.challenges][0]!)!.leadBuyer.name,
    challenges: g.challenges.size,
    ...funnel(g.proposals, g.awards),
    transition: transition(g.awards, withPhase2),
  }));

  return {
    year,
    challenges: data.challenges.length,
    total: funnel(data.proposals, data.awards),
    phases,
    transition: transition(data.awards, withPhase2),
    byTheme: byTheme.sort((a, b) => a.theme.localeCompare(b.theme)),
    byBuyer: byBuyer.sort((a, b) => a.buyerName.localeCompare(b.buyerName)),
    procedures: procedures(everything),
  };
}

/**
 * One line per challenge with an award decision: how its decisions went through the standstill
 * and what bidders objected (lodged, upheld, still open) — the integrity of the procedure at a glance.
 */
function procedures({ challenges, decisions }: Pick<YearData, 'challenges' | 'decisions'>) {
  return challenges
    .map((c) => {
      const own = decisions.filter((d) => d.challengeId === c.id);
      const sum = (field: 'lodgedObjections' | 'upheldObjections' | 'openObjections') =>
        own.reduce((s, d) => s + (d[field] ?? 0), 0);
      const count = (status: (typeof own)[number]['status']) => own.filter((d) => d.status === status).length;
      return {
        challengeId: c.id,
        title: c.title.nl,
        buyerName: c.leadBuyer.name,
        decisions: own.length,
        inStandstill: count('standstill'),
        definitive: count('definitive'),
        withdrawn: count('withdrawn'),
        objectionsLodged: sum('lodgedObjections'),
        objectionsUpheld: sum('upheldObjections'),
        objectionsOpen: sum('openObjections'),
      };
    })
    .filter((line) => line.decisions > 0)
    .sort((a, b) => a.title.localeCompare(b.title));
}
