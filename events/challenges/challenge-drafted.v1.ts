import * as z from 'zod/mini';
import { instrumentSchema, oinSchema, themeSchema } from '#shared/kernel/vocabulary.ts';
import { defineEvent, SOURCES } from '../envelope.ts';

/** A buyer saved a new draft challenge. Drafts are private: no public projection listens. */
export const ChallengeDraftedV1 = defineEvent({
  source: SOURCES.challenges,
  detailType: 'ChallengeDrafted',
  version: 1,
  description: 'A buyer created a draft challenge.',
  data: z.strictObject({
    challengeId: z.uuid(),
    leadBuyerOin: oinSchema,
    instrument: instrumentSchema,
    theme: themeSchema,
  }),
  example: {
    challengeId: '6f1c1f0e-8a41-4d1b-9a57-1d2f0c1e2a3b',
    leadBuyerOin: '00000099000000002000',
    instrument: 'sbir',
    theme: 'energietransitie-duurzaamheid',
  },
});
