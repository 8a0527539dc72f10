import { createHash } from 'node:crypto';
import { InvoiceAcceptedV1 } from '#events/contracts/contract.v1.ts';
import { newEvent } from '#events/envelope.ts';
import type { Caller } from '#shared/auth/caller.ts';
import { contractKeys, ENTITY } from '#shared/db/keys.ts';
import { getItem, transact } from '#shared/db/store.ts';
import { valueAt } from '#shared/invoices/schematron.ts';
import {
  type Address,
  draftUbl,
  type InvoiceDraft,
  type InvoiceFacts,
  UBL_NAMESPACES,
} from '#shared/invoices/ubl.ts';
import { checkInvoice, NotXml, type RuleFailure } from '#shared/invoices/validation.ts';
import { outboxWrite } from '#shared/messaging/outbox.ts';
import { clock } from '#shared/platform/clock.ts';
import { conflict, notFound, unprocessable } from '#shared/platform/errors.ts';
import { newId } from '#shared/platform/ids.ts';
import { eventContext, type RequestContext } from '#shared/platform/request-context.ts';
import type { Contract } from './schemas.ts';
import {
  contractView,
  contractWrite,
  eventBase,
  type Loaded,
  load,
  milestoneOf,
  replace,
} from './use-cases.ts';

/*
 * Invoicing an accepted milestone: the company sends its own UBL 2.1 invoice, or the site drafts
 * one from the contract and what the company adds (number, IBAN, VAT number, addresses). Either
 * way it must pass EN 16931 and Peppol BIS Billing 3.0 (the Dutch rules included) and match the
 * milestone; a refusal names every rule it breaks.
 */

/** An amount as UBL writes it (`49999.99`) in cents, or undefined. */
const centsOf = (text: string) =>
  /^\d+(\.\d{1,2})?$/.test(text.trim()) ? Math.round(Number(text.trim()) * 100) : undefined;

const ours = (id: string, text: string, location: string): RuleFailure => ({
  id,
  set: 'innovatiemarkt',
  flag: 'fatal',
  text,
  location,
});

/** The invoice against its contract and milestone: what the rule sets cannot know. */
export function matchInvoice(doc: Parameters<typeof valueAt>[0], facts: InvoiceFacts): RuleFailure[] {
  const at = (path: string) => valueAt(doc, path, UBL_NAMESPACES);
  const failures: RuleFailure[] = [];
  if (at('local-name(/*)') !== 'Invoice')
    failures.push(ours('IM-01', 'It must be an invoice (UBL Invoice), not a credit note.', '/'));
  const order = [at('/ubl:Invoice/cac:OrderReference/cbc:ID'), at('/ubl:Invoice/cbc:BuyerReference')];
  if (!order.includes(facts.awardId))
    failures.push(
      ours(
        'IM-02',
        `The order reference (BT-13) or buyer reference (BT-10) must be the contract: ${facts.awardId}.`,
        '/Invoice/cac:OrderReference',
      ),
    );
  if (at('/ubl:Invoice/cbc:DocumentCurrencyCode') !== 'EUR')
    failures.push(
      ours('IM-03', 'The invoice currency (BT-5) must be EUR.', '/Invoice/cbc:DocumentCurrencyCode'),
    );
  const payable = centsOf(at('/ubl:Invoice/cac:LegalMonetaryTotal/cbc:PayableAmount'));
  if (payable !== facts.amountCents)
    failures.push(
      ours(
        'IM-04',
        `The amount due (BT-115) must be the milestone's ${(facts.amountCents / 100).toFixed(2)} EUR incl. VAT.`,
        '/Invoice/cac:LegalMonetaryTotal/cbc:PayableAmount',
      ),
    );
  const buyer = '/ubl:Invoice/cac:AccountingCustomerParty/cac:Party';
  const buyerIds = [
    at(`${buyer}/cbc:EndpointID[@schemeID = '0190']`),
    at(`${buyer}/cac:PartyLegalEntity/cbc:CompanyID[@schemeID = '0190']`),
  ];
  if (!buyerIds.includes(facts.buyer.oin))
    failures.push(
      ours(
        'IM-05',
        `The buyer must be ${facts.buyer.name} by its OIN ${facts.buyer.oin} (scheme 0190).`,
        '/Invoice/cac:AccountingCustomerParty',
      ),
    );
  const supplier = '/ubl:Invoice/cac:AccountingSupplierParty/cac:Party/cac:PartyLegalEntity/cbc:CompanyID';
  const kvk = /^\d{8}$/.test(facts.company.kvk);
  const supplierId = kvk ? at(`${supplier}[@schemeID = '0106']`) : at(supplier);
  if (supplierId !== facts.company.kvk)
    failures.push(
      ours(
        'IM-06',
        kvk
          ? `The supplier's legal id (BT-30) must be its KvK number ${facts.company.kvk} (scheme 0106).`
          : `The supplier's legal id (BT-30) must be ${facts.company.kvk}.`,
        '/Invoice/cac:AccountingSupplierParty',
      ),
    );
  return failures;
}

/** Where a drafted invoice's broken rule belongs on the draft (else the draft as a whole). */
const DRAFT_FIELD: Record<string, string> = {
  'NL-R-002': 'body.draft.supplierAddress',
  'NL-R-004': 'body.draft.buyerAddress',
  'BR-S-02': 'body.draft.vatNumber',
  'BR-CO-09': 'body.draft.vatNumber',
  'BR-50': 'body.draft.iban',
};

