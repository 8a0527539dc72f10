import * as z from 'zod/mini';
import { storedFileView } from '#shared/documents/schemas.ts';
import { companyIdSchema } from '#shared/kernel/company-id.ts';
import { SIZE_CLASSES } from '#shared/kernel/organisations.ts';
import { centsSchema } from '#shared/kernel/vocabulary.ts';

export const phaseParams = z.strictObject({
  challengeId: z.uuid(),
  phase: z.pipe(
    z.pipe(z.enum(['1', '2', '3']), z.transform(Number)),
    z.union([z.literal(1), z.literal(2), z.literal(3)]),
  ),
});
export const proposalIdParams = z.strictObject({ proposalId: z.uuid() });
export const uploadParams = z.strictObject({ proposalId: z.uuid(), uploadId: z.uuid() });
export const attachmentParams = z.strictObject({ proposalId: z.uuid(), attachmentId: z.uuid() });

const documentRef = z.strictObject({
  title: z.string().check(z.trim(), z.minLength(1), z.maxLength(200)),
  /** Where the document lives (the company's own storage or the buyer's data room). */
  url: z.url({ protocol: /^https$/ }).check(z.maxLength(2_000)),
  sha256: z.optional(z.string().check(z.regex(/^[a-f0-9]{64}$/, 'a hex SHA-256 digest'))),
});

export const proposalBody = z.strictObject({
  summary: z.string().check(z.trim(), z.minLength(10), z.maxLength(2_000)),
  plan: z.string().check(z.trim(), z.minLength(10), z.maxLength(50_000)),
  /** Contract price including VAT; at most the phase's maximum per contract. */
  requestedAmountCents: centsSchema.check(z.gte(1)),
  durationMonths: z.int().check(z.gte(1), z.lte(60)),
  documents: z._default(z.array(documentRef).check(z.maxLength(20)), []),
});
export type ProposalInput = z.infer<typeof proposalBody>;

export const reviseProposalBody = z
  .partial(proposalBody)
  .check(z.refine((patch) => Object.keys(patch).length > 0, { message: 'change at least one field' }));

export const proposalView = z.object({
  id: z.uuid(),
  challengeId: z.uuid(),
  phase: z.int(),
  companyKvk: companyIdSchema,
  /** Every identifier the firm bids under (its id, and its VAT number when another): one live proposal per firm. */
  firmIds: z.optional(z.array(z.string())),
  companyName: z.string(),
  sizeClass: z.enum(SIZE_CLASSES),
  isSme: z.boolean(),
  summary: z.string(),
  plan: z.string(),
  requestedAmountCents: z.int(),
  requestedAmountExclVatCents: z.int(),
  durationMonths: z.int(),
  documents: z.array(z.object({ title: z.string(), url: z.string(), sha256: z.optional(z.string()) })),
  /**
   * Files uploaded with the proposal, frozen into it with their SHA-256 at every change until the
   * deadline: what the committee opens is exactly this.
   */
  attachments: z.optional(z.array(storedFileView)),
  status: z.enum(['submitted', 'withdrawn']),
  deadline: z.string(),
  submittedAt: z.string(),
  updatedAt: z.string(),
  withdrawnAt: z.optional(z.string()),
  version: z.int(),
});
export type Proposal = z.infer<typeof proposalView>;

export const myProposalsQuery = z.strictObject({
  limit: z.optional(
    z.pipe(
      z.pipe(z.string().check(z.regex(/^\d{1,3}$/)), z.transform(Number)),
      z.int().check(z.gte(1), z.lte(100)),
    ),
  ),
  cursor: z.optional(z.string().check(z.maxLength(512), z.regex(/^[A-Za-z0-9_-]+$/))),
});

export const proposalPage = z.object({ items: z.array(proposalView), nextCursor: z.optional(z.string()) });
