import { describe, expect, it } from 'vitest';
import { challengeRoutes } from '#shared/challenges/routes.ts';
import { httpHandler, implement } from '#shared/http/handler.ts';
import { proposalRoutes } from '#shared/proposals/routes.ts';

describe('a function without public routes bundles no token verifier', () => {
  it('a public route without a verifier is refused when the function loads', () => {
    expect(() =>
      httpHandler([implement(challengeRoutes.listChallenges, async () => ({ body: { items: [] } }))]),
    ).toThrow(/GET \/challenges is public/);
  });

  it('protected routes need none (the authorizer verified the token)', () => {
    expect(() =>
      httpHandler([implement(proposalRoutes.myProposals, async () => ({ body: { items: [] } }))]),
    ).not.toThrow();
  });
});