/** Where the drafted invoice is addressed: as the company typed it, else as the register has it. */
function buyerAddressOf(loaded: Loaded, draft: InvoiceDraft): Address {
  const address = draft.buyerAddress ?? loaded.buyerInvoiceAddress;
  if (!address)
    throw unprocessable(
      'buyer-address-unknown',
      `The register of government organisations has no invoice address of ${loaded.challenge.leadBuyer.name}: give it with the invoice.`,
      { errors: [{ field: 'body.draft.buyerAddress', message: "the buyer's invoice address" }] },
    );
  return address;
}

export async function submitInvoice(
  awardId: string,
  number: number,
  body: { ubl?: string; draft?: InvoiceDraft },
  ctx: RequestContext,
): Promise<Contract> {
  const loaded = await load(awardId, ctx.caller);
  if (loaded.access !== 'company') throw notFound('Contract', awardId);
  const { award, challenge, record } = loaded;
  const milestone = milestoneOf(record, number, awardId);
  if (milestone.status !== 'accepted')
    throw conflict(
      'milestone-not-invoiceable',
      milestone.status === 'invoiced' || milestone.status === 'paid'
        ? `Milestone ${number} was invoiced already (${milestone.invoice?.invoiceNumber}).`
        : `Milestone ${number} is ${milestone.status}: a milestone is invoiced once its deliverable was accepted.`,
      { status: milestone.status },
    );
  const facts: InvoiceFacts = {
    awardId,
    milestone: number,
    deliverable: milestone.deliverable.nl,
    amountCents: milestone.amountCents,
    company: { kvk: award.companyKvk, name: award.companyName },
    buyer: challenge.leadBuyer,
  };
  const xml =
    body.ubl ?? draftUbl(facts, { ...body.draft!, buyerAddress: buyerAddressOf(loaded, body.draft!) });
  let checked: ReturnType<typeof checkInvoice>;
  try {
    checked = checkInvoice(xml);
  } catch (error) {
    if (!(error instanceof NotXml)) throw error;
    throw unprocessable('invoice-not-xml', `The invoice is not well-formed XML: ${error.message}`, {
      errors: [{ field: 'body.ubl', message: 'a UBL 2.1 invoice in well-formed XML' }],
    });
  }
  const failures = [...checked.fatal, ...matchInvoice(checked.doc, facts)];
  if (failures.length > 0)
    throw unprocessable(
      'invoice-invalid',
      `The invoice breaks ${failures.length} ${failures.length === 1 ? 'rule' : 'rules'}: ${failures.map((f) => f.id).join(', ')}.`,
      {
        rules: failures.map(({ id, set, text, location }) => ({ id, set, text, location })),
        errors: failures.map((f) => ({
          field: body.ubl !== undefined ? 'body.ubl' : (DRAFT_FIELD[f.id] ?? 'body.draft'),
          message: `${f.id}: ${f.text}`,
        })),
      },
    );
  const at = (path: string) => valueAt(checked.doc, path, UBL_NAMESPACES);
  const now = clock.nowIso();
  const invoiceId = newId();
  const sha256 = createHash('sha256').update(xml).digest('hex');
  const invoiceNumber = at('/ubl:Invoice/cbc:ID');
  const dueDate = at('/ubl:Invoice/cbc:DueDate');
  const source = body.ubl !== undefined ? ('uploaded' as const) : ('drafted' as const);
  const next = {
    ...record,
    milestones: replace(record, {
      ...milestone,
      status: 'invoiced',
      invoice: {
        invoiceId,
        invoiceNumber,
        issueDate: at('/ubl:Invoice/cbc:IssueDate'),
        ...(dueDate ? { dueDate } : {}),
        amountCents: milestone.amountCents,
        source,
        sha256,
        receivedAt: now,
      },
    }),
    version: record.version + 1,
  };
  await transact([
    contractWrite(loaded, next),
    {
      item: {
        Put: {
          Item: {
            ...contractKeys.invoice(awardId, number),
            entity: ENTITY.invoice,
            invoiceId,
            invoiceNumber,
            milestone: number,
            source,
            sha256,
            receivedAt: now,
            xml,
          },
          ConditionExpression: 'attribute_not_exists(pk)',
        },
      },
      onConditionFailed: () =>
        conflict('milestone-not-invoiceable', `Milestone ${number} was invoiced meanwhile.`),
    },
    outboxWrite(
      newEvent(
        InvoiceAcceptedV1,
        {
          ...eventBase(award),
          milestone: number,
          invoiceId,
          invoiceNumber: invoiceNumber.slice(0, 200),
          amountCents: milestone.amountCents,
          source,
          at: now,
        },
        eventContext(ctx),
      ),
    ),
  ]);
  return contractView({ ...loaded, record: next });
}

/** A milestone's accepted invoice, its XML as it passed, for the buyer and the company. */
export async function readInvoice(awardId: string, number: number, caller: Caller) {
  const loaded = await load(awardId, caller);
  if (loaded.access === 'funder') throw notFound('Invoice', `${awardId}/${number}`);
  const item = await getItem(contractKeys.invoice(awardId, number), { consistent: true });
  if (!item) throw notFound('Invoice', `${awardId}/${number}`);
  return {
    invoiceId: item.invoiceId as string,
    invoiceNumber: item.invoiceNumber as string,
    milestone: number,
    source: item.source as 'drafted' | 'uploaded',
    receivedAt: item.receivedAt as string,
    sha256: item.sha256 as string,
    xml: item.xml as string,
  };
}
