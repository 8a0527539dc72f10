import type { routes } from '#shared/routes.ts';
import type { BodyOf, FormMapping } from '#web/kit/form-post.ts';
import { parsePercent } from '#web/kit/forms.ts';
import type { CallView } from '#web/kit/types.ts';
import type { View } from '#web/kit/view.ts';
import { texts } from './messages.ts';

/**
 * A correction (rectificatie) of a published call: its reason, later deadlines, a new description,
 * new weights of a phase's criteria (a significant change, as a new description is).
 */
export function correctionMapping(
  values: Record<string, string>,
  v: View,
  call: CallView,
): FormMapping<BodyOf<typeof routes.correctChallenge>> {
  const moved = call.phases
    .filter((p) => (values[`deadline-${p.number}`] ?? '').trim())
    .map((p) => ({ phase: p.number, submissionDeadline: values[`deadline-${p.number}`]!.trim() }));
  const description = (values.descriptionNl ?? '').trim();
  const questionDeadline = (values.questionDeadline ?? '').trim();
  const deadlineFields = [...call.phases.map((p) => `deadline-${p.number}`), 'questionDeadline'];
  // New weights of a phase, typed as on the call form ("40/30/30", in the order of its criteria).
  const errors: Record<string, string> = {};
  const criteria = call.phases.flatMap((p) => {
    const typed = (values[`weights-${p.number}`] ?? '').trim();
    if (!typed) return [];
    const weights = typed.split('/').map((w) => parsePercent(w));
    if (weights.length !== p.criteria.length || weights.some((w) => w === undefined)) {
      errors[`weights-${p.number}`] = texts(v).weightsError(p.criteria.length);
      return [];
    }
    return [
      {
        phase: p.number,
        criteria: p.criteria.map((c, i) => ({ key: c.key, weightBasisPoints: weights[i]! })),
        ...(p.minimumScore !== undefined ? { minimumScore: p.minimumScore } : {}),
      },
    ];
  });
  return {
    body: {
      reason: (values.reason ?? '').trim(),
      ...(moved.length > 0 ? { deadlines: moved } : {}),
      ...(questionDeadline ? { questionDeadline } : {}),
      ...(description ? { description: { ...call.description, nl: description } } : {}),
      ...(criteria.length > 0 ? { criteria } : {}),
    },
    errors,
    fieldOf: (field) => {
      const weights = /^body\.criteria\.(\d+)/.exec(field);
      if (weights) return `weights-${criteria[Number(weights[1])]?.phase ?? 1}`;
      const deadline = /^body\.deadlines\.(\d+)/.exec(field);
      if (deadline) return `deadline-${moved[Number(deadline[1])]?.phase ?? moved[0]?.phase ?? 1}`;
      if (field === 'body.deadlines') return moved[0] ? `deadline-${moved[0].phase}` : 'reason';
      if (field === 'body.reason') return 'reason';
      if (field === 'body.questionDeadline') return 'questionDeadline';
      if (field.startsWith('body.description')) return 'descriptionNl';
      return field === 'body' ? 'reason' : undefined;
    },
    // The general text for a deadline speaks of creating a call; here it is about extending one.
    texts: Object.fromEntries(deadlineFields.map((name) => [name, texts(v).deadlineError])),
  };
}
