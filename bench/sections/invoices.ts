import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '#infra/constructs/marketplace-function.ts';
import { draftUbl } from '#shared/invoices/ubl.ts';
import { checkInvoice } from '#shared/invoices/validation.ts';
import { type Bench, markdownTable } from '../context.ts';
import { percentile, round } from '../stats.ts';

export interface InvoiceChecks {
  /** A fresh process: compiling both rule sets and checking the first invoice (ms), per run. */
  cold: number[];
  /** Per document, warm: each check's time (ms). */
  warm: { name: string; bytes: number; ms: number[] }[];
}

const EXAMPLES = [
  'base-example.xml',
  'Vat-category-S.xml',
  'Allowance-example.xml',
  'base-creditnote-correction.xml',
];

const drafted = () =>
  draftUbl(
    {
      awardId: '3f0a6c1e-2b7d-4e9a-8c5f-1d2e3f4a5b6c',
      milestone: 1,
      deliverable: 'Eindrapport van het haalbaarheidsonderzoek',
      amountCents: 4_999_999,
      company: { kvk: '36700000', name: 'Walstroom B.V.' },
      buyer: { oin: '00000001003214345000', name: 'Provincie Zuid-Holland' },
    },
    {
      invoiceNumber: 'F-2027-001',
      issueDate: '2027-02-01',
      paymentDays: 30,
      iban: 'NL91ABNA0417164300',
      vatNumber: 'NL123456782B01',
      supplierAddress: { street: 'Havenstraat 1', postcode: '3011 AA', city: 'Rotterdam' },
      buyerAddress: { street: 'Zuid-Hollandplein 1', postcode: '2596 AW', city: 'Den Haag' },
    },
  );

/**
 * Section 9: checking an e-invoice against EN 16931 and Peppol BIS Billing 3.0 (issue #35) — in a
 * fresh process (the rule sets compiled, then the first invoice), and warm per document.
 */
export async function measureInvoiceChecks(bench: Bench, coldRuns: number): Promise<InvoiceChecks> {
  const script = `const t = performance.now(); const { checkInvoice } = await import('#shared/invoices/validation.ts'); const { readFileSync } = await import('node:fs'); checkInvoice(readFileSync('test/fixtures/peppol/base-example.xml', 'utf8')); console.log(performance.now() - t);`;
  const cold: number[] = [];
  for (let i = 0; i < coldRuns; i++) {
    const result = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
      cwd: PROJECT_ROOT,
      encoding: 'utf8',
    });
    if (result.status !== 0) throw new Error(`cold invoice check failed: ${result.stderr}`);
    cold.push(Number(result.stdout.trim().split('\n').at(-1)));
  }
  const documents = [
    ...EXAMPLES.map((name) => ({
      name,
      xml: readFileSync(path.join(PROJECT_ROOT, 'test/fixtures/peppol', name), 'utf8'),
    })),
    { name: 'a drafted milestone invoice', xml: drafted() },
  ];
  checkInvoice(documents[0]!.xml); // compiled and warm
  const runs = bench.quick ? 5 : 20;
  const warm = documents.map(({ name, xml }) => {
    const ms: number[] = [];
    for (let i = 0; i < runs; i++) {
      const t = performance.now();
      const { fatal } = checkInvoice(xml);
      ms.push(performance.now() - t);
      if (fatal.length > 0) throw new Error(`${name} fails ${fatal.map((f) => f.id).join(', ')}`);
    }
    return { name, bytes: Buffer.byteLength(xml), ms };
  });
  return { cold, warm };
}

export function reportInvoiceChecks(checks: InvoiceChecks): string[] {
  const lines: string[] = [
    '## 9. Checking an e-invoice',
    '',
    'Every invoice is checked against the official EN 16931 (CEN) and Peppol BIS Billing 3.0 Schematron rule sets by our engine on fontoxpath (`shared/invoices/`), before it is matched to its milestone. Target (issue #35): a company does not wait seconds — warm p99 under 1 s; the first check in a fresh process (a Lambda cold start) compiles both rule sets.',
    '',
  ];
  const table = markdownTable(lines);
  const p50 = (ms: number[]) => round(percentile(ms, 50));
  table(
    ['document', 'bytes', 'checks', 'p50 ms', 'p99 ms', 'target'],
    [
      ...checks.warm.map((w) => {
        const p99 = percentile(w.ms, 99);
        return [w.name, w.bytes, w.ms.length, p50(w.ms), round(p99), `< 1000 ${p99 < 1000 ? '✓' : '✗'}`];
      }),
      [
        'fresh process: compile + first check',
        '–',
        checks.cold.length,
        p50(checks.cold),
        round(percentile(checks.cold, 99)),
        '–',
      ],
    ],
  );
  const drafted = checks.warm.at(-1)!;
  const base = checks.warm[0]!;
  lines.push(
    `Ratio, measured side by side: the first check in a fresh process takes ${round(percentile(checks.cold, 50) / percentile(drafted.ms, 50), 1)}× a warm check of a drafted invoice; the official base example (${base.bytes} bytes) ${round(percentile(base.ms, 50) / percentile(drafted.ms, 50), 1)}× the drafted one (${drafted.bytes} bytes).`,
    '',
  );
  return lines;
}
