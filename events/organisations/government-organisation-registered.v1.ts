import * as z from 'zod/mini';
import { GOVERNMENT_KINDS } from '#shared/kernel/organisations.ts';
import { oinSchema } from '#shared/kernel/vocabulary.ts';
import { defineEvent, SOURCES } from '../envelope.ts';

/** The programme office registered or renamed a government body. */
export const GovernmentOrganisationRegisteredV1 = defineEvent({
  source: SOURCES.organisations,
  detailType: 'GovernmentOrganisationRegistered',
  version: 1,
  description: 'A government body (ministry, province, …) was registered or renamed by the programme office.',
  data: z.strictObject({
    oin: oinSchema,
    name: z.string().check(z.maxLength(200)),
    kind: z.enum(GOVERNMENT_KINDS),
    /** Where companies' e-invoices to it go. */
    invoiceAddress: z.optional(
      z.strictObject({
        street: z.string().check(z.maxLength(100)),
        postcode: z.string().check(z.maxLength(10)),
        city: z.string().check(z.maxLength(60)),
      }),
    ),
    registeredAt: z.iso.datetime(),
  }),
  example: {
    oin: '00000099000000002000',
    name: 'Provincie Zuid-Holland',
    kind: 'province',
    registeredAt: '2018-07-01T10:00:00.000Z',
  },
});
