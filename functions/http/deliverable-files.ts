import {
  completeDeliverableUpload,
  openDeliverableFile,
  removeDeliverableFile,
  requestDeliverableUpload,
} from '#shared/contracts/deliverable-files.ts';
import { contractRoutes as routes } from '#shared/contracts/routes.ts';
import { httpHandler, implement } from '#shared/http/handler.ts';

/** A deliverable's documents: the only function of the contracts that reaches their objects (and bundles S3). */
export const handler = httpHandler([
  implement(routes.requestDeliverableUpload, async ({ params, body, caller, correlationId }) => ({
    body: await requestDeliverableUpload(params.awardId, params.milestone, body, { caller, correlationId }),
  })),
  implement(routes.completeDeliverableUpload, async ({ params, body, caller, correlationId }) => ({
    body: await completeDeliverableUpload(params.awardId, params.milestone, params.uploadId, body, {
      caller,
      correlationId,
    }),
  })),
  implement(routes.removeDeliverableFile, async ({ params, caller, correlationId }) => ({
    body: await removeDeliverableFile(params.awardId, params.milestone, params.fileId, {
      caller,
      correlationId,
    }),
  })),
  implement(routes.openDeliverableFile, async ({ params, caller, correlationId }) => ({
    body: await openDeliverableFile(params.awardId, params.milestone, params.fileId, {
      caller,
      correlationId,
    }),
  })),
]);
