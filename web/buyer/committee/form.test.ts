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

  it('names the people picked from the directory by their ids, then any rows typed', () => {
    const candidates = [
      { oin: '00000099000000002000', assessorId: 'sub-kees', name: 'Kees Keurder' },
      { oin: '00000099000000002000', assessorId: 'sub-els', name: 'Els Expert' },
    ];
    const mapped = committeeMapping(
      {
        picked: '00000099000000002000|sub-els,00000099000000002000|unknown',
        assessorOin2: '00000001002220647000',
        assessorId2: 'b.smit',
      },
      candidates,
    );
    expect(mapped.body.assessors).toEqual([
      { oin: '00000099000000002000', assessorId: 'sub-els', name: 'Els Expert' },
      { oin: '00000001002220647000', assessorId: 'b.smit' },
    ]);
    expect(mapped.fieldOf('body.assessors.0.oin')).toBe('picked');
    expect(mapped.fieldOf('body.assessors.1.assessorId')).toBe('assessorId2');
    expect(
      committeeValues(
        {
          committee: {
            assessors: [
              { oin: '00000099000000002000', assessorId: 'sub-kees' },
              { oin: 'O', assessorId: 'i' },
            ],
          },
        } as never,
        candidates,
      ),
    ).toEqual({
      picked: '00000099000000002000|sub-kees',
      assessorOin1: 'O',
      assessorId1: 'i',
      assessorName1: '',
    });
  });

  it('fills the rows from the committee as it stands', () => {
    expect(
      committeeValues({ committee: { assessors: [{ oin: 'O', assessorId: 'i', name: 'N' }] } } as never),
    ).toEqual({ assessorOin1: 'O', assessorId1: 'i', assessorName1: 'N' });
  });
});
