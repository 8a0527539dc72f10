import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemoData } from '#infra/local/seed.ts';
import { db } from '#shared/db/client.ts';
import { AWARD_COLUMNS } from '#shared/reports/awards-csv.ts';
import { CSV_DIALECTS, type CsvDialect, formatCell } from '#shared/reports/csv.ts';
import { ORGS } from '../support/fixtures.ts';
import { ocdsValidator } from '../support/ocds.ts';
import { startTestRuntime, type TestApi } from '../support/runtime.ts';
import { tableSnapshot } from '../support/table.ts';

let api: TestApi;
let officer: string;
let vaarwegen: string;
beforeAll(async () => {
  api = await startTestRuntime();
  await seedDemoData();
  await api.runtime.settle();
  officer = await api.as('officer', ORGS.ezk.oin);
  const listing = await api.call('GET', '/challenges?limit=100');
  vaarwegen = listing.body.items.find(
    (i: { title: { nl: string } }) => i.title.nl === 'SBIR Energietransitie Vaarwegen',
  ).id;
}, 120_000);
afterAll(() => api?.runtime.stop());

const MLN = 100_000_000;

describe('GET /reports/co-funding', () => {
  it('reproduces the agreement’s 2018 SBIR row beside what was committed, and says the € 5 mln goal was not met', async () => {
    const { status, body } = await api.call('GET', '/reports/co-funding?year=2018', { token: officer });
    expect(status).toBe(200);
    const sbir = body.instruments.find((i: { instrument: string }) => i.instrument === 'sbir');
    // EZK max € 2,5 mln · provinces max € 2,5 mln · total max € 5,0 mln — as agreed and as set.
    expect(sbir.agreementRow.agreed).toEqual({
      ezkMaxCents: 2.5 * MLN,
      othersMaxCents: 2.5 * MLN,
      totalMaxCents: 5 * MLN,
    });
    expect(sbir.agreementRow.envelopes).toEqual({
      ezkCents: 2.5 * MLN,
      othersCents: 2.5 * MLN,
      totalCents: 5 * MLN,
    });
    // Vaarwegen: € 1 mln jointly, 50-50.
    expect(sbir.agreementRow.committed).toEqual({
      ezkCents: 0.5 * MLN,
      othersCents: 0.5 * MLN,
      totalCents: MLN,
    });
    expect(sbir.agreementRow.withinAgreedMaxima).toBe(true);
    expect(body.goal).toMatchObject({
      minimumJointCents: 5 * MLN,
      committedJointCents: MLN,
      met: false,
      shortfallCents: 4 * MLN,
    });

    // The awards: four phase-1 contracts; three completed (one € 2.500 under), one terminated at € 20.000.
    const awards = await api.call('GET', '/reports/awards?year=2018', { token: officer });
    const awarded = awards.body.items.reduce((s: number, a: { amountCents: number }) => s + a.amountCents, 0);
    const paid = awards.body.items.reduce(
      (s: number, a: { finalAmountCents: number }) => s + a.finalAmountCents,
      0,
    );
    const completed = awards.body.items
      .filter((a: { status: string }) => a.status === 'completed')
      .reduce((s: number, a: { finalAmountCents: number }) => s + a.finalAmountCents, 0);
    expect(sbir.total).toMatchObject({
      capCents: 5 * MLN,
      reservedCents: MLN,
      committedCents: MLN,
      releasedCents: 0,
      awardedCents: awarded,
      returnedCents: awarded - paid,
      spentCents: paid,
      completedCents: completed,
    });
    // Each side carries exactly half of every movement here (all amounts are even).
    const [ezk, others] = sbir.sides;
    expect(ezk.side).toBe('ezk');
    expect(ezk.awardedCents).toBe(awarded / 2);
    expect(others.awardedCents).toBe(awarded / 2);
    expect(sbir.realisedSplit.spent).toMatchObject({ ezkShareBasisPoints: 5000, fiftyFifty: true });
    // Per funder: Zuid-Holland draws on the provinces' (IPO) envelope.
    const zh = body.funders.find((f: { funderOin: string }) => f.funderOin === ORGS.zuidHolland.oin);
    expect(zh).toMatchObject({
      side: 'co-funder',
      holderOin: '00000099000000007000',
      committedCents: 0.5 * MLN,
    });
    expect(body.challenges).toEqual([
      expect.objectContaining({ challengeId: vaarwegen, joint: true, awards: 4 }),
    ]);
    expect(body.flags).toEqual([]);
  });

  it('flags a challenge that is not co-funded (2014: EZ alone), and has no goal where the agreement names none', async () => {
    const { body } = await api.call('GET', '/reports/co-funding?year=2014', { token: officer });
    expect(body.goal).toBeUndefined();
    expect(body.flags).toEqual([expect.objectContaining({ kind: 'single-funder' })]);
  });
});

