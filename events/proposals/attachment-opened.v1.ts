import * as z from 'zod/mini';
import { defineEvent, SOURCES } from '../envelope.ts';

/**
 * Someone opened a file of a proposal (who: the event's actor). Logged before the download URL
 * is handed out, as TenderNed's vault logs every opening; the audit trail keeps it on the call's chain.
 */
export const AttachmentOpenedV1 = defineEvent({
  source: SOURCES.proposals,
  detailType: 'AttachmentOpened',
  version: 1,
  description: 'A proposal file was opened (downloaded) by the company, the buyer or an assessor.',
  data: z.strictObject({
    challengeId: z.uuid(),
    phase: z.union([z.literal(1), z.literal(2), z.literal(3)]),
    proposalId: z.uuid(),
    attachmentId: z.uuid(),
    fileName: z.string().check(z.maxLength(200)),
    sha256: z.string().check(z.regex(/^[a-f0-9]{64}$/)),
    openedAt: z.iso.datetime(),
  }),
  example: {
    challengeId: '6f1c1f0e-8a41-4d1b-9a57-1d2f0c1e2a3b',
    phase: 1,
    proposalId: '0b6f7c2e-3d1a-4c6b-9f2e-5a4d3c2b1a09',
    attachmentId: '4d8e2a10-6b3c-4f7e-9a1d-2c5b8e7f0a31',
    fileName: 'projectplan.pdf',
    sha256: 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
    openedAt: '2018-12-06T09:30:00.000Z',
  },
});
