import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setClock } from '#shared/platform/clock.ts';
import { routes } from '#shared/routes.ts';
import { challengeBody, ORGS, THIS_YEAR } from '../support/fixtures.ts';
import {
  decideAwards,
  declareAndScore,
  expectStatus,
  marketplace,
  publishedChallenge,
} from '../support/journeys.ts';
import { ocdsValidator } from '../support/ocds.ts';
import type { TestApi } from '../support/runtime.ts';
import { tableSnapshot } from '../support/table.ts';

/*
 * Issue #15, point 3: companies from every EU state. A German company signs in with its EUID, a
 * Belgian one with its VAT number: the SME test applies to both, tenancy keeps them apart, and
 * the open data and the awards register name each under its own identifier scheme.
 */
let api: TestApi;
beforeAll(async () => {
  api = await marketplace();
});
afterAll(() => api?.runtime.stop());

const GERMAN = { id: 'DEK1101R.HRB116737', name: 'Schleusen Technik GmbH' };
const BELGIAN = { id: 'BE0403612644', name: 'Sluizen Vlaanderen BV' };

describe('one firm, one identity', () => {
  it('a VAT number of another state is refused; the same firm under its VAT number cannot bid beside its EUID', async () => {
    const buyer = await api.as('buyer', ORGS.zuidHolland.oin);
    const challenge = await publishedChallenge(api, { token: buyer, body: challengeBody() });
    const firm = { id: 'DEK1101R.HRB999001', vat: 'DE136695976' };
    const viaEuid = await api.as('sme', firm.id);
    const profile = (token: string, btwId: string) =>
      api.request(routes.putCompanyProfile, {
        token,
        body: {
          name: 'Tor Technik GmbH',
          staff: 12,
          turnoverCents: 300_000_000,
          balanceSheetCents: 200_000_000,
          btwId,
        },
      });
    const foreign = await profile(viaEuid, 'BE0403612644');
    expect(foreign.status).toBe(400);
    expect(foreign.problem?.errors?.[0]?.field).toBe('body.btwId');
    await expectStatus(profile(viaEuid, firm.vat), 200);
    const bid = (token: string) =>
      api.request(routes.submitProposal, {
        token,
        params: { challengeId: challenge.id, phase: 1 },
        body: {
          summary: 'Een sluisdeur die energie terugwint.',
          plan: 'Metingen, model en kostenraming.',
          requestedAmountCents: 4_000_000,
          durationMonths: 6,
        },
      });
    const first = await expectStatus(bid(viaEuid), 201);
    expect(first.firmIds).toEqual([firm.id, firm.vat]);
    // The same firm signed in with its VAT number: its VAT number is its id, and it is one bidder.
    const viaVat = await api.as('sme', firm.vat);
    expect((await profile(viaVat, 'DE123456788')).status).toBe(400);
    await expectStatus(profile(viaVat, firm.vat), 200);
    const second = await bid(viaVat);
    expect(second.status).toBe(409);
    expect(second.problem?.type).toMatch(/proposal-exists$/);
    // Withdrawn under the EUID, the firm may bid under its VAT number.
    await expectStatus(
      api.request(routes.withdrawProposal, { token: viaEuid, params: { proposalId: first.id } }),
      200,
    );
    await expectStatus(bid(viaVat), 201);
  });
});

