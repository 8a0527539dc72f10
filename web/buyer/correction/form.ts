import type { routes } from '#shared/routes.ts';
import type { BodyOf, FormMapping } from '#web/kit/form-post.ts';
import type { CallView } from '#web/kit/types.ts';
import type { View } from '#web/kit/view.ts';
import { texts } from './messages.ts';

/** A correction (rectificatie) of a published call: its reason, later deadlines, a new description. */
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
  return {
    body: {
      reason: (values.reason ?? '').trim(),
      ...(moved.length > 0 ? { deadlines: moved } : {}),
      ...(questionDeadline ? { questionDeadline } : {}),
      ...(description ? { description: { ...call.description, nl: description } } : {}),
    },
    fieldOf: (field) => {
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