describe('GET /reports/awards', () => {
  it('lists each award with buyer, funders, company, VAT, procedure, legal basis and PIANOo guidance', async () => {
    const { status, body } = await api.call('GET', '/reports/awards?year=2018', { token: officer });
    expect(status).toBe(200);
    expect(body.count).toBe(4);
    for (const row of body.items) {
      expect(row).toMatchObject({
        challengeId: vaarwegen,
        challengeTitle: 'SBIR Energietransitie Vaarwegen',
        buyerOin: ORGS.zuidHolland.oin,
        instrument: 'sbir',
        phase: 1,
        theme: 'energietransitie-duurzaamheid',
      });
      expect(row.sme).toBe(row.sizeClass !== 'large'); // non-SMEs are flagged, not barred
      expect(row.legalBasis).toContain('art. 2.24 sub g');
      expect(row.pianooUrl).toMatch(/^https:\/\/www\.pianoo\.nl\/nl\//);
      expect(row.ezkAmountCents + row.coFundersAmountCents).toBe(row.amountCents);
      expect(row.funders.reduce((s: number, f: { amountCents: number }) => s + f.amountCents, 0)).toBe(
        row.amountCents,
      );
      expect(row.amountExclVatCents).toBe(Math.round(row.amountCents / 1.21));
    }
  });

  it.each(['excel-nl', 'rfc4180'] as CsvDialect[])(
    'as %s CSV parses back to exactly the JSON rows',
    async (variant) => {
      const json = await api.call('GET', '/reports/awards?year=2018', { token: officer });
      const csv = await api.call('GET', `/reports/awards?year=2018&format=csv&variant=${variant}`, {
        token: officer,
      });
      expect(csv.status).toBe(200);
      expect(csv.headers.get('content-type')).toMatch(/^text\/csv; charset=utf-8/);
      expect(csv.headers.get('content-disposition')).toContain('gunningen-2018.csv');
      const dialect = CSV_DIALECTS[variant];
      // The bytes as sent (text() would drop a BOM): UTF-8, with EF BB BF first for Excel.
      const raw = Buffer.from(
        await (
          await fetch(`${api.runtime.url}/reports/awards?year=2018&format=csv&variant=${variant}`, {
            headers: { authorization: `Bearer ${officer}` },
          })
        ).arrayBuffer(),
      );
      expect(raw.subarray(0, 3).equals(Buffer.from([0xef, 0xbb, 0xbf]))).toBe(dialect.bom);
      const text = raw.toString('utf8');
      expect(text.includes('\r\n')).toBe(true);
      const rows: string[][] = parse(text, { delimiter: dialect.separator, bom: true });
      const [header, ...records] = rows;
      expect(header).toEqual(AWARD_COLUMNS.map((c) => c.header));
      expect(records).toHaveLength(json.body.items.length);

      const decode = (kind: string, cell: string) => {
        if (cell === '') return null;
        if (kind === 'euro') {
          // Decimal comma for Dutch Excel, point for RFC 4180 — and never a thousands separator.
          const [whole, fraction] = cell.split(dialect.decimalMark);
          expect(fraction).toHaveLength(2);
          return Number(whole) * 100 + Number(fraction);
        }
        if (kind === 'integer') return Number(cell);
        if (kind === 'boolean') return cell === dialect.yes;
        // Dutch Excel keeps a long number as text only as a formula: ="00000099000000002000".
        if (kind === 'identifier' && variant === 'excel-nl') return /^="(.*)"$/.exec(cell)![1];
        return cell;
      };
      records.forEach((record, i) => {
        const expected = json.body.items[i];
        AWARD_COLUMNS.forEach((column, c) => {
          const cell = record[c]!;
          // Dates in Amsterdam time and codes in words are for reading: they match as written.
          const written =
            variant === 'excel-nl' &&
            (column.kind === 'datetime' || column.kind === 'date' || column.labels !== undefined);
          if (written)
            expect(cell, column.header).toBe(
              formatCell(column.kind, column.value(expected), variant, column.labels),
            );
          else expect(decode(column.kind, cell), column.header).toEqual(column.value(expected));
        });
        if (variant === 'excel-nl') {
          const at = (header: string) => record[AWARD_COLUMNS.findIndex((c) => c.header === header)]!;
          expect(at('Instrument')).toBe('SBIR');
          expect(at('Start')).toBe('14-01-2019');
          expect(at('Gegund op')).toMatch(/^20-12-2018 \d{2}:\d{2}$/);
          expect(['Gegund', 'Afgerond', 'Beëindigd']).toContain(at('Status'));
          expect(['Micro', 'Klein', 'Middelgroot', 'Groot']).toContain(at('Grootteklasse'));
          expect(at('OIN aanbestedende dienst')).toBe(`="${ORGS.zuidHolland.oin}"`);
        }
        // The funders cell carries the whole list: name (OIN): € amount.
        const funders = record[AWARD_COLUMNS.findIndex((c) => c.header === 'Financiers')]!.split(' | ').map(
          (part) => {
            const [, name, oin, euros] = /^(.*) \((\d{20})\): € ([\d.]+,\d{2})$/.exec(part)!;
            return { name, oin, amountCents: Number(euros!.replaceAll('.', '').replace(',', '')) };
          },
        );
        expect(funders).toEqual(expected.funders);
      });
    },
  );
});

describe('GET /reports/pipeline', () => {
  it('counts proposals, awards, success and SME shares per phase, theme and buyer, and the phase 1 → 2 transition', async () => {
    const { status, body } = await api.call('GET', '/reports/pipeline?year=2018', { token: officer });
    expect(status).toBe(200);
    expect(body.phases[0]).toMatchObject({
      phase: 1,
      proposals: 5,
      withdrawn: 0,
      companies: 5,
      awards: 4,
      successRateBasisPoints: 8000,
      // One of the five demo companies is large (flagged, not barred).
      smeProposals: 4,
      smeProposalShareBasisPoints: 8000,
      smeAwards: 3,
      smeAwardShareBasisPoints: 7500,
    });
    // Four companies had phase-1 contracts; none has a phase-2 contract yet.
    expect(body.transition).toEqual({ phase1Awardees: 4, phase2Awardees: 0, rateBasisPoints: 0 });
    expect(body.byTheme).toEqual([
      expect.objectContaining({
        theme: 'energietransitie-duurzaamheid',
        challenges: 1,
        proposals: 5,
        awards: 4,
      }),
    ]);
    expect(body.byBuyer).toEqual([
      expect.objectContaining({
        buyerOin: ORGS.zuidHolland.oin,
        buyerName: 'Provincie Zuid-Holland',
        awards: 4,
      }),
    ]);
    // The decision went through its standstill: one objection, answered (rejected), then concluded.
    expect(body.procedures).toEqual([
      expect.objectContaining({
        decisions: 1,
        inStandstill: 0,
        definitive: 1,
        withdrawn: 0,
        objectionsLodged: 1,
        objectionsUpheld: 0,
        objectionsOpen: 0,
      }),
    ]);
  });
});

describe('GET /reports/ocds', () => {
  it('is an OCDS 1.1 release package valid against the official schema and the Budget Breakdown extension', async () => {
    const { status, body, headers } = await api.call('GET', '/reports/ocds?year=2018');
    expect(status).toBe(200);
    expect(headers.get('content-type')).toBe('application/json');
    const validate = ocdsValidator();
    expect(validate(body), JSON.stringify(validate.errors, null, 2)).toBe(true);

    expect(body.version).toBe('1.1');
    // The extension is named at the commit of the schema validated against, never a moving branch.
    // Every extension is named at a version tag or a commit, never a moving branch.
    expect(body.extensions).toHaveLength(3);
    for (const url of body.extensions)
      expect(url).toMatch(/\/([0-9a-f]{40}|v\d+\.\d+\.\d+)\/extension\.json$/);
    expect(body.releases).toHaveLength(1);
    const [release] = body.releases;
    expect(release.ocid).toMatch(/^ocds-[a-z0-9]{6}-/);
    expect(release.ocid.endsWith(vaarwegen)).toBe(true);
    const roles = (id: string) => release.parties.find((p: { id: string }) => p.id === id)?.roles;
    // Each funder's money paid the contracts (the demo data paid its milestones): payer too.
    expect(roles(`NL-OIN-${ORGS.zuidHolland.oin}`)).toEqual(['buyer', 'procuringEntity', 'funder', 'payer']);
    expect(roles(`NL-OIN-${ORGS.ezk.oin}`)).toEqual(['funder', 'payer']);
    expect(release.parties.filter((p: { roles: string[] }) => p.roles.includes('payee'))).toHaveLength(4);
    // Five companies bid (the phase has closed), four won a contract.
    expect(release.tender.numberOfTenderers).toBe(5);
    expect(release.parties.filter((p: { roles: string[] }) => p.roles.includes('tenderer'))).toHaveLength(5);
    expect(release.parties.filter((p: { roles: string[] }) => p.roles.includes('supplier'))).toHaveLength(4);
    // Each funder's share, 50-50 — net of VAT as TenderNed publishes (€ 1.000.000 incl. btw ÷ 1,21),
    // the gross amount named beside it.
    expect(release.planning.budget.amount).toEqual({ amount: 826_446.28, currency: 'EUR' });
    expect(release.planning.budget.description).toContain('incl. btw € 1.000.000,00');
    expect(
      release.planning.budget.budgetBreakdown.map(
        (b: { amount: { amount: number }; sourceParty: { id: string } }) => [
          b.sourceParty.id,
          b.amount.amount,
        ],
      ),
    ).toEqual([
      [`NL-OIN-${ORGS.ezk.oin}`, 413_223.14],
      [`NL-OIN-${ORGS.zuidHolland.oin}`, 413_223.14],
    ]);
    expect(release.tender.value.amount).toBe(826_446.28);
    expect(release.tender.milestones.map((m: { id: string }) => m.id)).toEqual(['phase-1', 'phase-2']);
    // Each phase is a lot with its own budget; the bids and awards say which phase they belong to.
    expect(
      release.tender.lots.map((l: { id: string; value: { amount: number } }) => [l.id, l.value.amount]),
    ).toEqual([
      ['phase-1', release.tender.lots[0].value.amount],
      ['phase-2', release.tender.lots[1].value.amount],
    ]);
    // In cents, so the sum is exact: the lots' net budgets add up to the tender's.
    expect(
      release.tender.lots.reduce(
        (sum: number, l: { value: { amount: number } }) => sum + Math.round(l.value.amount * 100),
        0,
      ),
    ).toBe(Math.round(release.tender.value.amount * 100));
    expect(
      release.bids.statistics
        .filter((st: { relatedLot: string }) => st.relatedLot === 'phase-1')
        .map((st: { measure: string; value: number }) => [st.measure, st.value]),
    ).toEqual([
      ['bids', 5],
      ['smeBids', 4], // one of the five demo companies is large
      ['foreignBidsFromEU', 0],
    ]);
    expect(new Set(release.awards.map((a: { relatedLots: string[] }) => a.relatedLots.join()))).toEqual(
      new Set(['phase-1']),
    );
    expect(release.tender.tenderPeriod.endDate).toBe('2018-12-05T17:00:00+01:00');
    expect(release.awards).toHaveLength(4);
    expect(release.contracts.map((c: { status: string }) => c.status)).toEqual(
      Array(4).fill('terminated'), // all four ended (three completed, one early)
    );
    // Decided on 20 December 2018; signed only after the standstill ended (24:00 on 9 January 2019).
    expect(release.awards.map((a: { date: string }) => a.date.slice(0, 10))).toEqual(
      Array(4).fill('2018-12-20'),
    );
    expect(release.contracts.map((c: { dateSigned: string }) => c.dateSigned.slice(0, 10))).toEqual(
      Array(4).fill('2019-01-10'),
    );
    // One of the four contracts ended early; SBIR scores quality only.
    expect(release.tag).toEqual(['tender', 'award', 'contract', 'contractTermination']);
    expect(release.tender.awardCriteria).toBe('qualityOnly');
  });

  it('keeps sealed bids sealed: an open phase lists no tenderers, and the schema check can fail', async () => {
    const year = new Date().getUTCFullYear();
    const { body } = await api.call('GET', `/reports/ocds?year=${year}`);
    const validate = ocdsValidator();
    expect(validate(body), JSON.stringify(validate.errors)).toBe(true);
    const current = body.releases.find((r: { tender: { title: string } }) =>
      r.tender.title.startsWith('SBIR Emissievrije binnenvaart'),
    );
    expect(current.tender.numberOfTenderers).toBe(0); // three proposals are in, sealed until the deadline
    expect(current.parties.some((p: { roles: string[] }) => p.roles.includes('tenderer'))).toBe(false);
    // The validator is not a rubber stamp: a budget share without its id, or a wrong tag, fails.
    const broken = structuredClone(body);
    delete broken.releases[0].planning.budget.budgetBreakdown[0].id;
    expect(validate(broken)).toBe(false);
    const badTag = structuredClone(body);
    badTag.releases[0].tag = ['finished'];
    expect(validate(badTag)).toBe(false);
    const badLot = structuredClone(body);
    badLot.releases[0].tender.lots[0].status = 'half-open'; // the lots extension's closed codelist
    expect(validate(badLot)).toBe(false);
  });

  it('answers 404 for a year without published challenges', async () => {
    const { status, body } = await api.call('GET', '/reports/ocds?year=2001');
    expect(status).toBe(404);
    expect(body.type).toContain('not-found');
  });
});

describe('GET /reports/follow-up', () => {
  it('aggregates what companies reported and lists the overdue rounds', async () => {
    // The reminders of the 2018 contracts fell due long ago: the scheduler asks for each once.
    await api.runtime.settle();
    expect(await api.runtime.scheduler.runDue()).toBeGreaterThanOrEqual(9);
    await api.runtime.settle();
    const requested = (await tableSnapshot()).filter((i) => i.entity === 'FollowUp' && i.requestedAt);
    expect(requested).toHaveLength(9);

    const { status, body } = await api.call('GET', '/reports/follow-up?year=2018', { token: officer });
    expect(status).toBe(200);
    expect(body.completedAwards).toBe(3);
    expect(body.rounds).toEqual([
      { round: 1, expected: 3, reported: 2, due: 0, overdue: 1, scheduled: 0 },
      { round: 2, expected: 3, reported: 1, due: 0, overdue: 2, scheduled: 0 },
      { round: 3, expected: 3, reported: 0, due: 0, overdue: 3, scheduled: 0 },
    ]);
    // Outcomes are cumulative: per award its latest report counts.
    expect(body.outcomes).toEqual({
      reportingAwards: 2,
      followOnRevenueCents: 18_000_000 + 4_500_000,
      followOnInvestmentCents: 60_000_000,
      jobsCreated: 4 + 2,
      marketLaunches: 2,
      launchingCustomerPurchases: 0,
    });
    expect(body.overdue).toHaveLength(6);
    expect(body.overdue[0]).toMatchObject({
      round: 1,
      status: 'overdue',
      challengeTitle: 'SBIR Energietransitie Vaarwegen',
    });
    expect(body.overdue[0].daysSinceDue).toBeGreaterThan(90);
    // Each round says what the contract came to: completed, its final amount, all of it paid.
    for (const item of body.items as {
      contract: { status: string; finalAmountCents: number; paidCents: number };
    }[])
      expect(item.contract).toMatchObject({ status: 'completed', paidCents: item.contract.finalAmountCents });
  });
});

describe('who may read reports', () => {
  const routes = ['co-funding', 'awards', 'pipeline', 'follow-up'];
  it.each(routes)('/reports/%s: officers and the programme office only', async (report) => {
    const url = `/reports/${report}?year=2018`;
    expect((await api.call('GET', url)).status).toBe(401);
    for (const [role, org] of [
      ['buyer', ORGS.zuidHolland.oin],
      ['sme', '50000001'],
      ['assessor', ORGS.ezk.oin],
    ] as const) {
      const refused = await api.call('GET', url, { token: await api.as(role, org) });
      expect(refused.status, role).toBe(403);
      expect(refused.headers.get('content-type')).toBe('application/problem+json');
    }
    expect((await api.call('GET', url, { token: await api.as('programme', ORGS.ezk.oin) })).status).toBe(200);
    expect((await api.call('GET', url, { token: officer })).status).toBe(200);
  });

  it('refuses bad queries with a problem document', async () => {
    for (const url of [
      '/reports/co-funding',
      '/reports/co-funding?year=18',
      '/reports/co-funding?year=2018&extra=1',
      '/reports/awards?year=2018&format=xlsx',
      '/reports/awards?year=2018&variant=tsv',
    ]) {
      const { status, body } = await api.call('GET', url, { token: officer });
      expect(status, url).toBe(400);
      expect(body.type).toBeDefined();
    }
  });
});

describe('cost follows the report, not the table', () => {
  it('reads only the year’s own partitions: no Scan, no other year', async () => {
    const seen: { command: string; input: Record<string, unknown> }[] = [];
    const client = db();
    client.middlewareStack.add(
      (next, context) => async (args) => {
        seen.push({ command: context.commandName!, input: args.input as Record<string, unknown> });
        return next(args);
      },
      { step: 'initialize', name: 'recordCommands' },
    );
    try {
      for (const report of ['co-funding', 'awards', 'pipeline', 'follow-up', 'ocds'])
        expect((await api.call('GET', `/reports/${report}?year=2018`, { token: officer })).status).toBe(200);
    } finally {
      client.middlewareStack.remove('recordCommands');
    }
    expect(seen.length).toBeGreaterThan(0);
    for (const { command, input } of seen) {
      expect(command).toBe('QueryCommand');
      const values = Object.values(input.ExpressionAttributeValues as Record<string, unknown>);
      expect(values.some((v) => v === 'REPORT#2018' || v === 'YEAR#2018')).toBe(true);
    }
    // At most two Queries per report (five reports), whatever else the table holds.
    expect(seen.length).toBeLessThanOrEqual(10);
  });
});
