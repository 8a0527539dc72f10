import { ChallengeUpdatedV1 } from '#events/challenges/challenge-updated.v1.ts';
import { newEvent } from '#events/envelope.ts';
import type { Caller } from '#shared/auth/caller.ts';
import { transact } from '#shared/db/store.ts';
import {
  type CallDocumentKind,
  checkUpload,
  documentLimits,
  downloadOf,
  forgetUpload,
  loadUpload,
  newUpload,
  objectKeyOf,
  type StoredFile,
  type UploadTicket,
  uploadChecked,
  uploadConsumed,
} from '#shared/documents/files.ts';
import { clock } from '#shared/platform/clock.ts';
import { conflict, notFound } from '#shared/platform/errors.ts';
import { objectStore } from '#shared/platform/object-store.ts';
import { eventContext, type RequestContext } from '#shared/platform/request-context.ts';
import type { CallDocument, Challenge } from './model.ts';
import { updateChallenge } from './repository.ts';
import { ownChallenge, readChallenge } from './use-cases.ts';

/*
 * The call's documents (challenge description, model contract, IP terms …). The lead buyer
 * uploads them to its draft, where they are attached as soon as they pass the checks; once the
 * call is published a checked upload waits until a correction attaches it (and names the document
 * it replaces), so every change after publication is numbered, dated and reasoned. Public with
 * the call.
 */

const activeDocuments = (challenge: Challenge) => (challenge.documents ?? []).filter((d) => !d.replacedBy);

async function changeableCall(challengeId: string, caller: Caller): Promise<Challenge> {
  const challenge = await ownChallenge(challengeId, caller);
  if (challenge.status !== 'draft' && challenge.status !== 'published')
    throw conflict(
      'call-closed',
      `Challenge ${challengeId} is ${challenge.status}; its documents no longer change.`,
    );
  return challenge;
}

export async function requestCallDocumentUpload(
  challengeId: string,
  input: { fileName: string; sizeBytes: number; title: string; kind: CallDocumentKind },
  ctx: RequestContext,
): Promise<UploadTicket> {
  const challenge = await changeableCall(challengeId, ctx.caller);
  if (challenge.status === 'draft' && activeDocuments(challenge).length >= documentLimits.maxCallDocuments())
    throw conflict(
      'too-many-documents',
      `A call has at most ${documentLimits.maxCallDocuments()} documents; remove one first.`,
    );
  const { write, ticket } = await newUpload(
    { challengeId },
    { fileName: input.fileName, sizeBytes: input.sizeBytes, label: { title: input.title, kind: input.kind } },
  );
  await transact([write]);
  return ticket;
}

/** Checks an upload; a draft gets it at once, a published call once a correction names it. */
export async function completeCallDocumentUpload(
  challengeId: string,
  uploadId: string,
  input: { sha256?: string | undefined },
  ctx: RequestContext,
): Promise<StoredFile & { status: 'attached' | 'awaiting-correction' }> {
  const challenge = await changeableCall(challengeId, ctx.caller);
  const upload = await loadUpload({ challengeId }, uploadId);
  if (upload.checked) return { ...upload.checked, status: 'awaiting-correction' };
  const file = await checkUpload(upload, input.sha256, forgetUpload);
  if (challenge.status !== 'draft') {
    await transact([uploadChecked(upload, file)]);
    return { ...file, status: 'awaiting-correction' };
  }
  const document: CallDocument = {
    ...file,
    title: upload.label?.title ?? upload.fileName,
    kind: upload.label?.kind ?? 'other',
  };
  const next: Challenge = {
    ...challenge,
    documents: [...(challenge.documents ?? []), document],
    version: challenge.version + 1,
    updatedAt: clock.nowIso(),
  };
  await updateChallenge(next, challenge.version, [documentsChanged(next, ctx)], [uploadConsumed(upload)]);
  return { ...file, status: 'attached' };
}

const documentsChanged = (challenge: Challenge, ctx: RequestContext) =>
  newEvent(
    ChallengeUpdatedV1,
    {
      challengeId: challenge.id,
      leadBuyerOin: challenge.leadBuyer.oin,
      changedFields: ['documents'],
      version: challenge.version,
    },
    eventContext(ctx),
  );

/** A draft's document goes (a published call's is replaced through a correction). */
export async function removeCallDocument(
  challengeId: string,
  documentId: string,
  ctx: RequestContext,
): Promise<Challenge> {
  const challenge = await ownChallenge(challengeId, ctx.caller);
  if (challenge.status !== 'draft')
    throw conflict(
      'not-a-draft',
      'A published call keeps its documents: publish a correction that replaces it instead.',
    );
  if (!challenge.documents?.some((d) => d.id === documentId)) throw notFound('Document', documentId);
  const next: Challenge = {
    ...challenge,
    documents: challenge.documents.filter((d) => d.id !== documentId),
    version: challenge.version + 1,
    updatedAt: clock.nowIso(),
  };
  await updateChallenge(next, challenge.version, [documentsChanged(next, ctx)]);
  await objectStore().remove(objectKeyOf({ challengeId }, documentId));
  return next;
}

/** The call's documents, current and replaced: public with the call (a draft's: its buyer's). */
export async function listCallDocuments(challengeId: string, caller: Caller | undefined) {
  const challenge = await readChallenge(challengeId, caller);
  return { items: challenge.documents ?? [] };
}

export async function callDocumentDownload(
  challengeId: string,
  documentId: string,
  caller: Caller | undefined,
) {
  const challenge = await readChallenge(challengeId, caller);
  const document = challenge.documents?.find((d) => d.id === documentId);
  if (!document) throw notFound('Document', documentId);
  return downloadOf({ challengeId }, document);
}
