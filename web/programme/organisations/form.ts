import type { routes } from '#shared/routes.ts';
import type { BodyOf, FormMapping } from '#web/kit/form-post.ts';
import { OIN } from '#web/kit/ids.ts';
import type { View } from '#web/kit/view.ts';
import { texts } from './messages.ts';

/** The invoice address's fields on the form. */
export const ADDRESS_FIELDS = ['invoiceStreet', 'invoicePostcode', 'invoiceCity'] as const;

/** An organisation for the register of government bodies: its OIN (in the path), name, kind and invoice address. */
export function organisationMapping(
  values: Record<string, string>,
  v: View,
): FormMapping<BodyOf<typeof routes.putGovernmentOrganisation>> {
  const errors: Record<string, string> = OIN.test(values.oin?.trim() ?? '')
    ? {}
    : { oin: texts(v).oinInvalid };
  const address = ADDRESS_FIELDS.map((f) => values[f]?.trim() ?? '');
  // All three or none: half an address would put half an address on invoices.
  if (address.some(Boolean) && !address.every(Boolean))
    errors[ADDRESS_FIELDS[address.indexOf('')]!] = texts(v).addressIncomplete;
  const [street, postcode, city] = address as [string, string, string];
  return {
    body: {
      name: values.name ?? '',
      kind: (values.kind ?? '') as 'province',
      ...(address.every(Boolean)
        ? { invoiceAddress: { street, postcode: postcode.toUpperCase(), city } }
        : {}),
    },
    errors,
    texts: { invoicePostcode: texts(v).postcodeInvalid },
    fieldOf: (f) => {
      if (f.startsWith('params')) return 'oin';
      const [, top, sub] = f.split('.');
      if (top === 'invoiceAddress')
        return { street: 'invoiceStreet', postcode: 'invoicePostcode', city: 'invoiceCity' }[sub ?? 'street'];
      return top;
    },
  };
}
