import * as z from 'zod/mini';
import { companyIdSchema } from '#shared/kernel/company-id.ts';
import { SIZE_CLASSES } from '#shared/kernel/organisations.ts';

import { defineEvent, SOURCES } from '../envelope.ts';

/** A company saved its profile and SME declaration; its EU size class follows from it. */
export const CompanyProfileSavedV1 = defineEvent({
  source: SOURCES.organisations,
  detailType: 'CompanyProfileSaved',
  version: 1,
  description: 'A company saved its profile and SME declaration.',
  data: z.strictObject({ kvk: companyIdSchema, sizeClass: z.enum(SIZE_CLASSES), isSme: z.boolean() }),
  example: { kvk: '12345678', sizeClass: 'small', isSme: true },
});
