import type { routes } from '#shared/routes.ts';
import type { BodyOf, FormMapping } from '#web/kit/form-post.ts';
import type { View } from '#web/kit/view.ts';
import { texts } from './messages.ts';

/**
 * Declaring a bid invalid or excluding it: the bid, the ground of the fixed list, the motivation
 * the bidder reads in its letter, and (for an abnormally low tender) when its explanation was asked.
 */
export const exclusionMapping = (
  values: Record<string, string>,
  v: View,
): FormMapping<BodyOf<typeof routes.excludeProposal>> => {
  const asked = (values.explanationRequestedOn ?? '').trim();
  return {
    body: {
      proposalId: values.proposalId ?? '',
      ground: (values.ground ?? '') as BodyOf<typeof routes.excludeProposal>['ground'],
      motivation: values.motivation ?? '',
      ...(asked ? { explanationRequestedOn: asked } : {}),
    },
    // The field's own words, not the API's.
    texts: {
      proposalId: texts(v).chooseError,
      ground: texts(v).groundError,
      explanationRequestedOn: texts(v).askedError,
    },
    fieldOf: (apiField) =>
      ({
        'body.proposalId': 'proposalId',
        'body.ground': 'ground',
        'body.motivation': 'motivation',
        'body.explanationRequestedOn': 'explanationRequestedOn',
      })[apiField],
  };
};
