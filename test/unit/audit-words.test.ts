import { describe, expect, it } from 'vitest';
import { eventCatalogue } from '#events/catalogue.ts';
import { texts } from '#web/officer/audit/messages.ts';

/** The audit trail on the site says what happened in words, in Dutch and English: every event. */
describe('the audit trail’s words', () => {
  it('names every event of the catalogue in Dutch and in English, differently', () => {
    for (const { detailType } of eventCatalogue) {
      const nl = texts({ lang: 'nl' }).actions[detailType];
      const en = texts({ lang: 'en' }).actions[detailType];
      expect(nl, detailType).toBeTruthy();
      expect(en, detailType).toBeTruthy();
      expect(nl, detailType).not.toBe(en);
    }
  });
});
