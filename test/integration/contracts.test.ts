import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { periodOf, quarterOf } from '#shared/contracts/settlements.ts';
import type { LedgerEntry } from '#shared/funding/model.ts';
import { readLedger } from '#shared/funding/repository.ts';
import { draftUbl } from '#shared/invoices/ubl.ts';
import { amsterdamDate } from '#shared/platform/amsterdam.ts';
import { clock, setClock } from '#shared/platform/clock.ts';
import { routes } from '#shared/routes.ts';
import { putTo, sampleFiles, sha256 } from '../support/files.ts';
import { challengeBody, ORGS, THIS_YEAR } from '../support/fixtures.ts';
import {
  decideAwards,
  declareAndScore,
  evaluatedPhase,
  expectStatus,
  marketplace,
  passStandstill,
} from '../support/journeys.ts';
import { ocdsValidator } from '../support/ocds.ts';
import type { TestApi } from '../support/runtime.ts';
import { changesDuring } from '../support/table.ts';

/*
 * After the award (issue #35): a three-funder call, split 50 / 25 / 25, with odd amounts so every
 * split rounds. A phase-1 contract from award to paid and settled; a rejected deliverable
 * submitted again; a terminated contract that pays its accepted milestone only; the phase-2
 * contract of the same company paid in three instalments. Every cent is checked per funder, in
 * the contracts, the ledgers and the co-funding report.
 */

let api: TestApi;
const restores: (() => void)[] = [];
beforeAll(async () => {
  api = await marketplace();
}, 120_000);
afterAll(async () => {
  for (const restore of restores.reverse()) restore();
  await api?.runtime.stop();
});

const FUNDERS = [
  { oin: ORGS.ezk.oin, shareBasisPoints: 5000 },
  { oin: ORGS.zuidHolland.oin, shareBasisPoints: 2500 },
  { oin: ORGS.noordHolland.oin, shareBasisPoints: 2500 },
];
const BUYER_ADDRESS = 'inkoop@zuid-holland.example';
const EZK_ADDRESS = 'financien@ezk.example';
const mailTo = (address: string) => api.runtime.mailbox.messages().filter((m) => m.to.includes(address));
const ODD = 4_999_999; // € 49.999,99: 2.499.999,5 / 1.249.999,75 / 1.249.999,75 — every part rounds
const OTHER = 3_000_001;

const ledgerOf = (funderOin: string) => readLedger(funderOin);

/** What the site asks to draft a milestone's e-invoice. */
const draft = (invoiceNumber: string) => ({
  invoiceNumber,
  issueDate: amsterdamDate(clock.nowIso()),
  iban: 'NL91 ABNA 0417 1643 00',
  vatNumber: 'NL123456782B01',
  supplierAddress: { street: 'Havenstraat 1', postcode: '3011 AA', city: 'Rotterdam' },
  buyerAddress: { street: 'Zuid-Hollandplein 1', postcode: '2596 AW', city: 'Den Haag' },
});
/** The company invoices an accepted milestone with an invoice the site drafts. */
const invoice = (token: string, awardId: string, milestone: '1' | '2' | '3', invoiceNumber: string) =>
  expectStatus(
    api.request(routes.submitInvoice, {
      token,
      params: { awardId, milestone },
      body: { draft: draft(invoiceNumber) },
    }),
    200,
  );
/** A deliverable's document: asked for, sent, completed; the answers of each step. */
async function addDocument(token: string, awardId: string, fileName: string, bytes: Uint8Array) {
  const params = { awardId, milestone: '1' } as const;
  const ticket = await api.request(routes.requestDeliverableUpload, {
    token,
    params,
    body: { fileName, sizeBytes: bytes.byteLength },
  });
  if (ticket.status !== 201) return { ticket, completed: undefined };
  await putTo(ticket.body, bytes);
  const completed = await api.request(routes.completeDeliverableUpload, {
    token,
    params: { ...params, uploadId: ticket.body.uploadId },
    body: { sha256: sha256(bytes) },
  });
  return { ticket, completed };
}
const openDocument = (token: string, awardId: string, fileId: string) =>
  api.request(routes.openDeliverableFile, { token, params: { awardId, milestone: '1', fileId } });
const REPORT = sampleFiles.pdf('Plan van aanpak met tussendoelen');

/** The co-funding report's SBIR money per funder of a programme year. */
async function moneyPerFunder(year: number) {
  const report = await expectStatus(
    api.request(routes.coFundingReport, { token: await api.as('programme', ORGS.ezk.oin), query: { year } }),
    200,
  );
  return (oin: string) => report.funders.find((f) => f.funderOin === oin && f.instrument === 'sbir')!;
}

const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);
const paidBy = (entries: LedgerEntry[], awardId: string) =>
  sum(entries.filter((e) => e.kind === 'pay' && e.awardId === awardId).map((e) => e.paidDeltaCents ?? 0));

