import { describe, expect, it } from 'vitest';
import type { LetterItem } from '#web/kit/decisions.tsx';
import type { ProposalView } from '#web/kit/types.ts';
import { testView } from '../../../test/support/view.ts';
import { standingOf } from './view.tsx';

const proposal = (over: Partial<ProposalView> = {}) =>
  ({ status: 'submitted', deadline: '2027-01-21T16:00:00Z', ...over }) as ProposalView;
const letter = (over: Partial<LetterItem>) =>
  ({
    outcome: 'awarded',
    status: 'definitive',
    standstillEndsAt: '2019-01-05T23:00:00Z',
    ...over,
  }) as LetterItem;

describe('where a proposal stands on “Mijn voorstellen”', () => {
  const v = testView();
  it('says what the company can still do while the phase is open, and that it is assessed after', () => {
    expect(standingOf(v, proposal(), undefined)).toMatch(/^Ingediend\. U kunt het wijzigen of intrekken tot/);
    expect(standingOf(v, proposal({ deadline: '2026-12-01T16:00:00Z' }), undefined)).toBe(
      'In beoordeling bij de commissie.',
    );
    expect(standingOf(v, proposal({ status: 'withdrawn' }), undefined)).toBe('Ingetrokken.');
  });

  it('follows the decision and the contract: not “Ingediend” after a refusal or a completed award', () => {
    const closed = proposal({ deadline: '2018-11-30T16:00:00Z' });
    expect(standingOf(v, closed, letter({ outcome: 'not-awarded' }))).toBe('Niet gegund.');
    expect(standingOf(v, closed, letter({ status: 'standstill' }))).toMatch(/^Voorlopig gegund\./);
    expect(standingOf(v, closed, letter({ awardStatus: 'awarded' }))).toBe('Gegund. De opdracht loopt.');
    expect(standingOf(v, closed, letter({ awardStatus: 'completed' }))).toBe('Gegund en afgerond.');
    expect(standingOf(v, closed, letter({ awardStatus: 'terminated' }))).toBe(
      'Gegund; de opdracht is beëindigd.',
    );
  });
});
