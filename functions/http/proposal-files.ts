import { httpHandler, implement } from '#shared/http/handler.ts';
import {
  completeAttachmentUpload,
  openAttachment,
  removeAttachment,
  requestAttachmentUpload,
} from '#shared/proposals/attachments.ts';
import { proposalRoutes } from '#shared/proposals/routes.ts';

/** A proposal's files: the only function that reaches the proposals' objects (and bundles S3). */
// Only this function's route groups (and their schemas) are bundled with it.
const routes = { ...proposalRoutes };

export const handler = httpHandler([
  implement(routes.requestAttachmentUpload, async ({ params, body, caller, correlationId }) => ({
    body: await requestAttachmentUpload(params.proposalId, body, { caller, correlationId }),
  })),
  implement(routes.completeAttachmentUpload, async ({ params, body, caller, correlationId }) => ({
    body: await completeAttachmentUpload(params.proposalId, params.uploadId, body, { caller, correlationId }),
  })),
  implement(routes.removeAttachment, async ({ params, caller, correlationId }) => ({
    body: await removeAttachment(params.proposalId, params.attachmentId, { caller, correlationId }),
  })),
  implement(routes.openAttachment, async ({ params, caller, correlationId }) => ({
    body: await openAttachment(params.proposalId, params.attachmentId, { caller, correlationId }),
  })),
]);
