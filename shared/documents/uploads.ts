import { documentKeys, ENTITY, withoutKeys } from '#shared/db/keys.ts';
import { getItem, type TxWrite, transact } from '#shared/db/store.ts';
import { conflict, notFound } from '#shared/platform/errors.ts';
import type { CallDocumentKind, StoredFile } from './types.ts';

export type { StoredFile } from './types.ts';

/*
 * Uploads and recorded files as the table keeps them: what a write that attaches a file needs,
 * without the object store (so a function that only attaches a checked upload bundles no S3).
 * The bytes themselves are handled in files.ts.
 */

/** A proposal's files, a call's documents, a contract's deliverables. */
export type DocumentOwner = { proposalId: string } | { challengeId: string } | { awardId: string };

/** Where a file's bytes live: named by its owner and id, never by the name a person gave it. */
export const objectKeyOf = (owner: DocumentOwner, fileId: string): string =>
  'proposalId' in owner
    ? `proposals/${owner.proposalId}/${fileId}`
    : 'awardId' in owner
      ? `contracts/${owner.awardId}/${fileId}`
      : `challenges/${owner.challengeId}/${fileId}`;

/** What an upload is for, and who asked for it. */
export interface Upload {
  uploadId: string;
  owner: DocumentOwner;
  objectKey: string;
  fileName: string;
  sizeBytes: number;
  /** A call document's title and kind. */
  label?: { title: string; kind: CallDocumentKind };
  /** A deliverable's file: the milestone it is for. */
  milestone?: number;
  requestedAt: string;
  urlExpiresAt: string;
  /** Set once checked (a call's document waiting for a correction to attach it). */
  checked?: StoredFile;
}

export async function findUpload(owner: DocumentOwner, uploadId: string): Promise<Upload | undefined> {
  const item = await getItem(documentKeys.upload(owner, uploadId), { consistent: true });
  return item ? withoutKeys<Upload>(item) : undefined;
}

export async function loadUpload(owner: DocumentOwner, uploadId: string): Promise<Upload> {
  const upload = await findUpload(owner, uploadId);
  if (!upload) throw notFound('Upload', uploadId);
  return upload;
}

/** Removes the upload's record in a transaction, only if it is still there (a double completion fails). */
export const uploadConsumed = (upload: Upload): TxWrite => ({
  item: {
    Delete: {
      Key: documentKeys.upload(upload.owner, upload.uploadId),
      ConditionExpression: 'attribute_exists(pk)',
    },
  },
  onConditionFailed: () => conflict('upload-completed', `Upload ${upload.uploadId} was completed already.`),
});

/** The upload's record, now checked (a call's document waits in it for a correction). */
export const uploadChecked = (upload: Upload, file: StoredFile): TxWrite => ({
  item: {
    Put: {
      Item: {
        ...documentKeys.upload(upload.owner, upload.uploadId),
        entity: ENTITY.upload,
        ...upload,
        checked: file,
      },
      ConditionExpression: 'attribute_exists(pk)',
    },
  },
  onConditionFailed: () => notFound('Upload', upload.uploadId),
});

/** Forgets an upload's record outside any other write (after its bytes failed a check). */
export async function forgetUpload(upload: Upload): Promise<void> {
  await transact([{ item: { Delete: { Key: documentKeys.upload(upload.owner, upload.uploadId) } } }]);
}
