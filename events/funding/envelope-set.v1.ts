import * as z from 'zod/mini';
import { centsSchema, instrumentSchema, oinSchema } from '#shared/kernel/vocabulary.ts';
import { defineEvent, SOURCES } from '../envelope.ts';

/** The programme office set a funder's co-funding caps for a programme year. */
export const EnvelopeSetV1 = defineEvent({
  source: SOURCES.funding,
  detailType: 'EnvelopeSet',
  version: 1,
  description: 'The programme office set (or changed) a funder’s caps per instrument for a programme year.',
  data: z.strictObject({
    year: z.int().check(z.gte(2000), z.lte(2100)),
    holderOin: oinSchema,
    caps: z
      .array(
        z.strictObject({
          instrument: instrumentSchema,
          capCents: centsSchema,
          previousCapCents: z.optional(centsSchema),
        }),
      )
      .check(z.minLength(1), z.maxLength(10)),
    members: z.array(oinSchema).check(z.maxLength(50)),
    setAt: z.iso.datetime(),
  }),
  example: {
    year: 2018,
    holderOin: '00000099000000007000',
    caps: [{ instrument: 'sbir', capCents: 250_000_000 }],
    members: ['00000099000000002000'],
    setAt: '2018-07-01T10:00:00.000Z',
  },
});
