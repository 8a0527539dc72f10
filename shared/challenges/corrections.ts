import { ChallengeCorrectedV1 } from '#events/challenges/challenge-corrected.v1.ts';
import { newEvent } from '#events/envelope.ts';
import { documentLimits } from '#shared/documents/limits.ts';
import { findUpload, type Upload, uploadConsumed } from '#shared/documents/uploads.ts';
import type { SignificantChange } from '#shared/kernel/vocabulary.ts';
import { lastDayOfPeriod, toAmsterdamIso } from '#shared/platform/amsterdam.ts';
import { clock } from '#shared/platform/clock.ts';
import { conflict, type FieldError, validationFailed } from '#shared/platform/errors.ts';
import { eventContext, type RequestContext } from '#shared/platform/request-context.ts';
import type { CallDocument, Challenge, Correction, PublishedChallenge } from './model.ts';
import { updateChallenge } from './repository.ts';
import { criteriaViolations, tooSoonAfterSignificantChange } from './rules.ts';
import type { CorrectionInput } from './schemas.ts';

/*
 * Corrections of a published call (rectificatie): numbered and dated, each with its reason. A
 * deadline only ever moves later, and only while its phase still takes bids (a closed phase is
 * not reopened); the phases keep their order; the question deadline may move later too, never
 * past phase 1's deadline. The title and description may be clarified until a phase closes; a
 * change to the text or the documents (the requirements) leaves every open phase, a change to a
 * phase's award criteria that phase, at least the period for significant changes (rules.ts:
 * six days; a partnership's request stage 30). Companies that
 * bid in a phase may revise their proposal until its (new) deadline — the deadline is read, not copied.
 */

