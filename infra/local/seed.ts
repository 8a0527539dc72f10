import { GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import type { Caller } from '#shared/auth/caller.ts';
import type { Award } from '#shared/awards/schemas.ts';
import { answerObjection, concludeDecision, lodgeObjection } from '#shared/awards/standstill.ts';
import { decideAwards } from '#shared/awards/use-cases.ts';
import { createChallengeBody } from '#shared/challenges/schemas.ts';
import { answerConsentRequest, draftChallenge, publishChallenge } from '#shared/challenges/use-cases.ts';
import { submitInvoice } from '#shared/contracts/invoicing.ts';
import { recordSettlement, settlementStatement } from '#shared/contracts/settlements.ts';
import {
  endContract,
  recordPayment,
  reviewDeliverable,
  setSchedule,
  submitDeliverable,
} from '#shared/contracts/use-cases.ts';
import { db, tableName } from '#shared/db/client.ts';
import { ENTITY } from '#shared/db/keys.ts';
import {
  declareConflicts,
  nameCommittee,
  phaseRanking,
  scoreProposal,
} from '#shared/evaluation/use-cases.ts';
import { reportFollowUp } from '#shared/follow-ups/use-cases.ts';
import { setEnvelope } from '#shared/funding/envelopes.ts';
import { putGovernmentOrganisation } from '#shared/organisations/registry.ts';
import { programmeYearOf } from '#shared/platform/amsterdam.ts';
import { setClock } from '#shared/platform/clock.ts';
import type { Proposal } from '#shared/proposals/schemas.ts';
import { loadProposal, saveCompanyProfile, submitProposal } from '#shared/proposals/use-cases.ts';
import { demoAddress } from './demo-address.ts';
import {
  DEMO_ASSESSORS,
  DEMO_COMPANIES,
  DEMO_ORGANISATIONS,
  demoCalls,
  demoEnvelopes,
  outcome,
  proposalFor,
  VAARWEGEN_2018,
} from './demo-data.ts';

/** Per criterion why the demo assessors scored as they did (the letters quote it), by score band. */
const band = (score: number, strong: string, fair: string, weak: string) =>
  score >= 8 ? strong : score >= 6 ? fair : weak;
const DEMO_WHY = {
  impact: (score: number) =>
    band(
      score,
      'Lost een knelpunt van vaarwegbeheerders aantoonbaar op; de meetbare doelen zijn overtuigend.',
      'Draagt bij aan het vraagstuk, maar het effect op het beheer is nog niet goed meetbaar gemaakt.',
      'Het effect op het beheer van vaarwegen blijft vaag; het plan noemt geen meetbare doelen.',
    ),
  tech: (score: number) =>
    band(
      score,
      'De aanpak bouwt voort op bewezen techniek; risico’s zijn benoemd met een plan om ze te beheersen.',
      'Haalbaar, maar de belangrijkste technische risico’s zijn niet volledig uitgewerkt.',
      'Het is onduidelijk hoe de techniek binnen de looptijd werkend wordt; proeven ontbreken.',
    ),
  econ: (score: number) =>
    band(
      score,
      'Een duidelijke markt buiten de opdrachtgever, met een realistisch verdienmodel.',
      'Er is een markt, maar het verdienmodel is nog globaal.',
      'Het plan laat niet zien wie het product na de opdracht koopt.',
    ),
};

export { DEMO_ASSESSORS, DEMO_COMPANIES, DEMO_ORGANISATIONS } from './demo-data.ts';

/*
 * Seeding: plays the demo data (demo-data.ts) through the use cases, each step at its own date,
 * once per database.
 */
const SEED_MARKER = { pk: 'SEED', sk: 'DEMO' };
const DEMO_DECISION = '00000000-0000-4000-8000-000000002018';

async function seedCompaniesAndProposals(vaarwegen: string, binnenvaart: string) {
  const sme = (kvk: string): Caller => ({
    role: 'sme',
    org: kvk,
    sub: `demo-${kvk}`,
    email: demoAddress({ role: 'sme', org: kvk, sub: `demo-${kvk}` }),
  });
  const ctx = (caller: Caller) => ({ caller, correlationId: 'demo-seed' });
  const at = async <T>(iso: string, work: () => Promise<T>) => {
    const restore = setClock(() => new Date(iso));
    try {
      return await work();
    } finally {
      restore();
    }
  };
  for (const { kvk, ...declaration } of DEMO_COMPANIES) {
    await at('2018-10-20T09:00:00Z', () =>
      saveCompanyProfile({ ...declaration, country: 'NL' }, ctx(sme(kvk))),
    );
  }

  // 2018: five proposals before the deadline of 5 December.
  const submitted2018: Proposal[] = [];
  for (const [i, company] of DEMO_COMPANIES.entries()) {
    submitted2018.push(
      await at(`2018-11-${20 + i}T10:00:00Z`, () =>
        submitProposal(
          vaarwegen,
          1,
          proposalFor(company.name, VAARWEGEN_2018.amountsCents[i]!),
          ctx(sme(company.kvk)),
        ),
      ),
    );
  }
  // After the deadline: the committee declares (one recusal) and scores; the ranking is complete.
  const buyer: Caller = { role: 'buyer', org: DEMO_ORGANISATIONS.zuidHolland.oin, sub: 'demo-seed' };
  await at('2018-12-07T09:00:00Z', async () => {
    await nameCommittee(vaarwegen, 1, DEMO_ASSESSORS, ctx(buyer));
    for (const [a, assessor] of DEMO_ASSESSORS.entries()) {
      const caller: Caller = { role: 'assessor', org: assessor.oin, sub: assessor.assessorId };
      const recuses = (i: number) =>
        a === VAARWEGEN_2018.recusal.assessor && i === VAARWEGEN_2018.recusal.proposal;
      await declareConflicts(
        vaarwegen,
        1,
        submitted2018.map((p, i) => ({ proposalId: p.id, conflictOfInterest: recuses(i) })),
        ctx(caller),
      );
      for (const [i, proposal] of submitted2018.entries()) {
        if (recuses(i)) continue;
        const [impact, tech, econ] = VAARWEGEN_2018.scores[i]![a]!;
        const scores = [
          { criterion: 'impact' as const, score: impact, motivation: DEMO_WHY.impact(impact) },
          { criterion: 'technical-feasibility' as const, score: tech, motivation: DEMO_WHY.tech(tech) },
          { criterion: 'economic-prospects' as const, score: econ, motivation: DEMO_WHY.econ(econ) },
        ];
        const motivation =
          'Demo-beoordeling: sterke punten en risico’s zijn in het gesprek met het bedrijf toegelicht.';
        await scoreProposal(proposal, { scores, motivation }, ctx(caller));
      }
    }
  });
  // The award decision on 20 December 2018: the top four by the ranking, within the € 400.000.
  const decided = await at('2018-12-20T10:00:00Z', async () => {
    const { ranking } = await phaseRanking(vaarwegen, 1, buyer);
    const top = ranking
      .slice(0, 4)
      .map((r) => ({ proposalId: r.proposalId, startDate: '2019-01-14', endDate: '2019-07-05' }));
    const decision = await decideAwards(vaarwegen, 1, DEMO_DECISION, top, ctx(buyer), {
      reasons:
        'De vier hoogst gerangschikte voorstellen passen samen binnen het budget van fase 1; zij scoren het best op impact en technische haalbaarheid.',
    });
    return { ...decision, fifth: ranking[4]! };
  });
  // In the standstill the fifth-ranked company objects; the buyer answers it (rejected) in time,
  // and the standstill ends at 24:00 on 9 January 2019: the contracts are concluded.
  const fifth = (await loadProposal(decided.fifth.proposalId))!;
  const objection = await at('2018-12-28T09:30:00Z', () =>
    lodgeObjection(
      fifth.id,
      {
        decisionId: DEMO_DECISION,
        grounds:
          'Wij menen dat de economische perspectieven van ons voorstel te laag zijn beoordeeld: de afzetmarkt in de binnenvaart is in de motivering niet meegewogen.',
      },
      ctx(sme(fifth.companyKvk)),
    ),
  );
  await at('2019-01-04T14:00:00Z', () =>
    answerObjection(
      vaarwegen,
      objection.objectionId,
      {
        outcome: 'rejected',
        reasons:
          'De commissie heeft de afzetmarkt in de binnenvaart meegewogen (zie de motivering bij economisch perspectief); de score blijft staan.',
      },
      ctx(buyer),
    ),
  );
  await at('2019-01-10T06:00:00Z', () => concludeDecision(vaarwegen, DEMO_DECISION, 'demo-seed'));
  // After the award: the fourth contract paid in two instalments, the others once at the final
  // report. Three final reports accepted in July 2019 (one came in € 2.500 under budget, which
  // lowers its payment); the fourth contract ended early after its first, accepted, instalment.
  const [first, second, third, fourth] = decided.awards;
  const company = (award: Award) => ctx(sme(award.companyKvk));
  // What each demo company puts on the invoices the site drafts for it.
  const demoInvoice = (invoiceNumber: string, issueDate: string) => ({
    invoiceNumber,
    issueDate,
    paymentDays: 30,
    iban: 'NL91ABNA0417164300',
    vatNumber: 'NL123456782B01',
    supplierAddress: { street: 'Havenstraat 1', postcode: '3011 AA', city: 'Rotterdam' },
    // The buyer's address: from the register of government organisations.
  });
  await at('2019-01-11T09:00:00Z', () =>
    setSchedule(
      fourth!.id,
      {
        milestones: [
          {
            deliverable: {
              nl: 'Tussenrapport: meetresultaten proefvaart',
              en: 'Interim report: trial results',
            },
            dueDate: '2019-03-29',
            amountCents: 2_000_000,
          },
          {
            deliverable: {
              nl: 'Eindrapport haalbaarheidsonderzoek',
              en: 'Final report of the feasibility study',
            },
            dueDate: '2019-07-05',
            amountCents: fourth!.amountCents - 2_000_000,
          },
        ],
      },
      ctx(buyer),
    ),
  );
  await at('2019-03-15T10:00:00Z', () =>
    submitDeliverable(
      fourth!.id,
      1,
      {
        summary: 'Tussenrapport met de meetresultaten van de proefvaart op de Oude Rijn.',
        reference: 'TR-2019-03',
      },
      company(fourth!),
    ),
  );
  await at('2019-03-22T10:00:00Z', () =>
    reviewDeliverable(fourth!.id, 1, { outcome: 'accepted' }, ctx(buyer)),
  );
  await at('2019-03-25T10:00:00Z', () =>
    submitInvoice(fourth!.id, 1, { draft: demoInvoice('2019-031', '2019-03-25') }, company(fourth!)),
  );
  await at('2019-03-28T10:00:00Z', () =>
    recordPayment(fourth!.id, 1, { paidOn: '2019-03-28', reference: 'PZH-2019-004711' }, ctx(buyer)),
  );
  await at('2019-04-01T10:00:00Z', () =>
    endContract(
      fourth!.id,
      { kind: 'terminated', reason: 'Tussentijdse resultaten bleven achter; in overleg beëindigd.' },
      ctx(buyer),
    ),
  );
  // The first final report is submitted, sent back once, and accepted.
  await at('2019-06-28T10:00:00Z', () =>
    submitDeliverable(
      first!.id,
      1,
      {
        summary: 'Eindrapport haalbaarheidsonderzoek walstroom voor binnenvaartschepen.',
        reference: 'ER-2019-06',
      },
      company(first!),
    ),
  );
  await at('2019-07-02T10:00:00Z', () =>
    reviewDeliverable(
      first!.id,
      1,
      {
        outcome: 'rejected',
        reason: 'De businesscase ontbreekt; voeg hoofdstuk 5 toe zoals in het plan beloofd.',
      },
      ctx(buyer),
    ),
  );
  await at('2019-07-04T10:00:00Z', () =>
    submitDeliverable(
      first!.id,
      1,
      { summary: 'Eindrapport met de businesscase (hoofdstuk 5) toegevoegd.', reference: 'ER-2019-06-v2' },
      company(first!),
    ),
  );
  await at('2019-07-08T10:00:00Z', async () => {
    await reviewDeliverable(first!.id, 1, { outcome: 'accepted' }, ctx(buyer));
    await endContract(first!.id, { kind: 'completed' }, ctx(buyer));
    await endContract(
      second!.id,
      { kind: 'completed', finalAmountCents: second!.amountCents - 250_000 },
      ctx(buyer),
    );
    await endContract(third!.id, { kind: 'completed' }, ctx(buyer));
  });
  await at('2019-07-12T10:00:00Z', async () => {
    for (const [i, award] of [first!, second!, third!].entries())
      await submitInvoice(
        award.id,
        1,
        { draft: demoInvoice(`2019-07${i + 1}`, '2019-07-12') },
        company(award),
      );
  });
  await at('2019-07-19T10:00:00Z', async () => {
    for (const [i, award] of [first!, second!, third!].entries())
      await recordPayment(
        award.id,
        1,
        { paidOn: '2019-07-19', reference: `PZH-2019-0090${i + 1}` },
        ctx(buyer),
      );
  });
  // EZK settled its part of the first quarter's payment with Zuid-Holland; the third quarter's is open.
  await at('2019-04-15T10:00:00Z', async () => {
    const officer: Caller = { role: 'officer', org: DEMO_ORGANISATIONS.zuidHolland.oin, sub: 'demo-seed' };
    const statement = await settlementStatement(DEMO_ORGANISATIONS.ezk.oin, '2019-Q1', officer);
    await recordSettlement(
      DEMO_ORGANISATIONS.ezk.oin,
      '2019-Q1',
      {
        receivedOn: '2019-04-12',
        reference: 'EZK-SBIR-2019-Q1',
        amountCents: statement.statements[0]!.owedCents,
      },
      ctx(officer),
    );
  });

  // Follow-up monitoring (illustrative outcomes): the first company reported twice, the second
  // once; every other round fell due and was not reported, so the report shows it as overdue.
  const owner = (award: Award) => ctx(sme(award.companyKvk));
  await at('2020-08-03T09:00:00Z', () =>
    reportFollowUp(first!.id, 1, outcome(0, 1, 25_000_000, false), owner(first!)),
  );
  await at('2020-07-20T09:00:00Z', () =>
    reportFollowUp(second!.id, 1, outcome(4_500_000, 2, 0, true), owner(second!)),
  );
  await at('2021-09-01T09:00:00Z', () =>
    reportFollowUp(
      first!.id,
      2,
      { ...outcome(18_000_000, 4, 60_000_000, true), remarks: 'Eerste walstroomkasten geleverd.' },
      owner(first!),
    ),
  );

  // Now: three proposals in the open phase of the current call.
  for (const company of DEMO_COMPANIES.slice(0, 3)) {
    await submitProposal(binnenvaart, 1, proposalFor(company.name, 4_900_000), ctx(sme(company.kvk)));
  }
}

/** Seeds once per database (a marker item records it). Returns false when it had already run. */
export async function seedDemoData(): Promise<boolean> {
  const marker = await db().send(new GetCommand({ TableName: tableName(), Key: SEED_MARKER }));
  if (marker.Item) return false;
  for (const org of Object.values(DEMO_ORGANISATIONS)) await putGovernmentOrganisation(org);
  for (const { year, holder, input } of demoEnvelopes(programmeYearOf(new Date().toISOString()))) {
    await setEnvelope(year, holder.oin, input);
  }
  const seeded = new Map<string, string>();
  for (const call of demoCalls()) {
    const caller: Caller = { role: 'buyer', org: call.buyer.oin, sub: 'demo-seed' };
    // Historical calls are drafted and published at their own date, so every rule holds then.
    const restore = call.publishedAt ? setClock(() => new Date(call.publishedAt!)) : () => {};
    try {
      const input = createChallengeBody.parse(call.input);
      const challenge = await draftChallenge(input, { caller, correlationId: 'demo-seed' });
      if (call.publish) {
        // Each co-funder approves its own share first (a buyer of that body), as the rules require.
        for (const funder of challenge.funders.filter((f) => f.oin !== call.buyer.oin)) {
          const coFunder: Caller = { role: 'buyer', org: funder.oin, sub: 'demo-seed' };
          await answerConsentRequest(
            challenge.id,
            funder.oin,
            { decision: 'approve' },
            { caller: coFunder, correlationId: 'demo-seed' },
          );
        }
        await publishChallenge(challenge.id, { caller, correlationId: 'demo-seed' });
      }
      if (call.key) seeded.set(call.key, challenge.id);
    } finally {
      restore();
    }
  }
  await seedCompaniesAndProposals(seeded.get('vaarwegen')!, seeded.get('binnenvaart')!);
  await db().send(
    new PutCommand({
      TableName: tableName(),
      Item: { ...SEED_MARKER, entity: ENTITY.seedMarker, seededAt: new Date().toISOString() },
    }),
  );
  return true;
}
