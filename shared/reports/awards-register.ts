import type { Award } from '#shared/awards/schemas.ts';
import type { Challenge } from '#shared/challenges/model.ts';
import { type CompanyIdScheme, companyIdScheme } from '#shared/kernel/company-id.ts';
import type { SizeClass } from '#shared/kernel/organisations.ts';
import { type Instrument, THEMES } from '#shared/kernel/vocabulary.ts';
import { ocid } from './ocds.ts';
import { paidPerAward } from './payments.ts';
import { PROCEDURES } from './procedures.ts';
import type { YearData } from './year-index.ts';

export interface AwardRow {
  awardId: string;
  ocid: string;
  challengeId: string;
  challengeTitle: string;
  buyerOin: string;
  buyerName: string;
  theme: string;
  themeName: string;
  cpvCodes: string[];
  instrument: Instrument;
  procedure: string;
  legalBasis: string;
  eformsProcedureType: string;
  pianooUrl: string;
  phase: number;
  companyKvk: string;
  companyIdScheme: CompanyIdScheme;
  companyName: string;
  sizeClass: SizeClass;
  sme: boolean;
  amountCents: number;
  amountExclVatCents: number;
  ezkAmountCents: number;
  coFundersAmountCents: number;
  funders: { oin: string; name: string; amountCents: number }[];
  decidedAt: string;
  startDate: string;
  endDate: string;
  status: Award['status'];
  standstillEndsAt: string;
  concludedAt: string | null;
  finalAmountCents: number | null;
  /** Paid to the company so far (the milestones paid). */
  paidToDateCents: number;
  endedAt: string | null;
}

/** One row per award of the programme year, oldest decision first, with what a register needs. */
export function awardsRegister(
  data: Pick<YearData, 'challenges' | 'awards' | 'ledger'>,
  ezkOin: string,
): AwardRow[] {
  const paid = paidPerAward(data.ledger);
  const challenges = new Map<string, Challenge>(data.challenges.map((c) => [c.id, c]));
  return [...data.awards]
    .sort((a, b) => a.decidedAt.localeCompare(b.decidedAt) || a.id.localeCompare(b.id))
    .map((award) => {
      const challenge = challenges.get(award.challengeId);
      const procedure = PROCEDURES[award.instrument];
      const funderName = new Map(challenge?.funders.map((f) => [f.oin, f.name]));
      const ezk = award.split.filter((p) => p.funderOin === ezkOin).reduce((s, p) => s + p.amountCents, 0);
      return {
        awardId: award.id,
        ocid: ocid(award.challengeId),
        challengeId: award.challengeId,
        challengeTitle: challenge?.title.nl ?? '',
        buyerOin: challenge?.leadBuyer.oin ?? '',
        buyerName: challenge?.leadBuyer.name ?? '',
        theme: challenge?.theme ?? '',
        themeName: challenge ? THEMES[challenge.theme].nl : '',
        cpvCodes: challenge?.cpvCodes ?? [],
        instrument: award.instrument,
        procedure: procedure.name,
        legalBasis: procedure.legalBasis,
        eformsProcedureType: procedure.eformsProcedureType,
        pianooUrl: procedure.guidance[0]!.url,
        phase: award.phase,
        companyKvk: award.companyKvk,
        companyIdScheme: companyIdScheme(award.companyKvk),
        companyName: award.companyName,
        sizeClass: award.sizeClass,
        sme: award.sizeClass !== 'large',
        amountCents: award.amountCents,
        amountExclVatCents: award.amountExclVatCents,
        ezkAmountCents: ezk,
        coFundersAmountCents: award.amountCents - ezk,
        funders: award.split.map((p) => ({
          oin: p.funderOin,
          name: funderName.get(p.funderOin) ?? p.funderOin,
          amountCents: p.amountCents,
        })),
        decidedAt: award.decidedAt,
        startDate: award.startDate,
        endDate: award.endDate,
        status: award.status,
        standstillEndsAt: award.standstillEndsAt,
        concludedAt: award.concludedAt ?? null,
        finalAmountCents: award.finalAmountCents ?? null,
        paidToDateCents: paid.get(award.id) ?? 0,
        endedAt: award.endedAt ?? null,
      };
    });
}
