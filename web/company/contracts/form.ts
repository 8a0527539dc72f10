import type { routes } from '#shared/routes.ts';
import { invoiceRuleText } from '#web/i18n/invoice-rules.ts';
import type { Problem } from '#web/kit/api.ts';
import type { BodyOf, FormMapping } from '#web/kit/form-post.ts';
import type { View } from '#web/kit/view.ts';
import { texts } from './messages.ts';

/** A milestone's deliverable: what it is, and where to find it. */
export function deliverableMapping(
  values: Record<string, string>,
  v: View,
): FormMapping<BodyOf<typeof routes.submitDeliverable>> {
  const reference = values.reference?.trim();
  return {
    body: { summary: values.summary ?? '', ...(reference ? { reference } : {}) },
    texts: { summary: texts(v).summaryInvalid, reference: texts(v).referenceInvalid },
    fieldOf: (f) => ({ summary: 'summary', reference: 'reference' })[f.split('.')[1] ?? ''],
  };
}

/** Form fields of the draft, by the API's field path under `body.draft`. */
const DRAFT_FIELDS: Record<string, string> = {
  invoiceNumber: 'invoiceNumber',
  issueDate: 'issueDate',
  paymentDays: 'paymentDays',
  iban: 'iban',
  vatNumber: 'vatNumber',
  'supplierAddress.street': 'supplierStreet',
  'supplierAddress.postcode': 'supplierPostcode',
  'supplierAddress.city': 'supplierCity',
  supplierAddress: 'supplierStreet',
  'buyerAddress.street': 'buyerStreet',
  'buyerAddress.postcode': 'buyerPostcode',
  'buyerAddress.city': 'buyerCity',
  buyerAddress: 'buyerStreet',
};
const draftFieldOf = (f: string) =>
  f === 'body.ubl'
    ? 'ubl'
    : f.startsWith('body.draft.')
      ? DRAFT_FIELDS[f.slice('body.draft.'.length)]
      : undefined;

/**
 * The refused invoice's rules in plain words, each at its field: an uploaded file's all at the
 * file; a draft's where they belong (the rest at the invoice number, the first field).
 */
const rulesAtFields = (v: View) => (problem: Problem) => {
  if (!problem.type.endsWith('/invoice-invalid')) return undefined;
  const placed: Record<string, string[]> = {};
  const rules = (problem.rules ?? []) as { id: string; set: string; text: string }[];
  for (const [i, rule] of rules.entries()) {
    const field = draftFieldOf(problem.errors?.[i]?.field ?? '') ?? 'invoiceNumber';
    placed[field] = [...(placed[field] ?? []), invoiceRuleText(rule, v.lang)];
  }
  return Object.fromEntries(Object.entries(placed).map(([field, texts]) => [field, texts.join(' ')]));
};

/** The site drafts the invoice from what the company fills in. */
export function invoiceDraftMapping(
  values: Record<string, string>,
  v: View,
): FormMapping<BodyOf<typeof routes.submitInvoice>> {
  const days = /^\d{1,2}$/.test(values.paymentDays?.trim() ?? '') ? Number(values.paymentDays) : undefined;
  const address = (prefix: string) => ({
    street: values[`${prefix}Street`] ?? '',
    postcode: (values[`${prefix}Postcode`] ?? '').toUpperCase(),
    city: values[`${prefix}City`] ?? '',
  });
  return {
    body: {
      draft: {
        invoiceNumber: values.invoiceNumber ?? '',
        issueDate: values.issueDate ?? '',
        paymentDays: days as number,
        iban: values.iban ?? '',
        vatNumber: (values.vatNumber ?? '').replace(/\s/g, '').toUpperCase(),
        supplierAddress: address('supplier'),
        // None typed (the form shows the register's): the API takes the register's.
        ...(['buyerStreet', 'buyerPostcode', 'buyerCity'].some((f) => values[f]?.trim())
          ? { buyerAddress: address('buyer') }
          : {}),
      },
    },
    errors: days === undefined ? { paymentDays: texts(v).whole } : {},
    fieldOf: draftFieldOf,
    atFields: rulesAtFields(v),
    problemField: { 'buyer-address-unknown': 'buyerStreet' },
  };
}

/** The company's own UBL invoice, read from the uploaded file. */
export function invoiceUploadMapping(
  values: Record<string, string>,
  v: View,
): FormMapping<BodyOf<typeof routes.submitInvoice>> {
  const ubl = values.ubl ?? '';
  return {
    body: { ubl },
    errors: ubl ? {} : { ubl: texts(v).noFile },
    fieldOf: draftFieldOf,
    atFields: rulesAtFields(v),
    problemField: { 'invoice-not-xml': 'ubl' },
  };
}
