import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { z } from 'zod/mini';
import type { routes } from '#shared/routes.ts';
import { GENERATED_CLIENT, generatedClientTypes } from '../support/openapi-client.ts';
import type { components, operations } from './generated/innovatiemarkt-api.d.ts';

/*
 * A client generated from our OpenAPI document (openapi-typescript) gets the same types as the
 * routes' own zod schemas: checked by the compiler below (`npm run typecheck` fails if one drifts),
 * and the generated file is checked to be what the document makes today.
 */
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Json<
  Op extends keyof operations,
  Status extends keyof operations[Op]['responses'],
> = operations[Op]['responses'][Status] extends {
  content: { 'application/json': infer Body };
}
  ? Body
  : never;
type RequestJson<Op extends keyof operations> = operations[Op] extends {
  requestBody: { content: { 'application/json': infer Body } };
}
  ? Body
  : never;
type Out<R extends keyof typeof routes> = z.output<(typeof routes)[R]['response']>;
type In<R extends keyof typeof routes> = z.input<NonNullable<(typeof routes)[R]['body']>>;

const generatedTypesMatch: [
  Same<Json<'getChallenge', 200>, Out<'getChallenge'>>,
  Same<components['schemas']['Challenge'], Out<'getChallenge'>>,
  Same<Json<'listChallenges', 200>, Out<'listChallenges'>>,
  Same<Json<'decideAwards', 201>, Out<'decideAwards'>>,
  Same<Json<'coFundingReport', 200>, Out<'coFundingReport'>>,
  Same<RequestJson<'submitProposal'>, In<'submitProposal'>>,
  Same<RequestJson<'putEnvelope'>, In<'putEnvelope'>>,
] = [true, true, true, true, true, true, true];

describe('a client generated from the OpenAPI document', () => {
  it('is the one kept beside this test (regenerate with npm run openapi:client)', async () => {
    expect(await generatedClientTypes()).toBe(readFileSync(GENERATED_CLIENT, 'utf8'));
  });

  it('has the types of the routes: the compiler checked the list above', () => {
    expect(generatedTypesMatch.every(Boolean)).toBe(true);
  });

  it('names shared shapes once and refers to them', () => {
    const text = readFileSync(GENERATED_CLIENT, 'utf8');
    expect(text).toContain('Challenge: {');
    expect(text).toContain('components["schemas"]["Phase"][]');
    expect(text).not.toContain('9007199254740991');
  });
});