describe('companies from other EU states', () => {
  it('sign in with an EUID or a VAT number, bid and win; the open data and the register use their schemes', async () => {
    const buyer = await api.as('buyer', ORGS.zuidHolland.oin);
    const challenge = await publishedChallenge(api, { token: buyer, body: challengeBody() });
    const bidders = [];
    for (const company of [GERMAN, BELGIAN]) {
      const token = await api.as('sme', company.id);
      // The country is the one the id states; another one is refused at the field, nothing written.
      await api.runtime.settle();
      const before = await tableSnapshot();
      const wrongCountry = await api.request(routes.putCompanyProfile, {
        token,
        body: {
          name: company.name,
          staff: 12,
          turnoverCents: 300_000_000,
          balanceSheetCents: 200_000_000,
          country: 'NL',
        },
      });
      expect(wrongCountry.status).toBe(400);
      expect(wrongCountry.problem?.errors?.[0]?.field).toBe('body.country');
      expect(await tableSnapshot()).toEqual(before);
      const profile = await expectStatus(
        api.request(routes.putCompanyProfile, {
          token,
          body: {
            name: company.name,
            staff: 12,
            turnoverCents: 300_000_000,
            balanceSheetCents: 200_000_000,
            btwId: company === GERMAN ? 'DE123456788' : BELGIAN.id,
          },
        }),
        200,
      );
      expect(profile).toMatchObject({
        kvk: company.id,
        country: company.id.slice(0, 2),
        sizeClass: 'small',
        isSme: true,
        identifierScheme: company === GERMAN ? 'euid' : 'vat',
      });
      const proposal = await expectStatus(
        api.request(routes.submitProposal, {
          token,
          params: { challengeId: challenge.id, phase: 1 },
          body: {
            summary: 'Een sluisdeur die energie terugwint.',
            plan: 'Metingen, model en kostenraming.',
            requestedAmountCents: 4_000_000,
            durationMonths: 6,
          },
        }),
        201,
      );
      bidders.push({ ...company, token, proposalId: proposal.id });
    }
    // Tenancy: one cannot read the other's proposal.
    expect(
      (
        await api.request(routes.getProposal, {
          token: bidders[0]!.token,
          params: { proposalId: bidders[1]!.proposalId },
        })
      ).status,
    ).toBe(404);
    // A token whose company id fits no scheme describes no caller.
    const malformed = await api.as('sme', 'DE12345678');
    expect((await api.request(routes.myProposals, { token: malformed, query: {} })).status).toBe(401);

    await expectStatus(
      api.request(routes.nameCommittee, {
        token: buyer,
        params: { challengeId: challenge.id, phase: 1 },
        body: { assessors: [{ oin: ORGS.ezk.oin, assessorId: 'judge' }] },
      }),
      200,
    );
    const restore = setClock(() => new Date(Date.parse(challenge.phases[0]!.submissionDeadline) + 60_000));
    try {
      await declareAndScore(api, {
        challengeId: challenge.id,
        phase: 1,
        proposalIds: bidders.map((b) => b.proposalId),
        scores: () =>
          (['impact', 'technical-feasibility', 'economic-prospects'] as const).map((criterion) => ({
            criterion,
            score: 8,
          })),
      });
      await expectStatus(
        decideAwards(api, {
          token: buyer,
          challengeId: challenge.id,
          phase: 1,
          proposalIds: bidders.map((b) => b.proposalId),
        }),
        201,
      );

      const ocds = await expectStatus(api.request(routes.ocdsReport, { query: { year: THIS_YEAR } }), 200);
      const validate = ocdsValidator();
      expect(validate(ocds), JSON.stringify(validate.errors)).toBe(true);
      const release = ocds.releases.find((r) => r.ocid.endsWith(challenge.id)) as unknown as {
        parties: { id: string; identifier: { scheme?: string; id: string }; roles: string[] }[];
        bids: { statistics: { measure: string; value: number; relatedLot: string }[] };
      };
      expect(
        release.bids.statistics.find(
          (st) => st.measure === 'foreignBidsFromEU' && st.relatedLot === 'phase-1',
        )?.value,
      ).toBe(2);
      const companies = release.parties.filter((p) => p.roles.includes('supplier'));
      expect(companies.map((p) => [p.id, p.identifier.scheme, p.identifier.id]).sort()).toEqual([
        ['DE-CR-K1101R.HRB116737', 'DE-CR', 'K1101R.HRB116737'],
        ['XI-VAT-BE0403612644', 'XI-VAT', 'BE0403612644'],
      ]);

      const officer = await api.as('officer', ORGS.zuidHolland.oin);
      const register = await expectStatus(
        api.request(routes.awardsReport, { token: officer, query: { year: THIS_YEAR } }),
        200,
      );
      const rows = (
        register.items as { companyKvk: string; companyIdScheme: string; challengeId: string }[]
      ).filter((r) => r.challengeId === challenge.id);
      expect(rows.map((r) => [r.companyKvk, r.companyIdScheme]).sort()).toEqual([
        [BELGIAN.id, 'vat'],
        [GERMAN.id, 'euid'],
      ]);
    } finally {
      restore();
    }
  });
});
