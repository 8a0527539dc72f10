import { DeliverableFileOpenedV1 } from '#events/contracts/contract.v1.ts';
import { newEvent } from '#events/envelope.ts';
import type { Caller } from '#shared/auth/caller.ts';
import type { Award } from '#shared/awards/schemas.ts';
import { transact } from '#shared/db/store.ts';
import {
  checkUpload,
  documentLimits,
  downloadOf,
  forgetUpload,
  loadUpload,
  newUpload,
  objectKeyOf,
  type UploadTicket,
  uploadConsumed,
} from '#shared/documents/files.ts';
import { assertMayAssess } from '#shared/evaluation/use-cases.ts';
import { outboxWrite } from '#shared/messaging/outbox.ts';
import { clock } from '#shared/platform/clock.ts';
import { conflict, DomainError, notFound } from '#shared/platform/errors.ts';
import { objectStore } from '#shared/platform/object-store.ts';
import { eventContext, type RequestContext } from '#shared/platform/request-context.ts';
import { loadProposal } from '#shared/proposals/repository.ts';
import type { Contract, Milestone } from './schemas.ts';
import {
  type ContractRecord,
  contractView,
  contractWrite,
  eventBase,
  type Loaded,
  load,
  milestoneOf,
  replace,
  whileRunning,
} from './use-cases.ts';

/*
 * A deliverable's documents, as a proposal has them: the company adds files to a milestone while
 * it is open (or after a rejection), each checked by content and fingerprinted; submitting the
 * deliverable freezes them into that submission. They are sealed: only the company, the lead
 * buyer and the phase's committee (members without a conflict) open them, each opening logged in
 * the call's audit trail before the download URL is handed out.
 */

const ownerOf = (awardId: string) => ({ awardId });

/** The company's milestone that still takes files: the contract runs, the deliverable is due. */
async function changeableMilestone(awardId: string, number: number, ctx: RequestContext) {
  const loaded = await load(awardId, ctx.caller);
  if (loaded.access !== 'company') throw notFound('Contract', awardId);
  if (loaded.award.status !== 'awarded')
    throw conflict('award-ended', `Contract ${awardId} is ${loaded.award.status}.`);
  const milestone = milestoneOf(loaded.record, number, awardId);
  if (milestone.status !== 'open' && milestone.status !== 'rejected')
    throw conflict(
      'deliverable-not-expected',
      `Milestone ${number} is ${milestone.status}: files are added while its deliverable is due (open, or after a rejection).`,
      { status: milestone.status },
    );
  return { loaded, milestone };
}

function roomFor(milestone: Milestone) {
  const max = documentLimits.maxAttachments();
  if ((milestone.files?.length ?? 0) >= max)
    throw conflict('too-many-attachments', `A deliverable has at most ${max} files; remove one first.`, {
      maxAttachments: max,
    });
}

const withFiles = (loaded: Loaded, milestone: Milestone, files: Milestone['files']): ContractRecord => {
  const { files: _old, ...rest } = milestone;
  return {
    ...loaded.record,
    milestones: replace(loaded.record, { ...rest, ...(files?.length ? { files } : {}) }),
    version: loaded.record.version + 1,
  };
};

export async function requestDeliverableUpload(
  awardId: string,
  number: number,
  input: { fileName: string; sizeBytes: number },
  ctx: RequestContext,
): Promise<UploadTicket> {
  const { milestone } = await changeableMilestone(awardId, number, ctx);
  roomFor(milestone);
  const { write, ticket } = await newUpload(ownerOf(awardId), { ...input, milestone: number });
  await transact([write, whileRunning(awardId)]);
  return ticket;
}

export async function completeDeliverableUpload(
  awardId: string,
  number: number,
  uploadId: string,
  input: { sha256?: string | undefined },
  ctx: RequestContext,
): Promise<Contract> {
  const { loaded, milestone } = await changeableMilestone(awardId, number, ctx);
  const upload = await loadUpload(ownerOf(awardId), uploadId);
  if (upload.milestone !== number) throw notFound('Upload', uploadId);
  roomFor(milestone);
  const file = await checkUpload(upload, input.sha256, forgetUpload);
  const next = withFiles(loaded, milestone, [...(milestone.files ?? []), file]);
  await transact([contractWrite(loaded, next), uploadConsumed(upload), whileRunning(awardId)]);
  return contractView({ ...loaded, record: next });
}

export async function removeDeliverableFile(
  awardId: string,
  number: number,
  fileId: string,
  ctx: RequestContext,
): Promise<Contract> {
  const { loaded, milestone } = await changeableMilestone(awardId, number, ctx);
  const files = milestone.files ?? [];
  if (!files.some((f) => f.id === fileId)) throw notFound('File', fileId);
  const next = withFiles(
    loaded,
    milestone,
    files.filter((f) => f.id !== fileId),
  );
  await transact([contractWrite(loaded, next), whileRunning(awardId)]);
  await objectStore().remove(objectKeyOf(ownerOf(awardId), fileId));
  return contractView({ ...loaded, record: next });
}

/** An assessor on the award's phase committee who declared no conflict with its proposal. */
const onCommittee = (caller: Caller) => async (award: Award) => {
  const proposal = await loadProposal(award.proposalId);
  if (!proposal) return false;
  try {
    await assertMayAssess(proposal, caller);
    return true;
  } catch (error) {
    // Not a member: the contract does not exist for them. Recused or undeclared: they are told.
    if (error instanceof DomainError && error.kind === 'not-found') return false;
    throw error;
  }
};

/**
 * Opens a deliverable's file: a submitted one for the company, the buyer and the committee; one
 * not yet submitted for the company only. Verified against its hash, logged, then a short-lived URL.
 */
export async function openDeliverableFile(
  awardId: string,
  number: number,
  fileId: string,
  ctx: RequestContext,
) {
  const loaded = await load(awardId, ctx.caller, onCommittee(ctx.caller));
  // The co-funders' officers see the contract, not its deliverables.
  if (loaded.access === 'funder') throw notFound('Contract', awardId);
  const milestone = milestoneOf(loaded.record, number, awardId);
  const index = milestone.submissions.findIndex((s) => s.files?.some((f) => f.id === fileId));
  const file =
    index >= 0
      ? milestone.submissions[index]!.files!.find((f) => f.id === fileId)
      : loaded.access === 'company'
        ? milestone.files?.find((f) => f.id === fileId)
        : undefined;
  if (!file) throw notFound('File', fileId);
  const download = await downloadOf(ownerOf(awardId), file);
  const event = newEvent(
    DeliverableFileOpenedV1,
    {
      ...eventBase(loaded.award),
      milestone: number,
      ...(index >= 0 ? { submission: index + 1 } : {}),
      fileId,
      fileName: file.fileName,
      sha256: file.sha256,
      openedAt: clock.nowIso(),
    },
    eventContext(ctx),
  );
  await transact([outboxWrite(event)]);
  return download;
}
