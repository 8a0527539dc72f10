import { newEvent } from '#events/envelope.ts';
import { AttachmentOpenedV1 } from '#events/proposals/attachment-opened.v1.ts';
import { getChallenge, whileStillPublished } from '#shared/challenges/repository.ts';
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
import { outboxWrite } from '#shared/messaging/outbox.ts';
import { clock } from '#shared/platform/clock.ts';
import { conflict, notFound } from '#shared/platform/errors.ts';
import { objectStore } from '#shared/platform/object-store.ts';
import { eventContext, type RequestContext } from '#shared/platform/request-context.ts';
import type { Proposal } from './schemas.ts';
import { openPhase, ownLiveProposal, readProposal, unchangedSince } from './use-cases.ts';

/*
 * A proposal's files. Only the company adds or removes them, and only while its phase takes bids;
 * each change saves a new version of the proposal with the list of files and their SHA-256, so at
 * the deadline the proposal holds exactly what was submitted. Reading them is sealed like the
 * proposal itself, and every opening is logged before the download URL is handed out.
 */

async function changeableProposal(proposalId: string, ctx: RequestContext): Promise<Proposal> {
  const current = await ownLiveProposal(proposalId, ctx.caller);
  openPhase(await getChallenge(current.challengeId), current.challengeId, current.phase, clock.nowIso());
  return current;
}

function roomFor(proposal: Proposal) {
  const max = documentLimits.maxAttachments();
  if ((proposal.attachments?.length ?? 0) >= max)
    throw conflict('too-many-attachments', `A proposal has at most ${max} files; remove one first.`, {
      maxAttachments: max,
    });
}

export async function requestAttachmentUpload(
  proposalId: string,
  input: { fileName: string; sizeBytes: number },
  ctx: RequestContext,
): Promise<UploadTicket> {
  const current = await changeableProposal(proposalId, ctx);
  roomFor(current);
  const { write, ticket } = await newUpload({ proposalId }, input);
  await transact([write, whileStillPublished(current.challengeId)]);
  return ticket;
}

export async function completeAttachmentUpload(
  proposalId: string,
  uploadId: string,
  input: { sha256?: string | undefined },
  ctx: RequestContext,
): Promise<Proposal> {
  const current = await changeableProposal(proposalId, ctx);
  const upload = await loadUpload({ proposalId }, uploadId);
  roomFor(current);
  const file = await checkUpload(upload, input.sha256, forgetUpload);
  const next: Proposal = {
    ...current,
    attachments: [...(current.attachments ?? []), file],
    updatedAt: clock.nowIso(),
    version: current.version + 1,
  };
  await transact([unchangedSince(next), uploadConsumed(upload), whileStillPublished(current.challengeId)]);
  return next;
}

export async function removeAttachment(
  proposalId: string,
  attachmentId: string,
  ctx: RequestContext,
): Promise<Proposal> {
  const current = await changeableProposal(proposalId, ctx);
  const attachments = current.attachments ?? [];
  if (!attachments.some((a) => a.id === attachmentId)) throw notFound('Attachment', attachmentId);
  const next: Proposal = {
    ...current,
    attachments: attachments.filter((a) => a.id !== attachmentId),
    updatedAt: clock.nowIso(),
    version: current.version + 1,
  };
  await transact([unchangedSince(next), whileStillPublished(current.challengeId)]);
  await objectStore().remove(objectKeyOf({ proposalId }, attachmentId));
  return next;
}

/** Opens a file: sealed as the proposal is, verified against its hash, logged, then a short-lived URL. */
export async function openAttachment(proposalId: string, attachmentId: string, ctx: RequestContext) {
  const proposal = await readProposal(proposalId, ctx.caller);
  const file = proposal.attachments?.find((a) => a.id === attachmentId);
  if (!file) throw notFound('Attachment', attachmentId);
  const download = await downloadOf({ proposalId }, file);
  const event = newEvent(
    AttachmentOpenedV1,
    {
      challengeId: proposal.challengeId,
      phase: proposal.phase as 1 | 2 | 3,
      proposalId,
      attachmentId,
      fileName: file.fileName,
      sha256: file.sha256,
      openedAt: clock.nowIso(),
    },
    eventContext(ctx),
  );
  await transact([outboxWrite(event)]);
  return download;
}
