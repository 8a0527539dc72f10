import type { z } from 'zod/mini';
import type { createChallengeBody } from '#shared/challenges/schemas.ts';
import { setEnvelope } from '#shared/funding/envelopes.ts';
import { putGovernmentOrganisation } from '#shared/organisations/registry.ts';
import { programmeYearOf } from '#shared/platform/amsterdam.ts';

export const ORGS = {
  ezk: {
    oin: '00000099000000001000',
    name: 'Ministerie van Economische Zaken en Klimaat',
    kind: 'ministry' as const,
  },
  zuidHolland: { oin: '00000099000000002000', name: 'Provincie Zuid-Holland', kind: 'province' as const },
  noordHolland: { oin: '00000099000000003000', name: 'Provincie Noord-Holland', kind: 'province' as const },
  utrecht: { oin: '00000099000000006000', name: 'Provincie Utrecht', kind: 'province' as const },
  ipo: { oin: '00000099000000007000', name: 'IPO', kind: 'association' as const },
};
export const SME_KVK = '12345678';

export async function registerOrganisations(): Promise<void> {
  for (const org of Object.values(ORGS)) await putGovernmentOrganisation(org);
}

export const THIS_YEAR = programmeYearOf(new Date().toISOString());

/** Generous envelopes this year and next for EZK and Zuid-Holland (own), and IPO with Noord-Holland and Utrecht. */
export async function fundThisYear(capCents = 1_000_000_000): Promise<void> {
  const caps = [
    { instrument: 'sbir' as const, capCents },
    { instrument: 'innovation-partnership' as const, capCents },
  ];
  // Next year's too: a test that moves the clock past a deadline a month away may land in it
  // (in December a call published "after phase 1 closed" belongs to the next programme year).
  for (const year of [THIS_YEAR, THIS_YEAR + 1]) {
    await setEnvelope(year, ORGS.ezk.oin, { caps });
    await setEnvelope(year, ORGS.zuidHolland.oin, { caps });
    await setEnvelope(year, ORGS.ipo.oin, { caps, members: [ORGS.noordHolland.oin, ORGS.utrecht.oin] });
  }
}

const inDays = (n: number) => new Date(Date.now() + n * 86_400_000).toISOString();

/** A valid joint SBIR challenge of Zuid-Holland and EZK, 50-50. */
export function challengeBody(
  overrides: Partial<z.input<typeof createChallengeBody>> = {},
): z.input<typeof createChallengeBody> {
  return {
    instrument: 'sbir',
    title: { nl: 'SBIR Schone vaarwegen', en: 'SBIR Clean waterways' },
    description: { nl: 'Innovaties voor emissieloos varen.' },
    theme: 'energietransitie-duurzaamheid',
    cpvCodes: ['73000000-2'],
    funders: [
      { oin: ORGS.ezk.oin, shareBasisPoints: 5000 },
      { oin: ORGS.zuidHolland.oin, shareBasisPoints: 5000 },
    ],
    phases: [
      {
        number: 1,
        budgetCents: 40_000_000,
        plannedContracts: 8,
        durationMonths: 6,
        submissionDeadline: inDays(30),
      },
      {
        number: 2,
        budgetCents: 60_000_000,
        maxPerContractCents: 30_000_000,
        plannedContracts: 2,
        durationMonths: 18,
        submissionDeadline: inDays(300),
      },
    ],
    ...overrides,
  };
}
