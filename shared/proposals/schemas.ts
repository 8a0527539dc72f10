import * as z from 'zod';
import { storedFileView } from '#shared/documents/schemas.ts';
import { companyIdSchema } from '#shared/kernel/company-id.ts';
import { centsSchema } from '#shared/kernel/vocabulary.ts';
import { SIZE_CLASSES } from '#shared/organisations/company.ts';

export const phaseParams = z.strictObject({
  challengeId: z.uuid(),
  phase: z
    .enum(['1', '2', '3'])
    .transform(Number)
    .pipe(z.union([z.literal(1), z.literal(2), z.literal(3)])),
});
export const proposalIdParams = z.strictObject({ proposalId: z.uuid() });
export const uploadParams = z.strictObject({ proposalId: z.uuid(), uploadId: z.uuid() });
export const attachmentParams = z.strictObject({ proposalId: z.uuid(), attachmentId: z.uuid() });

const documentRef = z.strictObject({
  title: z.string().trim().min(1).max(200),
  /** Where the document lives (the company's own storage or the buyer's data room). */
  url: z.url({ protocol: /^https$/ }).max(2_000),
  sha256: z
    .string()
    .regex(/^[a-f0-9]{64}$/, 'a hex SHA-256 digest')
    .optional(),
});

export const proposalBody = z.strictObject({
  summary: z.string().trim().min(10).max(2_000),
  plan: z.string().trim().min(10).max(50_000),
  /** Contract price including VAT; at most the phase's maximum per contract. */
  requestedAmountCents: centsSchema.min(1),
  durationMonths: z.int().min(1).max(60),
  documents: z.array(documentRef).max(20).default([]),
});
export type ProposalInput = z.infer<typeof proposalBody>;

export const reviseProposalBody = proposalBody
  .partial()
  .refine((patch) => Object.keys(patch).length > 0, { message: 'change at least one field' });

export const proposalView = z.object({
  id: z.uuid(),
  challengeId: z.uuid(),
  phase: z.int(),
  companyKvk: companyIdSchema,
  companyName: z.string(),
  sizeClass: z.enum(SIZE_CLASSES),
  isSme: z.boolean(),
  summary: z.string(),
  plan: z.string(),
  requestedAmountCents: z.int(),
  requestedAmountExclVatCents: z.int(),
  durationMonths: z.int(),
  documents: z.array(z.object({ title: z.string(), url: z.string(), sha256: z.string().optional() })),
  /**
   * Files uploaded with the proposal, frozen into it with their SHA-256 at every change until the
   * deadline: what the committee opens is exactly this.
   */
  attachments: z.array(storedFileView).optional(),
  status: z.enum(['submitted', 'withdrawn']),
  deadline: z.string(),
  submittedAt: z.string(),
  updatedAt: z.string(),
  withdrawnAt: z.string().optional(),
  version: z.int(),
});
export type Proposal = z.infer<typeof proposalView>;

export const myProposalsQuery = z.strictObject({
  limit: z
    .string()
    .regex(/^\d{1,3}$/)
    .transform(Number)
    .pipe(z.int().min(1).max(100))
    .optional(),
  cursor: z
    .string()
    .max(512)
    .regex(/^[A-Za-z0-9_-]+$/)
    .optional(),
});

export const proposalPage = z.object({ items: z.array(proposalView), nextCursor: z.string().optional() });
