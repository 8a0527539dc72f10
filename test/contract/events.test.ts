import { describe, expect, it } from 'vitest';
import { eventCatalogue } from '#events/catalogue.ts';
import { newEvent, patternFor } from '#events/envelope.ts';
import { rulePattern } from '#events/rules.ts';
import { functionCatalogue, eventRules as rules } from '#functions/catalogue.ts';
import { matches } from '#infra/local/event-pattern.ts';

const context = { correlationId: 'contract-test', actor: { role: 'buyer', org: '00000099000000002000' } };

describe('event contracts', () => {
  it('every event version is listed once', () => {
    const keys = eventCatalogue.map((e) => `${e.detailType}.v${e.version}`);
    expect(new Set(keys).size).toBe(keys.length);
  });

  describe.each(eventCatalogue.map((e) => [`${e.detailType} v${e.version}`, e] as const))(
    '%s',
    (_name, definition) => {
      it('its example parses, and a produced event carries metadata of its version', () => {
        const event = newEvent(definition, definition.data.parse(definition.example), context);
        expect(event.source).toBe(definition.source);
        expect(event.detailType).toBe(definition.detailType);
        expect(event.detail.metadata.version).toBe(definition.version);
        expect(definition.detail.parse(JSON.parse(JSON.stringify(event.detail)))).toEqual(event.detail);
      });

      it('refuses unknown fields and a wrong version', () => {
        const event = newEvent(definition, definition.data.parse(definition.example), context);
        expect(definition.detail.safeParse({ ...event.detail, extra: 1 }).success).toBe(false);
        expect(
          definition.detail.safeParse({
            ...event.detail,
            metadata: { ...event.detail.metadata, version: definition.version + 1 },
          }).success,
        ).toBe(false);
        expect(
          definition.detail.safeParse({
            ...event.detail,
            data: { ...(event.detail.data as object), unexpected: true },
          }).success,
        ).toBe(false);
      });

      it('its pattern matches it on the bus, and not other events', () => {
        const event = newEvent(definition, definition.data.parse(definition.example), context);
        const onTheBus = { source: event.source, 'detail-type': event.detailType, detail: event.detail };
        expect(matches(patternFor(definition), onTheBus)).toBe(true);
        expect(matches(patternFor(definition), { ...onTheBus, 'detail-type': 'SomethingElse' })).toBe(false);
      });
    },
  );

  it('every rule targets a consumer function and listens only to catalogued events', () => {
    for (const rule of rules) {
      expect(functionCatalogue[rule.target].kind).toBe('consumer');
      for (const e of rule.events) expect(eventCatalogue).toContain(e);
      expect(rulePattern(rule)).toBeTypeOf('object');
    }
    expect(new Set(rules.map((r) => r.name)).size).toBe(rules.length);
  });
});
