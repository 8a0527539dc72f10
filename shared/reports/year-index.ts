import type { Award, AwardDecision } from '#shared/awards/schemas.ts';
import type { Challenge, Publication } from '#shared/challenges/model.ts';
import type { ContractRecord } from '#shared/contracts/use-cases.ts';
import { type ReportSection, reportKeys, withoutKeys } from '#shared/db/keys.ts';
import { queryAll } from '#shared/db/store.ts';
import type { FollowUpRecord } from '#shared/follow-ups/use-cases.ts';
import type { LedgerEntry } from '#shared/funding/model.ts';
import type { ProposalRow } from './projection.ts';

/** What one programme year holds for its reports. */
export interface YearData {
  /** Published ones only: a challenge joins its year's index when it is published. */
  challenges: (Challenge & Publication)[];
  /** Award decisions with their standstill and objection counts. */
  decisions: AwardDecision[];
  awards: Award[];
  ledger: LedgerEntry[];
  proposals: ProposalRow[];
  followUps: FollowUpRecord[];
  /** Contracts whose schedule was set or acted on (the others follow the default schedule). */
  contracts: ContractRecord[];
}

const FIELD: Record<ReportSection, keyof YearData> = {
  CHALLENGE: 'challenges',
  DECISION: 'decisions',
  AWARD: 'awards',
  LEDGER: 'ledger',
  PROPOSAL: 'proposals',
  FOLLOWUP: 'followUps',
  CONTRACT: 'contracts',
};

/**
 * Reads runs of sections of one year's index partition: one Query per run (in parallel), each
 * bounded to the year — its cost follows the year's own size, whatever else the table holds.
 */
export async function readYear(
  year: number,
  runs: readonly (readonly [ReportSection, ReportSection])[],
): Promise<YearData> {
  const data: YearData = {
    challenges: [],
    decisions: [],
    awards: [],
    ledger: [],
    proposals: [],
    followUps: [],
    contracts: [],
  };
  const pages = await Promise.all(
    runs.map(([from, to]) => {
      const { start, end } = reportKeys.range(from, to);
      return queryAll({ partition: reportKeys.partition(year), index: 'gsi2', between: [start, end] });
    }),
  );
  for (const item of pages.flat()) {
    const section = reportKeys.sectionOf(item.gsi2sk as string);
    if (section) (data[FIELD[section]] as unknown[]).push(withoutKeys(item));
  }
  return data;
}
