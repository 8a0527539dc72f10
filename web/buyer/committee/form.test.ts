import { describe, expect, it } from 'vitest';
import { committeeMapping, committeeValues } from './form.ts';

describe('naming a committee', () => {
  it('sends the rows filled in, and puts an error back at its row', () => {
    const mapped = committeeMapping({
      assessorOin1: ' 00000001003214345000 ',
      assessorId1: 'a.jansen',
      assessorName1: 'A. Jansen',
      assessorOin3: '00000001002220647000',
      assessorId3: 'b.smit',
    });
    expect(mapped.body).toEqual({
      assessors: [
        { oin: '00000001003214345000', assessorId: 'a.jansen', name: 'A. Jansen' },
        { oin: '00000001002220647000', assessorId: 'b.smit' },
      ],
    });
    expect(mapped.fieldOf('body.assessors.1.assessorId')).toBe('assessorId3');
    expect(mapped.problemField).toEqual({
      'duplicate-assessor': 'assessorOin1',
      'reason-required': 'reason',
    });
  });

  it('fills the rows from the committee as it stands', () => {
    expect(
      committeeValues({ committee: { assessors: [{ oin: 'O', assessorId: 'i', name: 'N' }] } } as never),
    ).toEqual({ assessorOin1: 'O', assessorId1: 'i', assessorName1: 'N' });
  });
});