/** The rules a correction must keep, given the challenge as it is now; field errors, or none. */
export function correctionViolations(
  challenge: Challenge,
  input: CorrectionInput,
  now: string,
  /** The uploads the correction names, as found (undefined: no such upload). */
  uploads: ReadonlyMap<string, Upload | undefined> = new Map(),
): FieldError[] {
  const errors: FieldError[] = [];
  const current = new Set((challenge.documents ?? []).filter((d) => !d.replacedBy).map((d) => d.id));
  for (const [i, d] of (input.documents ?? []).entries()) {
    const upload = uploads.get(d.uploadId);
    if (!upload)
      errors.push({ field: `body.documents.${i}.uploadId`, message: 'no such upload of this call' });
    else if (!upload.checked)
      errors.push({
        field: `body.documents.${i}.uploadId`,
        message: 'complete the upload first (the file is checked then)',
      });
    if (d.replaces !== undefined && !current.has(d.replaces))
      errors.push({ field: `body.documents.${i}.replaces`, message: 'not a current document of this call' });
  }
  if (new Set(input.documents?.map((d) => d.uploadId)).size !== (input.documents?.length ?? 0))
    errors.push({ field: 'body.documents', message: 'each upload once' });
  const active = current.size + (input.documents ?? []).filter((d) => !d.replaces).length;
  if (active > documentLimits.maxCallDocuments())
    errors.push({
      field: 'body.documents',
      message: `a call has at most ${documentLimits.maxCallDocuments()} documents`,
    });
  const moved = new Map(input.deadlines?.map((d) => [d.phase, d.submissionDeadline]));
  for (const [i, d] of (input.deadlines ?? []).entries()) {
    const field = `body.deadlines.${i}.submissionDeadline`;
    const phase = challenge.phases.find((p) => p.number === d.phase);
    if (!phase) {
      errors.push({ field: `body.deadlines.${i}.phase`, message: `the call has no phase ${d.phase}` });
      continue;
    }
    if (now >= phase.submissionDeadline)
      errors.push({
        field,
        message: `phase ${d.phase} closed at ${toAmsterdamIso(phase.submissionDeadline)}; a closed phase is not reopened`,
      });
    else if (d.submissionDeadline <= phase.submissionDeadline)
      errors.push({
        field,
        message: `a published deadline is only ever extended: phase ${d.phase} closes at ${toAmsterdamIso(phase.submissionDeadline)}`,
      });
  }
  if (new Set(input.deadlines?.map((d) => d.phase)).size !== (input.deadlines?.length ?? 0))
    errors.push({ field: 'body.deadlines', message: 'each phase once' });
  // The phases keep their order with the new deadlines.
  const deadlines = challenge.phases.map((p) => ({
    number: p.number,
    at: moved.get(p.number as 1 | 2 | 3) ?? p.submissionDeadline,
  }));
  for (const [i, p] of deadlines.entries()) {
    const before = deadlines[i - 1];
    if (before && p.at <= before.at)
      errors.push({
        field: 'body.deadlines',
        message: `phase ${p.number} must close after phase ${before.number}`,
      });
  }
  for (const [i, c] of (input.criteria ?? []).entries()) {
    const field = `body.criteria.${i}.criteria`;
    const phase = challenge.phases.find((p) => p.number === c.phase);
    if (!phase)
      errors.push({ field: `body.criteria.${i}.phase`, message: `the call has no phase ${c.phase}` });
    else if (phase.submissionDeadline <= now)
      errors.push({
        field,
        message: `phase ${c.phase} closed at ${toAmsterdamIso(phase.submissionDeadline)}: its bids were made on its criteria, which no longer change`,
      });
    else errors.push(...criteriaViolations(challenge.instrument, c.criteria, field));
  }
  if (new Set(input.criteria?.map((c) => c.phase)).size !== (input.criteria?.length ?? 0))
    errors.push({ field: 'body.criteria', message: 'each phase once' });
  // A significant change needs time: each phase it touches closes at least the period after it.
  for (const t of tooSoonAfterSignificantChange(
    challenge,
    significantPhases(challenge, input),
    now,
    (n) => moved.get(n as 1 | 2 | 3) ?? challenge.phases.find((p) => p.number === n)!.submissionDeadline,
  ))
    errors.push({
      field: 'body.deadlines',
      message: `a significant change (${significantChanges(input).join(', ')}) leaves bidders at least ${t.days} days: move phase ${t.phase}'s deadline to the end of ${lastDayOfPeriod(t.needed)} or later in the same correction`,
    });
  // The call's text is the terms of every phase: once one has closed, its bidders bid on it as it was.
  const closed = challenge.phases.find((p) => p.submissionDeadline <= now);
  if (closed)
    for (const part of ['title', 'description'] as const)
      if (input[part] !== undefined)
        errors.push({
          field: `body.${part}`,
          message: `phase ${closed.number} closed at ${toAmsterdamIso(closed.submissionDeadline)}: the call's ${part} is what its bidders bid on and is no longer changed (cancel the call if it must stop)`,
        });
  if (input.questionDeadline !== undefined) {
    const field = 'body.questionDeadline';
    if (input.questionDeadline <= challenge.questionDeadline)
      errors.push({ field, message: 'the question deadline is only ever extended' });
    else if (input.questionDeadline > deadlines[0]!.at)
      errors.push({ field, message: 'questions close before phase 1 does' });
  }
  return errors;
}

/** What a correction changes that bidders must respond to: the requirements (text, documents), criteria. */
export function significantChanges(input: CorrectionInput): SignificantChange[] {
  return [
    ...(input.description !== undefined || (input.documents?.length ?? 0) > 0
      ? ['requirements' as const]
      : []),
    ...(input.criteria ? ['criteria' as const] : []),
  ];
}

/** The phases a correction's significant change touches: all (the call's text), or a phase's criteria. */
function significantPhases(challenge: Challenge, input: CorrectionInput): number[] {
  if (input.description !== undefined || (input.documents?.length ?? 0) > 0)
    return challenge.phases.map((p) => p.number);
  return (input.criteria ?? []).map((c) => c.phase);
}

