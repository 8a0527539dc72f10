import { excludingVat } from '#shared/funding/split.ts';

/*
 * The invoice the site drafts for a company: one milestone of one contract as a UBL 2.1 invoice
 * under EN 16931 and Peppol BIS Billing 3.0 (the Dutch CIUS's rules included) — the buyer by its
 * OIN (scheme 0190), the company by its KvK number (0106), the contract as order reference, the
 * milestone's amount incl. 21% VAT. It goes through the same rules as an uploaded invoice.
 */

export interface Address {
  street: string;
  postcode: string;
  city: string;
}

export interface InvoiceDraft {
  invoiceNumber: string;
  issueDate: string;
  /** Payment term in days (the due date). */
  paymentDays: number;
  iban: string;
  vatNumber: string;
  supplierAddress: Address;
  /** Absent: the buyer's invoice address from the register (the use case fills it in). */
  buyerAddress?: Address;
}

export interface InvoiceFacts {
  awardId: string;
  milestone: number;
  deliverable: string;
  amountCents: number;
  company: { kvk: string; name: string };
  buyer: { oin: string; name: string };
}

export const UBL_NAMESPACES = {
  ubl: 'urn:oasis:names:specification:ubl:schema:xsd:Invoice-2',
  cac: 'urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2',
  cbc: 'urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2',
};

const xml = (text: string) =>
  text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!,
  );
const money = (cents: number) => `${Math.floor(cents / 100)}.${String(cents % 100).padStart(2, '0')}`;
const addDays = (date: string, days: number) =>
  new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

function postalAddress(a: Address) {
  return `<cac:PostalAddress><cbc:StreetName>${xml(a.street)}</cbc:StreetName><cbc:CityName>${xml(a.city)}</cbc:CityName><cbc:PostalZone>${xml(a.postcode)}</cbc:PostalZone><cac:Country><cbc:IdentificationCode>NL</cbc:IdentificationCode></cac:Country></cac:PostalAddress>`;
}

/** The UBL 2.1 invoice of one milestone. */
export function draftUbl(facts: InvoiceFacts, draft: InvoiceDraft & { buyerAddress: Address }): string {
  const incl = facts.amountCents;
  const excl = excludingVat(incl);
  const tax = incl - excl;
  const eur = (cents: number) => `currencyID="EUR">${money(cents)}`;
  const vat = '<cac:TaxScheme><cbc:ID>VAT</cbc:ID></cac:TaxScheme>';
  return `<?xml version="1.0" encoding="UTF-8"?>
<Invoice xmlns="${UBL_NAMESPACES.ubl}" xmlns:cac="${UBL_NAMESPACES.cac}" xmlns:cbc="${UBL_NAMESPACES.cbc}">
<cbc:CustomizationID>urn:cen.eu:en16931:2017#compliant#urn:fdc:peppol.eu:2017:poacc:billing:3.0</cbc:CustomizationID>
<cbc:ProfileID>urn:fdc:peppol.eu:2017:poacc:billing:01:1.0</cbc:ProfileID>
<cbc:ID>${xml(draft.invoiceNumber)}</cbc:ID>
<cbc:IssueDate>${draft.issueDate}</cbc:IssueDate>
<cbc:DueDate>${addDays(draft.issueDate, draft.paymentDays)}</cbc:DueDate>
<cbc:InvoiceTypeCode>380</cbc:InvoiceTypeCode>
<cbc:DocumentCurrencyCode>EUR</cbc:DocumentCurrencyCode>
<cbc:BuyerReference>${facts.awardId}</cbc:BuyerReference>
<cac:OrderReference><cbc:ID>${facts.awardId}</cbc:ID></cac:OrderReference>
<cac:AccountingSupplierParty><cac:Party>
<cbc:EndpointID schemeID="0106">${xml(facts.company.kvk)}</cbc:EndpointID>
<cac:PartyName><cbc:Name>${xml(facts.company.name)}</cbc:Name></cac:PartyName>
${postalAddress(draft.supplierAddress)}
<cac:PartyTaxScheme><cbc:CompanyID>${xml(draft.vatNumber)}</cbc:CompanyID>${vat}</cac:PartyTaxScheme>
<cac:PartyLegalEntity><cbc:RegistrationName>${xml(facts.company.name)}</cbc:RegistrationName><cbc:CompanyID schemeID="0106">${xml(facts.company.kvk)}</cbc:CompanyID></cac:PartyLegalEntity>
</cac:Party></cac:AccountingSupplierParty>
<cac:AccountingCustomerParty><cac:Party>
<cbc:EndpointID schemeID="0190">${xml(facts.buyer.oin)}</cbc:EndpointID>
<cac:PartyName><cbc:Name>${xml(facts.buyer.name)}</cbc:Name></cac:PartyName>
${postalAddress(draft.buyerAddress)}
<cac:PartyLegalEntity><cbc:RegistrationName>${xml(facts.buyer.name)}</cbc:RegistrationName><cbc:CompanyID schemeID="0190">${xml(facts.buyer.oin)}</cbc:CompanyID></cac:PartyLegalEntity>
</cac:Party></cac:AccountingCustomerParty>
<cac:PaymentMeans><cbc:PaymentMeansCode>58</cbc:PaymentMeansCode><cbc:PaymentID>${xml(draft.invoiceNumber)}</cbc:PaymentID><cac:PayeeFinancialAccount><cbc:ID>${xml(draft.iban)}</cbc:ID></cac:PayeeFinancialAccount></cac:PaymentMeans>
<cac:TaxTotal><cbc:TaxAmount ${eur(tax)}</cbc:TaxAmount><cac:TaxSubtotal><cbc:TaxableAmount ${eur(excl)}</cbc:TaxableAmount><cbc:TaxAmount ${eur(tax)}</cbc:TaxAmount><cac:TaxCategory><cbc:ID>S</cbc:ID><cbc:Percent>21</cbc:Percent>${vat}</cac:TaxCategory></cac:TaxSubtotal></cac:TaxTotal>
<cac:LegalMonetaryTotal><cbc:LineExtensionAmount ${eur(excl)}</cbc:LineExtensionAmount><cbc:TaxExclusiveAmount ${eur(excl)}</cbc:TaxExclusiveAmount><cbc:TaxInclusiveAmount ${eur(incl)}</cbc:TaxInclusiveAmount><cbc:PayableAmount ${eur(incl)}</cbc:PayableAmount></cac:LegalMonetaryTotal>
<cac:InvoiceLine><cbc:ID>1</cbc:ID><cbc:InvoicedQuantity unitCode="C62">1</cbc:InvoicedQuantity><cbc:LineExtensionAmount ${eur(excl)}</cbc:LineExtensionAmount><cac:Item><cbc:Name>${xml(`Mijlpaal ${facts.milestone}: ${facts.deliverable}`.slice(0, 200))}</cbc:Name><cac:ClassifiedTaxCategory><cbc:ID>S</cbc:ID><cbc:Percent>21</cbc:Percent>${vat}</cac:ClassifiedTaxCategory></cac:Item><cac:Price><cbc:PriceAmount ${eur(excl)}</cbc:PriceAmount></cac:Price></cac:InvoiceLine>
</Invoice>
`;
}
