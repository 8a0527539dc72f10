import { randomUUID } from 'node:crypto';
import type { Runtime } from '#infra/local/runtime.ts';
import { setClock } from '#shared/platform/clock.ts';

/** HTTP against the local runtime; any status other than the expected one stops the benchmark. */
export function client(runtime: Runtime) {
  return async function call(
    method: string,
    url: string,
    options: { token?: string; body?: unknown; expect?: number } = {},
    // biome-ignore lint/suspicious/noExplicitAny: the bench reads response bodies it has just checked by status
  ): Promise<any> {
    const response = await fetch(`${runtime.url}${url}`, {
      method,
      headers: {
        ...(options.body !== undefined ? { 'content-type': 'application/json' } : {}),
        ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
      },
      ...(options.body !== undefined ? { body: JSON.stringify(options.body) } : {}),
    });
    const text = await response.text();
    if (response.status !== (options.expect ?? 200))
      throw new Error(`${method} ${url} → ${response.status}: ${text.slice(0, 300)}`);
    return text && response.headers.get('content-type')?.includes('json') ? JSON.parse(text) : text;
  };
}

export const ZUID_HOLLAND = '00000099000000002000';
export const EZK = '00000099000000001000';
const DAY = 86_400_000;

/** A joint SBIR challenge (Zuid-Holland + EZK, 50-50) with deadlines relative to `now`. */
export const challengeBody = (now: number) => ({
  instrument: 'sbir',
  title: { nl: 'SBIR Benchmark: schone vaarwegen' },
  description: { nl: 'Een uitdaging voor de benchmark: emissieloos varen.' },
  theme: 'energietransitie-duurzaamheid',
  cpvCodes: ['73000000-2'],
  funders: [
    { oin: EZK, shareBasisPoints: 5000 },
    { oin: ZUID_HOLLAND, shareBasisPoints: 5000 },
  ],
  phases: [
    {
      number: 1,
      budgetCents: 40_000_000,
      plannedContracts: 10,
      durationMonths: 6,
      submissionDeadline: new Date(now + 30 * DAY).toISOString(),
    },
    {
      number: 2,
      budgetCents: 60_000_000,
      maxPerContractCents: 30_000_000,
      plannedContracts: 3,
      durationMonths: 18,
      submissionDeadline: new Date(now + 300 * DAY).toISOString(),
    },
  ],
});

/**
 * One whole call lifecycle through the API, as users would do it: publish; 50 companies bid on
 * phase 1; a committee scores; 10 phase-1 awards; 3 completed and invited; 3 phase-2 bids,
 * scored and awarded; the five reports. Returns the number of HTTP requests made.
 */