describe('after the award: contracts, deliverables, payments and the co-funders’ settlement', () => {
  let setup: Awaited<ReturnType<typeof evaluatedPhase>>;
  let awards: { id: string; amountCents: number; split: { funderOin: string; amountCents: number }[] }[];
  let company: string;
  let other: string;
  let officers: Record<'ezk' | 'zuidHolland' | 'noordHolland' | 'utrecht', string>;

  it('concludes phase-1 contracts with the default schedule: one milestone of the whole award', async () => {
    setup = await evaluatedPhase(api, {
      companies: 2,
      requestedCents: ODD,
      requested: (i) => (i === 0 ? ODD : OTHER),
      phase1BudgetCents: 20_000_000,
      kvkBase: 35_500_000,
      funders: FUNDERS,
    });
    restores.push(setup.restore);
    const decided = await expectStatus(
      decideAwards(api, {
        token: setup.buyer,
        challengeId: setup.challengeId,
        phase: 1,
        proposalIds: setup.proposals.map((p) => p.id),
        period: { startDate: '2027-03-01', endDate: '2027-08-31' },
      }),
      201,
    );
    awards = decided.awards;
    company = setup.proposals[0]!.token;
    other = setup.proposals[1]!.token;
    officers = {
      ezk: await api.as('officer', ORGS.ezk.oin),
      zuidHolland: await api.as('officer', ORGS.zuidHolland.oin),
      noordHolland: await api.as('officer', ORGS.noordHolland.oin),
      utrecht: await api.as('officer', ORGS.utrecht.oin),
    };
    // The lead buyer's and EZK's finance people want e-mail about contracts.
    await expectStatus(
      api.request(routes.registerAddress, {
        token: await api.as('buyer', ORGS.zuidHolland.oin, 'inkoop', BUYER_ADDRESS),
      }),
      200,
    );
    await expectStatus(
      api.request(routes.registerAddress, {
        token: await api.as('officer', ORGS.ezk.oin, 'financien', EZK_ADDRESS),
      }),
      200,
    );
    // In its standstill there is no contract yet.
    const early = await api.request(routes.getContract, {
      token: company,
      params: { awardId: awards[0]!.id },
    });
    expect(early.status).toBe(409);
    expect(early.problem?.type).toMatch(/award-provisional$/);
    restores.push(await passStandstill(api, decided.awards[0]!.standstillEndsAt));

    const contract = await expectStatus(
      api.request(routes.getContract, { token: company, params: { awardId: awards[0]!.id } }),
      200,
    );
    expect(contract).toMatchObject({
      amountCents: ODD,
      awardStatus: 'awarded',
      scheduleChangeable: true,
      paidCents: 0,
      milestones: [{ number: 1, amountCents: ODD, status: 'open', dueDate: '2027-08-31' }],
    });
    expect(sum(contract.funders.map((f) => f.awardedCents))).toBe(ODD);
    // The buyer and every funder's officers see it; another company and another province do not.
    await expectStatus(
      api.request(routes.getContract, { token: setup.buyer, params: { awardId: awards[0]!.id } }),
      200,
    );
    await expectStatus(
      api.request(routes.getContract, { token: officers.noordHolland, params: { awardId: awards[0]!.id } }),
      200,
    );
    await expectStatus(
      api.request(routes.getContract, { token: other, params: { awardId: awards[0]!.id } }),
      404,
    );
    await expectStatus(
      api.request(routes.getContract, { token: officers.utrecht, params: { awardId: awards[0]!.id } }),
      404,
    );
    // Each party's list: the company its own, the buyer both.
    const mine = await expectStatus(api.request(routes.myContracts, { token: company }), 200);
    expect(mine.items.map((c) => c.awardId)).toEqual([awards[0]!.id]);
    const buyers = await expectStatus(api.request(routes.myContracts, { token: setup.buyer }), 200);
    expect(buyers.items.map((c) => c.awardId).sort()).toEqual(awards.map((a) => a.id).sort());
  });

  it('refuses a schedule that does not add up to the award, at its field, and writes nothing', async () => {
    const awardId = awards[1]!.id;
    const attempt = (amounts: number[], dueDates = ['2027-04-30', '2027-08-31']) =>
      api.request(routes.setSchedule, {
        token: setup.buyer,
        params: { awardId },
        body: {
          milestones: amounts.map((amountCents, i) => ({
            deliverable: { nl: `Mijlpaal ${i + 1}`, en: `Milestone ${i + 1}` },
            dueDate: dueDates[i]!,
            amountCents,
          })),
        },
      });
    let short!: Awaited<ReturnType<typeof attempt>>;
    const changes = await changesDuring(api.runtime, async () => {
      short = await attempt([1_000_000, 1_999_999]);
    });
    expect(short.status).toBe(422);
    expect(short.problem?.type).toMatch(/schedule-mismatch$/);
    expect(short.problem?.errors?.map((e) => e.field)).toEqual(['body.milestones']);
    expect(changes).toBe(0);
    const outside = await attempt([1_000_000, 2_000_001], ['2027-04-30', '2027-12-31']);
    expect(outside.problem?.errors?.map((e) => e.field)).toEqual(['body.milestones.1.dueDate']);
    // Only the lead buyer sets it; the company cannot.
    expect(
      (
        await api.request(routes.setSchedule, {
          token: other,
          params: { awardId },
          body: { milestones: [{ deliverable: { nl: 'Alles' }, dueDate: '2027-08-31', amountCents: OTHER }] },
        })
      ).status,
    ).toBe(403);
    const set = await expectStatus(attempt([1_000_000, 2_000_001]), 200);
    expect(set.milestones.map((m) => [m.number, m.amountCents, m.status])).toEqual([
      [1, 1_000_000, 'open'],
      [2, 2_000_001, 'open'],
    ]);
    expect(set.scheduleSetAt).toBeDefined();
  });

  let reportId: string;
  it('takes documents for a deliverable, checked by content; until it is submitted only the company sees them', async () => {
    const awardId = awards[1]!.id;
    const added = await addDocument(other, awardId, 'Plan van aanpak.pdf', REPORT);
    const withReport = await expectStatus(Promise.resolve(added.completed!), 200);
    const files = withReport.milestones[0]!.files!;
    expect(files).toEqual([
      expect.objectContaining({
        fileName: 'Plan van aanpak.pdf',
        contentType: 'application/pdf',
        sha256: sha256(REPORT),
      }),
    ]);
    reportId = files[0]!.id;
    // A program renamed to a PDF is refused by its content, and nothing of it is kept.
    const renamed = await addDocument(other, awardId, 'bijlage.pdf', sampleFiles.exe());
    expect(renamed.completed?.status).toBe(415);
    // A second document, then taken out again.
    const sheet = await expectStatus(
      Promise.resolve((await addDocument(other, awardId, 'Begroting.csv', sampleFiles.csv())).completed!),
      200,
    );
    const sheetId = sheet.milestones[0]!.files!.find((f) => f.fileName === 'Begroting.csv')!.id;
    const removed = await expectStatus(
      api.request(routes.removeDeliverableFile, {
        token: other,
        params: { awardId, milestone: '1', fileId: sheetId },
      }),
      200,
    );
    expect(removed.milestones[0]!.files!.map((f) => f.fileName)).toEqual(['Plan van aanpak.pdf']);
    // Not submitted yet: the buyer neither sees nor opens it; the company opens its own.
    const buyerView = await expectStatus(
      api.request(routes.getContract, { token: setup.buyer, params: { awardId } }),
      200,
    );
    expect(buyerView.milestones[0]!.files).toBeUndefined();
    expect((await openDocument(setup.buyer, awardId, reportId)).status).toBe(404);
    const own = await expectStatus(openDocument(other, awardId, reportId), 201);
    expect(sha256(new Uint8Array(await (await fetch(own.url)).arrayBuffer()))).toBe(sha256(REPORT));
    // Another company's contract takes none of its files.
    expect((await addDocument(company, awardId, 'x.pdf', REPORT)).ticket.status).toBe(404);
  });

  it('sends a rejected deliverable back with its reason; the company submits it again and it is accepted', async () => {
    const awardId = awards[1]!.id;
    const params = { awardId, milestone: '1' } as const;
    const submitted = await expectStatus(
      api.request(routes.submitDeliverable, {
        token: other,
        params,
        body: { summary: 'Plan van aanpak met de tussendoelen, zie bijlage A.', reference: 'PVA-2027-01' },
      }),
      200,
    );
    expect(submitted.milestones[0]).toMatchObject({ status: 'submitted', reviewDueDate: expect.any(String) });
    // Submitted once is enough: again is refused until the buyer has reviewed it.
    const twice = await api.request(routes.submitDeliverable, {
      token: other,
      params,
      body: { summary: 'Nog een keer hetzelfde plan.' },
    });
    expect(twice.status).toBe(409);
    expect(twice.problem?.type).toMatch(/deliverable-not-expected$/);
    // The schedule is fixed once something is delivered.
    expect(
      (
        await api.request(routes.setSchedule, {
          token: setup.buyer,
          params: { awardId },
          body: { milestones: [{ deliverable: { nl: 'Alles' }, dueDate: '2027-08-31', amountCents: OTHER }] },
        })
      ).problem?.type,
    ).toMatch(/schedule-fixed$/);
    // A rejection says why, or it is refused at the field.
    const unexplained = await api.request(routes.reviewDeliverable, {
      token: setup.buyer,
      params,
      body: { outcome: 'rejected' },
    });
    expect(unexplained.status).toBe(400);
    expect(unexplained.problem?.errors?.map((e) => e.field)).toEqual(['body.reason']);
    const rejected = await expectStatus(
      api.request(routes.reviewDeliverable, {
        token: setup.buyer,
        params,
        body: { outcome: 'rejected', reason: 'De tussendoelen zijn niet meetbaar; maak ze concreet.' },
      }),
      200,
    );
    expect(rejected.milestones[0]).toMatchObject({ status: 'rejected' });
    // Not payable while rejected.
    const early = await api.request(routes.recordPayment, {
      token: setup.buyer,
      params,
      body: { paidOn: '2027-02-01', reference: 'BET-1' },
    });
    expect(early.problem?.type).toMatch(/milestone-not-payable$/);
    await expectStatus(
      api.request(routes.submitDeliverable, {
        token: other,
        params,
        body: { summary: 'Plan van aanpak met meetbare tussendoelen (versie 2).' },
      }),
      200,
    );
    const accepted = await expectStatus(
      api.request(routes.reviewDeliverable, { token: setup.buyer, params, body: { outcome: 'accepted' } }),
      200,
    );
    expect(accepted.milestones[0]).toMatchObject({ status: 'accepted' });
    expect(accepted.milestones[0]!.submissions).toHaveLength(2);
    expect(accepted.milestones[0]!.reviews.map((r) => r.outcome)).toEqual(['rejected', 'accepted']);
    expect(accepted.payableCents).toBe(1_000_000);
  });

  it('seals a submitted deliverable’s documents to the buyer and the committee, each opening in the audit trail', async () => {
    const awardId = awards[1]!.id;
    const contract = await expectStatus(
      api.request(routes.getContract, { token: setup.buyer, params: { awardId } }),
      200,
    );
    // The first submission took the document along, frozen; the second came without one.
    const [first, second] = contract.milestones[0]!.submissions;
    expect(first!.files?.map((f) => [f.id, f.sha256])).toEqual([[reportId, sha256(REPORT)]]);
    expect(second!.files).toBeUndefined();
    const judge = await api.as('assessor', ORGS.ezk.oin, 'judge');
    for (const token of [setup.buyer, judge, other]) {
      const download = await expectStatus(openDocument(token, awardId, reportId), 201);
      expect(download).toMatchObject({ fileName: 'Plan van aanpak.pdf', sha256: sha256(REPORT) });
      expect(sha256(new Uint8Array(await (await fetch(download.url)).arrayBuffer()))).toBe(sha256(REPORT));
    }
    // Not the co-funders' officers, not another assessor, not another company.
    for (const token of [
      officers.ezk,
      officers.zuidHolland,
      await api.as('assessor', ORGS.ezk.oin, 'someone-else'),
      company,
    ])
      expect([403, 404]).toContain((await openDocument(token, awardId, reportId)).status);
    // Accepted: the deliverable takes no more documents.
    const late = await addDocument(other, awardId, 'Nagekomen.pdf', REPORT);
    expect(late.ticket.problem?.type).toMatch(/deliverable-not-expected$/);

    await api.runtime.settle();
    const later = setClock(() => new Date('2031-01-01T00:00:00Z'));
    try {
      const trail = await expectStatus(
        api.request(routes.challengeAuditTrail, {
          token: officers.zuidHolland,
          params: { challengeId: setup.challengeId },
        }),
        200,
      );
      const openings = trail.entries.filter(
        (e) => e.action === 'DeliverableFileOpened' && e.ids.fileId === reportId,
      );
      expect(openings.map((e) => e.actor.role).sort()).toEqual(['assessor', 'buyer', 'sme', 'sme']);
      const submitted = trail.entries.filter(
        (e) => e.action === 'DeliverableSubmitted' && e.ids.awardId === awardId,
      );
      expect(submitted).toHaveLength(2);
      expect(trail.verification.valid).toBe(true);
    } finally {
      later();
    }
  });

  it('terminates a contract paying only its accepted milestone; the rest returns through the ledger', async () => {
    const award = awards[1]!;
    const wrong = await api.request(routes.terminateAward, {
      token: setup.buyer,
      params: { awardId: award.id },
      body: { reason: 'Het prototype blijft achter.', spentCents: 2_000_000 },
    });
    expect(wrong.status).toBe(422);
    expect(wrong.problem?.type).toMatch(/spent-not-accepted$/);
    const ended = await expectStatus(
      api.request(routes.terminateAward, {
        token: setup.buyer,
        params: { awardId: award.id },
        body: { reason: 'Het prototype blijft achter.' },
      }),
      200,
    );
    expect(ended).toMatchObject({ status: 'terminated', finalAmountCents: 1_000_000 });
    const contract = await expectStatus(
      api.request(routes.getContract, { token: setup.buyer, params: { awardId: award.id } }),
      200,
    );
    expect(contract.milestones.map((m) => m.status)).toEqual(['accepted', 'cancelled']);
    // What was accepted is still owed after the end: invoiced and paid now.
    await invoice(other, award.id, '1', 'F-2027-0001');
    const paid = await expectStatus(
      api.request(routes.recordPayment, {
        token: setup.buyer,
        params: { awardId: award.id, milestone: '1' },
        body: { paidOn: amsterdamDate(clock.nowIso()), reference: 'BET-2027-0002' },
      }),
      200,
    );
    expect(paid.paidCents).toBe(1_000_000);
    // Per funder: paid + returned = its part of the award, to the cent.
    for (const funder of FUNDERS) {
      const entries = (await ledgerOf(funder.oin)).filter((e) => e.awardId === award.id);
      const part = award.split.find((p) => p.funderOin === funder.oin)!.amountCents;
      const returned = -sum(entries.filter((e) => e.kind === 'return').map((e) => e.awardedDeltaCents));
      expect(paidBy(entries, award.id) + returned).toBe(part);
    }
  });

  it('refuses an invalid e-invoice naming every rule it breaks — CEN, Dutch and its match to the milestone — and writes nothing', async () => {
    const award = awards[0]!;
    const params = { awardId: award.id, milestone: '1' } as const;
    // Not before the deliverable is accepted.
    const early = await api.request(routes.submitInvoice, {
      token: company,
      params,
      body: { draft: draft('F-1') },
    });
    expect(early.status).toBe(409);
    expect(early.problem?.type).toMatch(/milestone-not-invoiceable$/);
    await expectStatus(
      api.request(routes.submitDeliverable, {
        token: company,
        params,
        body: { summary: 'Eindrapport haalbaarheidsonderzoek walstroom, versie 1.0.' },
      }),
      200,
    );
    await expectStatus(
      api.request(routes.reviewDeliverable, { token: setup.buyer, params, body: { outcome: 'accepted' } }),
      200,
    );
    // The company's own UBL: another contract's reference, a wrong amount, no issue date, and a
    // Dutch supplier without a street.
    const drafted = draftUbl(
      {
        awardId: awards[1]!.id,
        milestone: 1,
        deliverable: 'Eindrapport',
        amountCents: ODD - 100,
        company: { kvk: setup.proposals[0]!.kvk, name: 'Bedrijf' },
        buyer: { oin: ORGS.zuidHolland.oin, name: ORGS.zuidHolland.name },
      },
      { ...draft('F-2027-0100'), paymentDays: 30 },
    )
      .replace(/<cbc:IssueDate>[^<]*<\/cbc:IssueDate>/, '')
      .replace('<cbc:StreetName>Havenstraat 1</cbc:StreetName>', '');
    let refused!: Awaited<ReturnType<typeof api.request<typeof routes.submitInvoice>>>;
    const changes = await changesDuring(api.runtime, async () => {
      refused = await api.request(routes.submitInvoice, { token: company, params, body: { ubl: drafted } });
    });
    expect(refused.status).toBe(422);
    expect(refused.problem?.type).toMatch(/invoice-invalid$/);
    const rules = refused.problem!.rules as { id: string; set: string; text: string }[];
    expect(rules.map((r) => r.id)).toEqual(expect.arrayContaining(['BR-03', 'NL-R-002', 'IM-02', 'IM-04']));
    expect(rules.find((r) => r.id === 'BR-03')?.set).toBe('EN 16931');
    expect(rules.find((r) => r.id === 'NL-R-002')?.set).toBe('Peppol BIS 3.0');
    expect(refused.problem?.errors?.every((e) => e.field === 'body.ubl')).toBe(true);
    expect(changes).toBe(0);
    // Not XML at all: said so.
    const garbage = await api.request(routes.submitInvoice, {
      token: company,
      params,
      body: { ubl: `<Invoice>${'x'.repeat(200)}` },
    });
    expect(garbage.problem?.type).toMatch(/invoice-not-xml$/);
    // A draft with a wrong IBAN is refused at its field before any rule runs.
    const badIban = await api.request(routes.submitInvoice, {
      token: company,
      params,
      body: { draft: { ...draft('F-2027-0100'), iban: 'NL91 ABNA 0417 1643 01' } },
    });
    expect(badIban.problem?.errors?.map((e) => e.field)).toEqual(['body.draft.iban']);
    // Another company cannot invoice it.
    expect(
      (await api.request(routes.submitInvoice, { token: other, params, body: { draft: draft('F-9') } }))
        .status,
    ).toBe(404);
  });

  it('pays the phase-1 milestone split exactly over three funders, once under concurrency, and completes it', async () => {
    const award = awards[0]!;
    const params = { awardId: award.id, milestone: '1' } as const;
    // Not payable before its invoice.
    expect(
      (
        await api.request(routes.recordPayment, {
          token: setup.buyer,
          params,
          body: { paidOn: amsterdamDate(clock.nowIso()), reference: 'BET-0' },
        })
      ).problem?.type,
    ).toMatch(/milestone-not-payable$/);
    await invoice(company, award.id, '1', 'F-2027-0101');
    // A payment dated in the future is refused at its field.
    const future = await api.request(routes.recordPayment, {
      token: setup.buyer,
      params,
      body: { paidOn: '2099-01-01', reference: 'BET-X' },
    });
    expect(future.problem?.errors?.map((e) => e.field)).toEqual(['body.paidOn']);
    // Five clerks pay it at once: one payment lands.
    const today = amsterdamDate(clock.nowIso());
    const answers = await Promise.all(
      Array.from({ length: 5 }, (_, i) =>
        api.request(routes.recordPayment, {
          token: setup.buyer,
          params,
          body: { paidOn: today, reference: `BET-2027-00${10 + i}` },
        }),
      ),
    );
    expect(answers.filter((a) => a.status === 200)).toHaveLength(1);
    expect(answers.filter((a) => a.status === 409)).toHaveLength(4);
    const contract = await expectStatus(
      api.request(routes.getContract, { token: company, params: { awardId: award.id } }),
      200,
    );
    expect(contract.paidCents).toBe(ODD);
    const payment = contract.milestones[0]!.payment!;
    expect(sum(payment.parts.map((p) => p.amountCents))).toBe(ODD);
    for (const funder of FUNDERS) {
      const part = award.split.find((p) => p.funderOin === funder.oin)!.amountCents;
      expect(contract.funders.find((f) => f.funderOin === funder.oin)?.paidCents).toBe(part);
      expect(paidBy(await ledgerOf(funder.oin), award.id)).toBe(part);
    }
    const completed = await expectStatus(
      api.request(routes.completeAward, { token: setup.buyer, params: { awardId: award.id }, body: {} }),
      200,
    );
    expect(completed).toMatchObject({ status: 'completed', finalAmountCents: ODD });
  });

  it('settles each co-funder’s parts with the lead buyer per quarter, exactly and once', async () => {
    const period = periodOf(clock.nowIso());
    const ezkStatement = await expectStatus(
      api.request(routes.settlementStatement, {
        token: officers.ezk,
        params: { funderOin: ORGS.ezk.oin, period },
      }),
      200,
    );
    expect(ezkStatement.open).toBe(true);
    expect(ezkStatement.statements.map((s) => s.payerOin)).toEqual([ORGS.zuidHolland.oin]);
    const statement = ezkStatement.statements[0]!;
    expect(statement.lines.map((l) => l.awardId).sort()).toEqual(awards.map((a) => a.id).sort());
    const ezkPaid = sum(
      (await ledgerOf(ORGS.ezk.oin))
        .filter((e) => e.kind === 'pay' && e.payerOin === ORGS.zuidHolland.oin)
        .map((e) => e.paidDeltaCents ?? 0),
    );
    expect(statement.owedCents).toBe(ezkPaid);
    // The lead buyer's own part is no debt: its statement for itself is empty.
    const own = await expectStatus(
      api.request(routes.settlementStatement, {
        token: officers.zuidHolland,
        params: { funderOin: ORGS.zuidHolland.oin, period },
      }),
      200,
    );
    expect(own.statements).toEqual([]);
    // Another province's officer sees nothing of it.
    const outsider = await expectStatus(
      api.request(routes.settlementStatement, {
        token: officers.utrecht,
        params: { funderOin: ORGS.ezk.oin, period },
      }),
      200,
    );
    expect(outsider.statements).toEqual([]);

    const settle = (amountCents: number, receivedOn: string) =>
      api.request(routes.recordSettlement, {
        token: officers.zuidHolland,
        params: { funderOin: ORGS.ezk.oin, period },
        body: { receivedOn, reference: 'EZK-VERREKENING-1', amountCents },
      });
    const running = await settle(statement.owedCents, amsterdamDate(clock.nowIso()));
    expect(running.status).toBe(409);
    expect(running.problem?.type).toMatch(/period-not-ended$/);
    // After the quarter.
    const { to } = quarterOf(period);
    const after = new Date(Date.parse(`${to}T12:00:00Z`) + 10 * 86_400_000);
    restores.push(setClock(() => after));
    const receivedOn = after.toISOString().slice(0, 10);
    const wrong = await settle(statement.owedCents - 1, receivedOn);
    expect(wrong.status).toBe(422);
    expect(wrong.problem?.errors?.map((e) => e.field)).toEqual(['body.amountCents']);
    const settled = await expectStatus(settle(statement.owedCents, receivedOn), 200);
    expect(settled.statements[0]!.settlement).toMatchObject({ amountCents: statement.owedCents, receivedOn });
    expect((await settle(statement.owedCents, receivedOn)).problem?.type).toMatch(/settlement-recorded$/);
    // Only the lead buyer records it.
    const byFunder = await api.request(routes.recordSettlement, {
      token: officers.ezk,
      params: { funderOin: ORGS.ezk.oin, period },
      body: { receivedOn, reference: 'x', amountCents: statement.owedCents },
    });
    expect(byFunder.problem?.type).toMatch(/nothing-owed$/);

    // The co-funding report: paid and settled per funder, the parts adding up to what was paid.
    await api.runtime.settle();
    const report = await expectStatus(
      api.request(routes.coFundingReport, { token: officers.ezk, query: { year: THIS_YEAR } }),
      200,
    );
    const row = (oin: string) => report.funders.find((f) => f.funderOin === oin && f.instrument === 'sbir')!;
    const totalPaid = ODD + 1_000_000;
    expect(sum(FUNDERS.map((f) => row(f.oin).paidCents))).toBe(totalPaid);
    expect(row(ORGS.ezk.oin)).toMatchObject({ paidCents: ezkPaid, settledCents: ezkPaid });
    expect(row(ORGS.noordHolland.oin).settledCents).toBe(0);
    const challengeRow = report.challenges.find((c) => c.challengeId === setup.challengeId)!;
    // 50 / 25 / 25: EZK half of what was paid, within a cent per payment.
    expect(challengeRow.paid.ezkCents + challengeRow.paid.coFundersCents).toBe(totalPaid);
    expect(Math.abs(challengeRow.paid.differenceCents)).toBeLessThanOrEqual(challengeRow.payments);
  });

  it('tells whom it concerns: the buyer of a deliverable, the company of its review and payment, a co-funder of its part', async () => {
    await api.runtime.settle();
    const companyAddress = `inschrijver@kvk-${setup.proposals[0]!.kvk}.example`;
    const otherAddress = `inschrijver@kvk-${setup.proposals[1]!.kvk}.example`;
    const subjects = (address: string) => mailTo(address).map((m) => m.subject);
    expect(subjects(BUYER_ADDRESS).filter((s) => s.startsWith('Te beoordelen: mijlpaal 1'))).toHaveLength(3);
    const rejection = mailTo(otherAddress).find((m) => m.subject.startsWith('Mijlpaal 1 afgewezen'));
    expect(rejection?.text).toContain('De tussendoelen zijn niet meetbaar; maak ze concreet.');
    expect(subjects(otherAddress).filter((s) => s.startsWith('Mijlpaal 1 goedgekeurd'))).toHaveLength(1);
    expect(subjects(companyAddress).filter((s) => s.startsWith('Betaald: mijlpaal 1'))).toHaveLength(1);
    // EZK's officer: its part of each of the two payments, on the quarter's statement.
    const due = mailTo(EZK_ADDRESS).filter((m) => m.subject.startsWith('Te verrekenen'));
    expect(due).toHaveLength(2);
    expect(due[0]!.text).toContain('verrekenstaat');
  });

  it('pays the same company’s phase-2 contract in three instalments that add up to the award per funder', async () => {
    await api.runtime.settle(); // the completed phase 1 invites the company to phase 2
    const phase2 = { challengeId: setup.challengeId, phase: 2 as const };
    const bid = await expectStatus(
      api.request(routes.submitProposal, {
        token: company,
        params: phase2,
        body: {
          summary: 'Het walstroomprototype op ware grootte.',
          plan: 'Bouwen, testen, demonstreren.',
          requestedAmountCents: 9_000_001,
          durationMonths: 12,
        },
      }),
      201,
    );
    await expectStatus(
      api.request(routes.nameCommittee, {
        token: setup.buyer,
        params: phase2,
        body: { assessors: [{ oin: ORGS.ezk.oin, assessorId: 'judge' }] },
      }),
      200,
    );
    const challenge = await expectStatus(
      api.request(routes.getChallenge, { params: { challengeId: setup.challengeId } }),
      200,
    );
    restores.push(setClock(() => new Date(Date.parse(challenge.phases[1]!.submissionDeadline) + 60_000)));
    await declareAndScore(api, {
      ...phase2,
      proposalIds: [bid.id],
      scores: () =>
        (['impact', 'technical-feasibility', 'economic-prospects'] as const).map((criterion) => ({
          criterion,
          score: 8,
        })),
    });
    const start = new Date(Date.parse(clock.nowIso()) + 60 * 86_400_000).toISOString().slice(0, 10);
    const end = new Date(Date.parse(clock.nowIso()) + 420 * 86_400_000).toISOString().slice(0, 10);
    const decided = await expectStatus(
      decideAwards(api, {
        token: setup.buyer,
        ...phase2,
        proposalIds: [bid.id],
        period: { startDate: start, endDate: end },
      }),
      201,
    );
    restores.push(await passStandstill(api, decided.awards[0]!.standstillEndsAt));
    const award = decided.awards[0]!;
    const contract = await expectStatus(
      api.request(routes.getContract, { token: company, params: { awardId: award.id } }),
      200,
    );
    // The default schedule of phase 2: 40 / 30 / 30, adding up to the award exactly.
    expect(contract.milestones.map((m) => m.amountCents)).toEqual([3_600_001, 2_700_000, 2_700_000]);
    expect(contract.milestones.at(-1)!.dueDate).toBe(end);
    for (const milestone of ['1', '2', '3'] as const) {
      const params = { awardId: award.id, milestone };
      const submitted = await expectStatus(
        api.request(routes.submitDeliverable, {
          token: company,
          params,
          body: { summary: `Resultaat van mijlpaal ${milestone}, zoals afgesproken.` },
        }),
        200,
      );
      if (milestone === '1') {
        // Still unreviewed on its last day: the buyer is reminded that morning, once. (Every
        // earlier submission was reviewed in time: none of theirs reminds anyone.)
        await api.runtime.settle();
        const due = submitted.milestones[0]!.reviewDueDate!;
        const restore = setClock(() => new Date(Date.parse(`${due}T09:30:00Z`)));
        try {
          await api.runtime.scheduler.runDue();
          await api.runtime.settle();
          await api.runtime.scheduler.runDue();
          await api.runtime.settle();
        } finally {
          restore();
        }
        const reminders = mailTo(BUYER_ADDRESS).filter((m) =>
          m.subject.startsWith('Laatste dag om te beoordelen'),
        );
        expect(reminders.map((m) => m.subject)).toEqual([
          `Laatste dag om te beoordelen: mijlpaal 1 van Bedrijf ${setup.proposals[0]!.kvk}`,
        ]);
      }
      await expectStatus(
        api.request(routes.reviewDeliverable, { token: setup.buyer, params, body: { outcome: 'accepted' } }),
        200,
      );
      if (milestone === '3') await invoiceToTheRegisteredAddress(award.id);
      else await invoice(company, award.id, milestone, `F-2028-00${milestone}`);
      // Invoiced, not paid yet: the co-funding report counts each funder's part of it as invoiced.
      const invoicedBefore = milestone === '1' ? await moneyPerFunder(award.programmeYear) : undefined;
      if (invoicedBefore) {
        const gap = FUNDERS.map((f) => invoicedBefore(f.oin).invoicedCents - invoicedBefore(f.oin).paidCents);
        expect(sum(gap)).toBe(3_600_001);
        for (const cents of gap) expect(cents).toBeGreaterThan(0);
      }
      await expectStatus(
        api.request(routes.recordPayment, {
          token: setup.buyer,
          params,
          body: { paidOn: amsterdamDate(clock.nowIso()), reference: `BET-F2-${milestone}` },
        }),
        200,
      );
      if (invoicedBefore) {
        // Paid as invoiced: each funder paid exactly the part the report said it owed for it.
        const paidNow = await moneyPerFunder(award.programmeYear);
        for (const f of FUNDERS) {
          expect(paidNow(f.oin).paidCents - invoicedBefore(f.oin).paidCents).toBe(
            invoicedBefore(f.oin).invoicedCents - invoicedBefore(f.oin).paidCents,
          );
          expect(paidNow(f.oin).invoicedCents).toBe(paidNow(f.oin).paidCents);
        }
      }
    }
    const paid = await expectStatus(
      api.request(routes.getContract, { token: setup.buyer, params: { awardId: award.id } }),
      200,
    );
    expect(paid.paidCents).toBe(9_000_001);
    expect(paid.milestones.map((m) => m.status)).toEqual(['paid', 'paid', 'paid']);
    for (const funder of paid.funders) expect(funder.paidCents).toBe(funder.awardedCents);
    for (const funder of FUNDERS)
      expect(paidBy(await ledgerOf(funder.oin), award.id)).toBe(
        award.split.find((p) => p.funderOin === funder.oin)!.amountCents,
      );
  });

  /**
   * The last instalment's invoice is drafted without the buyer's address: refused while the
   * register does not know it (at its field, nothing written), addressed from the register once it does.
   */
  async function invoiceToTheRegisteredAddress(awardId: string) {
    const { buyerAddress: _typed, ...withoutAddress } = draft('F-2028-003');
    const params = { awardId, milestone: '3' } as const;
    let unknown!: Awaited<ReturnType<typeof api.request>>;
    const changes = await changesDuring(api.runtime, async () => {
      unknown = await api.request(routes.submitInvoice, {
        token: company,
        params,
        body: { draft: withoutAddress },
      });
    });
    expect(unknown.status).toBe(422);
    expect(unknown.problem?.type).toMatch(/buyer-address-unknown$/);
    expect(unknown.problem?.errors?.map((e) => e.field)).toEqual(['body.draft.buyerAddress']);
    expect(changes).toBe(0);
    await expectStatus(
      api.request(routes.putGovernmentOrganisation, {
        token: await api.as('programme', ORGS.ezk.oin),
        params: { oin: ORGS.zuidHolland.oin },
        body: {
          name: ORGS.zuidHolland.name,
          kind: 'province',
          invoiceAddress: { street: 'Postbus 90602', postcode: '2509 LP', city: 'Den Haag' },
        },
      }),
      200,
    );
    const contract = await expectStatus(
      api.request(routes.getContract, { token: company, params: { awardId } }),
      200,
    );
    expect(contract.buyer.invoiceAddress).toEqual({
      street: 'Postbus 90602',
      postcode: '2509 LP',
      city: 'Den Haag',
    });
    await expectStatus(
      api.request(routes.submitInvoice, { token: company, params, body: { draft: withoutAddress } }),
      200,
    );
    const { xml } = await expectStatus(api.request(routes.getInvoice, { token: setup.buyer, params }), 200);
    expect(xml).toContain('<cbc:StreetName>Postbus 90602</cbc:StreetName>');
    expect(xml).toContain('<cbc:PostalZone>2509 LP</cbc:PostalZone>');
  }

  it('accounts for every payment in the registers and the open data, per funder, to the cent', async () => {
    await api.runtime.settle();
    const query = { year: THIS_YEAR, format: 'json', variant: 'excel-nl' } as const;
    const register = await expectStatus(
      api.request(routes.paymentsReport, { token: officers.ezk, query }),
      200,
    );
    const ours = register.items.filter((r) => r.challengeId === setup.challengeId);
    // Phase 1: one payment each (€ 49.999,99 and € 10.000,00); phase 2: three instalments.
    expect(ours).toHaveLength(5);
    expect(sum(ours.map((r) => r.amountCents))).toBe(ODD + 1_000_000 + 9_000_001);
    for (const row of ours) {
      expect(sum(row.parts.map((p) => p.amountCents))).toBe(row.amountCents);
      expect(row.ezkAmountCents + row.coFundersAmountCents).toBe(row.amountCents);
    }
    // Per funder, the register's parts are its ledger's pay entries.
    for (const funder of FUNDERS) {
      const ledger = (await ledgerOf(funder.oin)).filter(
        (e) => e.kind === 'pay' && e.challengeId === setup.challengeId,
      );
      expect(
        sum(ours.flatMap((r) => r.parts.filter((p) => p.oin === funder.oin).map((p) => p.amountCents))),
      ).toBe(sum(ledger.map((e) => e.paidDeltaCents ?? 0)));
    }
    // EZK settled its parts of the first quarter: those rows say so.
    const settledRows = ours.filter((r) => r.parts.find((p) => p.oin === ORGS.ezk.oin)?.settled);
    expect(settledRows).toHaveLength(2);
    const csv = await api.request(routes.paymentsReport, {
      token: officers.ezk,
      query: { ...query, format: 'csv' },
    });
    expect(csv.status).toBe(200);
    const text = String(csv.body);
    expect(text.split('\r\n')[0]).toContain('Bedrag incl. btw (€);Deel EZK (€)');
    expect(text).toContain(';49999,99;');

    // The awards register: paid to date per award.
    const awardsRegister = await expectStatus(
      api.request(routes.awardsReport, { token: officers.ezk, query }),
      200,
    );
    const row = (id: string) => awardsRegister.items.find((r) => r.awardId === id)!;
    expect(row(awards[0]!.id).paidToDateCents).toBe(ODD);
    expect(row(awards[1]!.id)).toMatchObject({ paidToDateCents: 1_000_000, finalAmountCents: 1_000_000 });

    // OCDS: each contract's implementation has its delivery and payment milestones and a
    // transaction per funder's part; still valid against the official schema.
    const ocds = await expectStatus(api.request(routes.ocdsReport, { query: { year: THIS_YEAR } }), 200);
    const validate = ocdsValidator();
    expect(validate(ocds), JSON.stringify(validate.errors, null, 2)).toBe(true);
    const release = (ocds.releases as { ocid: string; contracts?: OcdsContract[] }[]).find((r) =>
      r.ocid.endsWith(setup.challengeId),
    )!;
    const contract = (awardId: string) => release.contracts!.find((c) => c.awardID === awardId)!;
    const first = contract(awards[0]!.id);
    expect(first.implementation.milestones.map((m) => [m.type, m.status])).toEqual([
      ['delivery', 'met'],
      ['payment', 'met'],
    ]);
    expect(sum(first.implementation.transactions.map((t) => Math.round(t.value.amount * 100)))).toBe(ODD);
    expect(first.implementation.transactions.map((t) => t.payer.id).sort()).toEqual(
      FUNDERS.map((f) => `NL-OIN-${f.oin}`).sort(),
    );
    // The terminated contract: its second milestone was not met, and was never paid.
    expect(contract(awards[1]!.id).implementation.milestones.map((m) => m.status)).toEqual([
      'met',
      'met',
      'notMet',
      'notMet',
    ]);
  });

  it('takes the payment schedule a call states per phase, and refuses one whose shares do not add up to 100%', async () => {
    const buyer = setup.buyer;
    const body = challengeBody();
    const stated = [
      { basisPoints: 3_000, deliverable: { nl: 'Tussenrapport', en: 'Interim report' } },
      { basisPoints: 7_000, deliverable: { nl: 'Eindrapport', en: 'Final report' } },
    ];
    body.phases[0] = { ...body.phases[0]!, paymentSchedule: stated };
    const drafted = await expectStatus(api.request(routes.createChallenge, { token: buyer, body }), 201);
    expect(drafted.phases[0]!.paymentSchedule).toEqual(stated);
    body.phases[0] = {
      ...body.phases[0]!,
      paymentSchedule: [{ ...stated[0]!, basisPoints: 2_000 }, stated[1]!],
    };
    const refused = await api.request(routes.createChallenge, { token: buyer, body });
    expect(refused.status).toBe(400);
    expect(refused.problem?.errors?.map((e) => e.field)).toEqual(['body.phases.0.paymentSchedule']);
  });
});

interface OcdsContract {
  awardID: string;
  implementation: {
    milestones: { type: string; status: string }[];
    transactions: { value: { amount: number }; payer: { id: string } }[];
  };
}
