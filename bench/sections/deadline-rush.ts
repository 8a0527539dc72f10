import { setClock } from '#shared/platform/clock.ts';
import { type Bench, markdownTable } from '../context.ts';
import { percentile, round } from '../stats.ts';
import { challengeBody, EZK, ZUID_HOLLAND } from '../workload.ts';

/** Before the deadline the rush starts; after it, companies keep trying for this long. */
const RUSH_BEFORE_MS = 3_000;
const RUSH_AFTER_MS = 1_500;

interface Attempt {
  kind: 'submit' | 'revise';
  status: number;
  ms: number;
  /** On the application's clock: when it was sent, relative to the deadline (negative: before). */
  sentMs: number;
}

export interface DeadlineRush {
  companies: number;
  attempts: Attempt[];
  acknowledged: number;
  stored: number;
  /** Accepted writes whose stored time is after the deadline. */
  lateAccepted: number;
  /** Refused after the deadline with 409 (the right answer). */
  refusedLate: number;
}

/**
 * Section 8: N companies bid at once in the last seconds before a phase's deadline and keep
 * revising until after it, against one process (the local runtime, DynamoDB Local in memory).
 * Targets (issue #34): no 5xx, no write accepted after the deadline, every acknowledged bid stored.
 */
export async function measureDeadlineRush(bench: Bench): Promise<DeadlineRush> {
  const { runtime } = bench;
  const companies = bench.quick ? 100 : 300;
  const send = async (method: string, url: string, token: string, body?: unknown) => {
    const response = await fetch(`${runtime.url}${url}`, {
      method,
      headers: {
        authorization: `Bearer ${token}`,
        ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
      },
      ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
    });
    const text = await response.text();
    return { status: response.status, body: text ? JSON.parse(text) : undefined };
  };
  const buyer = await runtime.token('buyer', ZUID_HOLLAND);
  const challenge = (await send('POST', '/challenges', buyer, challengeBody(Date.now()))).body;
  await send('PUT', `/challenges/${challenge.id}/consents/${EZK}`, await runtime.token('buyer', EZK), {
    decision: 'approve',
  });
  const published = await send('POST', `/challenges/${challenge.id}/publish`, buyer);
  if (published.status !== 200) throw new Error(`publish → ${published.status}`);
  const tokens: { kvk: string; token: string }[] = [];
  for (let i = 0; i < companies; i++) {
    const kvk = String(91_000_000 + i);
    // A bidder's identity carries its address: the award decision must reach it.
    const token = await runtime.token('sme', kvk, 'inschrijver', `inschrijver@kvk-${kvk}.example`);
    await send('PUT', '/organisations/me', token, {
      name: `Spurt ${kvk} B.V.`,
      staff: 6,
      turnoverCents: 50_000_000,
      balanceSheetCents: 20_000_000,
    });
    tokens.push({ kvk, token });
  }

  // The clock jumps to just before the deadline; then everyone bids and keeps revising.
  const deadline = Date.parse(challenge.phases[0].submissionDeadline);
  const offset = deadline - RUSH_BEFORE_MS - Date.now();
  const appNow = () => Date.now() + offset;
  const restore = setClock(() => new Date(appNow()));
  const attempts: Attempt[] = [];
  const proposals = new Map<string, string>();
  try {
    await Promise.all(
      tokens.map(async ({ kvk, token }, i) => {
        // Spread over the first second, as people arrive.
        await new Promise((resolve) => setTimeout(resolve, (i * 1000) / companies));
        for (let round = 0; appNow() < deadline + RUSH_AFTER_MS; round++) {
          const proposalId = proposals.get(kvk);
          const sentMs = appNow() - deadline;
          const t = performance.now();
          const answer = proposalId
            ? await send('PATCH', `/proposals/${proposalId}`, token, { summary: `Herzien, ronde ${round}.` })
            : await send('POST', `/challenges/${challenge.id}/phases/1/proposals`, token, {
                summary: 'Een haalbaarheidsstudie, op het laatste moment.',
                plan: 'Drie werkpakketten in zes maanden.',
                requestedAmountCents: 4_000_000,
                durationMonths: 6,
              });
          attempts.push({
            kind: proposalId ? 'revise' : 'submit',
            status: answer.status,
            ms: performance.now() - t,
            sentMs,
          });
          if (!proposalId && answer.status === 201) proposals.set(kvk, answer.body.id);
          if (answer.status === 409 && sentMs > 0) break; // told it is closed: stops, as a person would
        }
      }),
    );
  } finally {
    restore();
  }
  // What is stored: each company's own bid, with the time it was last written.
  let stored = 0;
  let lateAccepted = 0;
  for (const { token } of tokens) {
    const mine = await send('GET', '/me/proposals', token);
    for (const item of mine.body.items as { id: string }[]) {
      stored++;
      const proposal = (await send('GET', `/proposals/${item.id}`, token)).body;
      if (Date.parse(proposal.submittedAt) > deadline || Date.parse(proposal.updatedAt) > deadline)
        lateAccepted++;
    }
  }
  return {
    companies,
    attempts,
    acknowledged: proposals.size,
    stored,
    lateAccepted,
    refusedLate: attempts.filter((a) => a.status === 409 && a.sentMs > 0).length,
  };
}

export function reportDeadlineRush(rush: DeadlineRush): string[] {
  const lines: string[] = [
    '## 8. A deadline rush',
    '',
    `${rush.companies} companies bid in the last ${RUSH_BEFORE_MS / 1000} s before a phase's deadline (arriving over the first second) and keep revising until ${RUSH_AFTER_MS / 1000} s after it, all against one local runtime (DynamoDB Local in memory). Targets (issue #34): 0 answers 5xx, 0 writes accepted after the deadline, stored = acknowledged.`,
    '',
  ];
  const table = markdownTable(lines);
  const row = (label: string, list: Attempt[]) => {
    const ms = list.map((a) => a.ms);
    return [
      label,
      list.length,
      list.filter((a) => a.status < 300).length,
      list.filter((a) => a.status === 409).length,
      list.filter((a) => a.status >= 500).length,
      ms.length ? round(percentile(ms, 50)) : '–',
      ms.length ? round(percentile(ms, 99)) : '–',
    ];
  };
  table(
    ['requests', 'sent', '2xx', '409 closed', '5xx', 'p50 ms', 'p99 ms'],
    [
      row(
        'bids (POST)',
        rush.attempts.filter((a) => a.kind === 'submit'),
      ),
      row(
        'revisions (PATCH)',
        rush.attempts.filter((a) => a.kind === 'revise'),
      ),
      row('all', rush.attempts),
    ],
  );
  const fiveHundreds = rush.attempts.filter((a) => a.status >= 500).length;
  const lateSent = rush.attempts.filter((a) => a.status < 300 && a.sentMs > 0).length;
  table(
    ['check', 'measured', 'target'],
    [
      ['answers 5xx', fiveHundreds, `0 ${fiveHundreds === 0 ? '✓' : '✗'}`],
      [
        'writes accepted after the deadline (stored time, or sent after it)',
        rush.lateAccepted + lateSent,
        `0 ${rush.lateAccepted + lateSent === 0 ? '✓' : '✗'}`,
      ],
      ['refused after the deadline with 409', rush.refusedLate, '–'],
      [
        'bids stored / acknowledged',
        `${rush.stored} / ${rush.acknowledged}`,
        `equal ${rush.stored === rush.acknowledged ? '✓' : '✗'}`,
      ],
    ],
  );
  return lines;
}