export async function callLifecycle(runtime: Runtime, kvkBase: number): Promise<{ httpRequests: number }> {
  const call = client(runtime);
  let httpRequests = 0;
  const http = async (...args: Parameters<typeof call>) => {
    httpRequests++;
    return call(...args);
  };
  const start = Date.now();
  const at = (days: number) => setClock(() => new Date(start + days * DAY));
  const buyer = await runtime.token('buyer', ZUID_HOLLAND);
  const judge = await runtime.token('assessor', EZK, 'bench-judge');
  const officer = await runtime.token('officer', EZK);
  let restore = at(0);
  try {
    const challenge = await http('POST', '/challenges', {
      token: buyer,
      body: challengeBody(start),
      expect: 201,
    });
    // EZK approves its half, then Zuid-Holland publishes.
    await http('PUT', `/challenges/${challenge.id}/consents/${EZK}`, {
      token: await runtime.token('buyer', EZK),
      body: { decision: 'approve' },
    });
    await http('POST', `/challenges/${challenge.id}/publish`, { token: buyer });
    const companies: { kvk: string; token: string; proposal?: string }[] = [];
    for (let i = 0; i < 50; i++) {
      const kvk = String(kvkBase + i).padStart(8, '0');
      const token = await runtime.token('sme', kvk, 'inschrijver', `inschrijver@kvk-${kvk}.example`);
      await http('PUT', '/organisations/me', {
        token,
        body: {
          name: `Bench ${kvk} B.V.`,
          staff: 8,
          turnoverCents: 90_000_000,
          balanceSheetCents: 50_000_000,
        },
      });
      const proposal = await http('POST', `/challenges/${challenge.id}/phases/1/proposals`, {
        token,
        body: {
          summary: 'Een haalbaarheidsstudie naar walstroom.',
          plan: 'Drie werkpakketten in zes maanden.',
          requestedAmountCents: 4_000_000,
          durationMonths: 6,
        },
        expect: 201,
      });
      companies.push({ kvk, token, proposal: proposal.id });
    }
    const evaluate = async (phase: number, proposals: string[]) => {
      await http('PUT', `/challenges/${challenge.id}/phases/${phase}/committee`, {
        token: buyer,
        body: { assessors: [{ oin: EZK, assessorId: 'bench-judge' }] },
      });
      return async () => {
        for (let i = 0; i < proposals.length; i += 45) {
          await http('POST', `/challenges/${challenge.id}/phases/${phase}/conflict-declarations`, {
            token: judge,
            body: {
              declarations: proposals
                .slice(i, i + 45)
                .map((proposalId) => ({ proposalId, conflictOfInterest: false })),
            },
            expect: 201,
          });
        }
        for (const [i, proposalId] of proposals.entries()) {
          await http('PUT', `/proposals/${proposalId}/scores`, {
            token: judge,
            body: {
              scores: ['impact', 'technical-feasibility', 'economic-prospects'].map((criterion) => ({
                criterion,
                score: Math.max(0, 10 - (i % 11)),
              })),
              motivation: 'Beoordeeld volgens de criteria van de uitvraag.',
            },
          });
        }
        return http('GET', `/challenges/${challenge.id}/phases/${phase}/ranking`, { token: buyer });
      };
    };
    const score1 = await evaluate(
      1,
      companies.map((c) => c.proposal!),
    );
    restore();
    restore = at(31); // phase 1 has closed
    await runtime.scheduler.runDue();
    const ranking1 = await score1();
    const decided1 = await http('POST', `/challenges/${challenge.id}/phases/1/awards`, {
      token: buyer,
      body: {
        decisionId: randomUUID(),
        reasons: 'De hoogst gerangschikte voorstellen passen samen binnen het budget van de fase.',
        awards: ranking1.ranking.slice(0, 10).map((r: { proposalId: string }) => ({
          proposalId: r.proposalId,
          startDate: '2027-01-04',
          endDate: '2027-06-30',
        })),
      },
      expect: 201,
    });
    // The standstill passes (no objection): the awards become definitive, then 3 contracts complete.
    await runtime.settle();
    const standstillEndsAt = decided1.standstillEndsAt ?? decided1.awards[0].standstillEndsAt;
    restore();
    restore = setClock(() => new Date(Date.parse(standstillEndsAt) + 60_000));
    await runtime.scheduler.runDue();
    await runtime.settle();
    const completed = decided1.awards.slice(0, 3);
    for (const award of completed)
      await http('POST', `/awards/${award.id}/complete`, { token: buyer, body: {} });
    await runtime.settle(); // invitations to phase 2
    const phase2: string[] = [];
    for (const award of completed) {
      const company = companies.find((c) => c.kvk === award.companyKvk)!;
      const proposal = await http('POST', `/challenges/${challenge.id}/phases/2/proposals`, {
        token: company.token,
        body: {
          summary: 'Een prototype van het walstroomsysteem.',
          plan: 'Bouwen, testen en demonstreren.',
          requestedAmountCents: 20_000_000,
          durationMonths: 18,
        },
        expect: 201,
      });
      phase2.push(proposal.id);
    }
    const score2 = await evaluate(2, phase2);
    restore();
    restore = at(301); // phase 2 has closed
    await runtime.scheduler.runDue();
    const ranking2 = await score2();
    await http('POST', `/challenges/${challenge.id}/phases/2/awards`, {
      token: buyer,
      body: {
        decisionId: randomUUID(),
        reasons: 'De hoogst gerangschikte voorstellen passen samen binnen het budget van de fase.',
        awards: ranking2.ranking.map((r: { proposalId: string }) => ({
          proposalId: r.proposalId,
          startDate: '2027-09-01',
          endDate: '2028-12-31',
        })),
      },
      expect: 201,
    });
    await runtime.settle();
    const year = new Date(start).getUTCFullYear();
    for (const report of ['co-funding', 'awards', 'pipeline', 'follow-up'])
      await http('GET', `/reports/${report}?year=${year}`, { token: officer });
    await http('GET', `/reports/ocds?year=${year}`);
    return { httpRequests };
  } finally {
    restore();
  }
}
