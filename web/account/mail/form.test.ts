import { describe, expect, it } from 'vitest';
import { refusalOnForm } from '#web/kit/form-post.ts';
import { refusal, testView } from '../../../test/support/view.ts';
import { preferencesMapping, savedSearchMapping } from './form.ts';
import { texts } from './messages.ts';

describe('the e-mail settings form', () => {
  it('turns off every kind not ticked, and leaves the address out when empty', () => {
    const mapped = preferencesMapping({ email: '', language: 'en', on: 'new-call' }, testView(), [
      'new-call',
      'nota',
    ]);
    expect(mapped.body).toEqual({ language: 'en', off: ['nota'] });
    expect(mapped.errors).toEqual({});
  });

  it('asks for a language, and says the address in its own words when the API refuses it', () => {
    const v = testView();
    const mapped = preferencesMapping({ email: 'geen adres', language: 'fr' }, v, []);
    expect(Object.keys(mapped.errors ?? {})).toEqual(['language']);
    const form = refusalOnForm(
      { values: {}, errors: {} },
      refusal('validation-failed', ['body.email']),
      mapped,
      v,
    );
    expect(form.errors.email).toBe(texts(v).addressInvalid);
  });
});

describe('a saved search', () => {
  it('reads the CPV codes as typed (commas or spaces) and the ticked themes and instruments', () => {
    const mapped = savedSearchMapping(
      { name: 'Water', themes: 'water', instruments: '', cpvCodes: '73000000-2, 71300000-1 ' },
      testView(),
    );
    expect(mapped.body).toEqual({
      name: 'Water',
      themes: ['water'],
      instruments: [],
      cpvCodes: ['73000000-2', '71300000-1'],
    });
    expect(mapped.fieldOf('body.themes')).toBe('themes');
  });
});
