import { describe, expect, it } from 'vitest';
import { FILE_FIELD } from '#web/kit/files.tsx';
import { testView } from '../../../test/support/view.ts';
import { documentErrors, documentForm } from './form.ts';

const file = { name: 'uitvraag.pdf', size: 120_000 };

describe('adding a call document', () => {
  it('takes a titled document of a known kind for a draft, with no reason needed', () => {
    const typed = documentForm({ title: ' Uitvraag ', kind: 'challenge-description', reason: '' });
    expect(typed.title).toBe('Uitvraag');
    expect(documentErrors(typed, file, false, testView())).toEqual({});
  });

  it('says every mistake at once before any bytes move: no file, no title, and a published call’s missing reason', () => {
    const v = testView();
    const errors = documentErrors(
      documentForm({ title: '', kind: 'challenge-description' }),
      undefined,
      true,
      v,
    );
    expect(Object.keys(errors).sort()).toEqual([FILE_FIELD, 'reason', 'title'].sort());
    expect(errors[FILE_FIELD]).toBe(v.t.documents.fileMissing);
  });

  it('refuses a file larger than the API takes at all (1 GiB), at the file field', () => {
    const errors = documentErrors(
      documentForm({ title: 'Bijlage', kind: 'challenge-description' }),
      { name: 'groot.pdf', size: 2 * 2 ** 30 },
      false,
      testView(),
    );
    expect(Object.keys(errors)).toEqual([FILE_FIELD]);
  });
});
