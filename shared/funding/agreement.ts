import type { Instrument } from '#shared/kernel/vocabulary.ts';

const MLN = 100_000_000; // € 1 mln in cents

/**
 * What the MKB-samenwerkingsagenda 2018-2019 (29 June 2018) commits per programme year, as
 * written: "in 2018 minimaal € 5 mln. aan gezamenlijke SBIR's en/of innovatie-partnerschaps-
 * projecten … op 50-50 basis", and its budget table (SBIR: EZK max € 2,5 mln · Provincies max
 * € 2,5 mln · Totaal max € 5,0 mln). Reports set these beside what was actually committed.
 */
export interface AgreementYear {
  source: string;
  /** The least the year should commit to joint challenges of these instruments. */
  goal: { minimumJointCents: number; instruments: Instrument[] };
  rows: { instrument: Instrument; ezkMaxCents: number; othersMaxCents: number; totalMaxCents: number }[];
}

export const AGREEMENTS: Readonly<Record<number, AgreementYear>> = {
  2018: {
    source: 'MKB-samenwerkingsagenda 2018-2019 (EZK, IPO, MKB-Nederland), 29 juni 2018',
    goal: { minimumJointCents: 5 * MLN, instruments: ['sbir', 'innovation-partnership'] },
    rows: [{ instrument: 'sbir', ezkMaxCents: 2.5 * MLN, othersMaxCents: 2.5 * MLN, totalMaxCents: 5 * MLN }],
  },
};
