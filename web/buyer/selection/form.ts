import type { routes } from '#shared/routes.ts';
import type { BodyOf, FormMapping } from '#web/kit/form-post.ts';
import type { View } from '#web/kit/view.ts';
import { texts } from './messages.ts';
import { selectionFields } from './view.tsx';

/** A request to take part, as the selection form lists it. */
export interface Candidate {
  id: string;
  companyName: string;
}

/**
 * The partnership's selection: per request suitable or not, invited or not, with reasons. Every
 * yes/no must be answered before anything is sent, each named in full (which candidate, which
 * question) so each line of the error summary says so.
 */
export function selectionMapping(
  values: Record<string, string>,
  v: View,
  requests: readonly Candidate[],
): FormMapping<BodyOf<typeof routes.recordSelection>> {
  const errors: Record<string, string> = {};
  for (const r of requests) {
    const names = selectionFields(r.id);
    for (const [name, question] of [
      [names.suitable, texts(v).suitableQuestion],
      [names.invited, texts(v).invitedQuestion],
    ] as const)
      if (values[name] !== 'yes' && values[name] !== 'no')
        errors[name] = `${r.companyName}: ${question} ${texts(v).choose}`;
  }
  const candidates = requests.map((r) => {
    const names = selectionFields(r.id);
    return {
      proposalId: r.id,
      suitable: values[names.suitable] === 'yes',
      invited: values[names.invited] === 'yes',
      reasons: (values[names.reasons] ?? '').trim(),
    };
  });
  return {
    body: { candidates },
    errors,
    // body.candidates.3.reasons → the reasons field of the 4th request; body.candidates → the whole.
    fieldOf: (field) => {
      const [, , index, name] = field.split('.');
      const request = index === undefined ? undefined : candidates[Number(index)];
      if (!request || !name) return 'candidates';
      const names = selectionFields(request.proposalId);
      return name === 'reasons' ? names.reasons : name === 'invited' ? names.invited : names.suitable;
    },
  };
}
