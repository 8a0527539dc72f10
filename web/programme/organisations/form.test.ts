import { describe, expect, it } from 'vitest';
import { testView } from '../../../test/support/view.ts';
import { organisationMapping } from './form.ts';

describe('the organisation form', () => {
  it('sends the name and kind, and refuses an OIN that is not 20 digits or capitals', () => {
    const ok = organisationMapping(
      { oin: '00000001003214345000', name: 'Provincie Utrecht', kind: 'province' },
      testView(),
    );
    expect(ok.body).toEqual({ name: 'Provincie Utrecht', kind: 'province' });
    expect(ok.errors).toEqual({});
    expect(
      Object.keys(organisationMapping({ oin: '123', name: 'x', kind: 'province' }, testView()).errors ?? {}),
    ).toEqual(['oin']);
    expect(ok.fieldOf('params.oin')).toBe('oin');
    expect(ok.fieldOf('body.name')).toBe('name');
  });
});
