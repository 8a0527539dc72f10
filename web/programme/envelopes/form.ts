import type { routes } from '#shared/routes.ts';
import { parseEuros } from '#web/i18n/format.ts';
import type { BodyOf, FormMapping } from '#web/kit/form-post.ts';
import { OIN } from '#web/kit/ids.ts';
import type { View } from '#web/kit/view.ts';
import { texts } from './messages.ts';

/** A funder's envelope for a year: its caps per instrument and who else draws from it. */
export function envelopeMapping(
  values: Record<string, string>,
  v: View,
): FormMapping<BodyOf<typeof routes.putEnvelope>> {
  const errors: Record<string, string> = {};
  if (!OIN.test(values.funderOin?.trim() ?? '')) errors.funderOin = texts(v).chooseFunder;
  const sbir = parseEuros(values.capSbir ?? '');
  if (sbir === undefined) errors.capSbir = v.t.form.moneyInvalid;
  const ipText = values.capIp?.trim();
  const ip = ipText ? parseEuros(ipText) : undefined;
  if (ipText && ip === undefined) errors.capIp = v.t.form.moneyInvalid;
  // The checked members, comma-joined by `formLists` (each an OIN from the register).
  const members = (values.members ?? '')
    .split(',')
    .map((m) => m.trim())
    .filter(Boolean);
  return {
    body: {
      caps: [
        { instrument: 'sbir', capCents: sbir as number },
        ...(ip !== undefined ? [{ instrument: 'innovation-partnership' as const, capCents: ip }] : []),
      ],
      ...(members.length > 0 ? { members } : {}),
    },
    errors,
    fieldOf: (f) => {
      const [where, top] = f.split('.');
      if (where === 'params') return 'funderOin';
      return top === 'members' ? 'members' : top === 'caps' ? 'capSbir' : undefined;
    },
    problemField: { 'unknown-organisation': 'funderOin' },
  };
}
