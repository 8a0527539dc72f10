import { verifyToken } from '#shared/auth/tokens.ts';
import {
  callDocumentDownload,
  completeCallDocumentUpload,
  listCallDocuments,
  removeCallDocument,
  requestCallDocumentUpload,
} from '#shared/challenges/documents.ts';
import { challengeRoutes } from '#shared/challenges/routes.ts';
import { httpHandler, implement } from '#shared/http/handler.ts';

/** A call's documents: the only function that reaches the challenges' objects (and bundles S3). */
// Only this function's route groups (and their schemas) are bundled with it.
const routes = { ...challengeRoutes };

export const handler = httpHandler(
  [
    implement(routes.requestCallDocumentUpload, async ({ params, body, caller, correlationId }) => ({
      body: await requestCallDocumentUpload(params.challengeId, body, { caller, correlationId }),
    })),
    implement(routes.completeCallDocumentUpload, async ({ params, body, caller, correlationId }) => ({
      body: await completeCallDocumentUpload(params.challengeId, params.uploadId, body, {
        caller,
        correlationId,
      }),
    })),
    implement(routes.removeCallDocument, async ({ params, caller, correlationId }) => ({
      body: {
        items:
          (await removeCallDocument(params.challengeId, params.documentId, { caller, correlationId }))
            .documents ?? [],
      },
    })),
    implement(routes.listCallDocuments, async ({ params, caller }) => ({
      body: await listCallDocuments(params.challengeId, caller),
    })),
    implement(routes.callDocumentDownload, async ({ params, caller }) => ({
      body: await callDocumentDownload(params.challengeId, params.documentId, caller),
    })),
  ],
  { verifyToken },
);