export async function correctChallenge(
  current: Challenge,
  input: CorrectionInput,
  ctx: RequestContext,
  summaryOf: (challenge: PublishedChallenge) => (typeof ChallengeCorrectedV1)['example']['summary'],
): Promise<Challenge> {
  if (current.status !== 'published')
    throw conflict(
      'not-published',
      `Challenge ${current.id} is ${current.status}; only a published call is corrected.`,
    );
  const now = clock.nowIso();
  const uploads = new Map<string, Upload | undefined>();
  for (const d of input.documents ?? [])
    uploads.set(d.uploadId, await findUpload({ challengeId: current.id }, d.uploadId));
  const errors = correctionViolations(current, input, now, uploads);
  if (errors.length > 0) throw validationFailed(errors, 'This correction cannot be published.');
  const number = (current.corrections?.length ?? 0) + 1;
  const moved = new Map(input.deadlines?.map((d) => [d.phase as number, d.submissionDeadline]));
  const correction: Correction = {
    number,
    at: now,
    reason: input.reason,
    deadlines: current.phases
      .filter((p) => moved.has(p.number))
      .map((p) => ({ phase: p.number, from: p.submissionDeadline, to: moved.get(p.number)! })),
    ...(input.questionDeadline
      ? { questionDeadline: { from: current.questionDeadline, to: input.questionDeadline } }
      : {}),
    ...(input.title ? { title: input.title } : {}),
    ...(input.description ? { description: input.description } : {}),
    ...(input.criteria
      ? {
          criteria: input.criteria.map((c) => ({
            phase: c.phase,
            criteria: c.criteria,
            ...(c.minimumScore !== undefined ? { minimumScore: c.minimumScore } : {}),
          })),
        }
      : {}),
    ...(significantChanges(input).length > 0 ? { significant: significantChanges(input) } : {}),
    ...(input.documents
      ? {
          documents: input.documents.map((d) => ({
            id: d.uploadId,
            title: uploads.get(d.uploadId)!.label?.title ?? uploads.get(d.uploadId)!.fileName,
            ...(d.replaces ? { replaces: d.replaces } : {}),
          })),
        }
      : {}),
  };
  const replacedBy = new Map(
    input.documents?.filter((d) => d.replaces).map((d) => [d.replaces!, d.uploadId]),
  );
  const added: CallDocument[] = (input.documents ?? []).map((d) => {
    const upload = uploads.get(d.uploadId)!;
    return {
      ...upload.checked!,
      title: upload.label?.title ?? upload.fileName,
      kind: upload.label?.kind ?? 'other',
      correction: number,
      ...(d.replaces ? { replaces: d.replaces } : {}),
    };
  });
  const corrected: PublishedChallenge = {
    ...current,
    version: current.version + 1,
    updatedAt: now,
    ...(input.title ? { title: input.title } : {}),
    ...(input.description ? { description: input.description } : {}),
    ...(input.questionDeadline ? { questionDeadline: input.questionDeadline } : {}),
    phases: current.phases.map((p) => {
      const criteria = input.criteria?.find((c) => c.phase === p.number);
      const { minimumScore: _previous, ...rest } = p;
      return {
        ...(criteria
          ? {
              ...rest,
              criteria: criteria.criteria,
              ...(criteria.minimumScore !== undefined ? { minimumScore: criteria.minimumScore } : {}),
            }
          : p),
        ...(moved.has(p.number) ? { submissionDeadline: moved.get(p.number)! } : {}),
      };
    }),
    corrections: [...(current.corrections ?? []), correction],
    ...(input.documents
      ? {
          documents: [
            ...(current.documents ?? []).map((doc) =>
              replacedBy.has(doc.id) ? { ...doc, replacedBy: replacedBy.get(doc.id)! } : doc,
            ),
            ...added,
          ],
        }
      : {}),
  };
  const event = newEvent(
    ChallengeCorrectedV1,
    {
      challengeId: current.id,
      number,
      reason: input.reason,
      deadlines: correction.deadlines.map((d) => ({ ...d, phase: d.phase as 1 | 2 | 3 })),
      ...(correction.questionDeadline ? { questionDeadline: correction.questionDeadline } : {}),
      textChanged: Boolean(input.title || input.description),
      ...(input.documents ? { documentsChanged: true } : {}),
      ...(correction.criteria
        ? { criteriaChanged: correction.criteria.map((c) => c.phase as 1 | 2 | 3) }
        : {}),
      ...(correction.significant ? { significant: correction.significant } : {}),
      correctedAt: now,
      summary: summaryOf(corrected),
    },
    eventContext(ctx),
  );
  await updateChallenge(
    corrected,
    current.version,
    [event],
    [...uploads.values()].map((upload) => uploadConsumed(upload!)),
  );
  return corrected;
}
