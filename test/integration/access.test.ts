import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { functionCatalogue, httpRoutes as routeTable } from '#functions/catalogue.ts';
import type { AssuranceLevel } from '#shared/auth/assurance.ts';
import { CLAIMS, ROLES, type Role, scopeFor } from '#shared/auth/caller.ts';
import type { AnyRoute } from '#shared/http/route.ts';
import { ORGS } from '../support/fixtures.ts';
import { startTestRuntime, type TestApi } from '../support/runtime.ts';
import { tableSnapshot } from '../support/table.ts';

/**
 * Generated from the route table: every protected route refuses callers without a token (401)
 * and callers whose role is not listed (403), before any work, writing nothing. A new route is
 * covered the moment it is added.
 */
let api: TestApi;
const tokens = {} as Record<Role, string>;

beforeAll(async () => {
  api = await startTestRuntime();
  for (const role of ROLES)
    tokens[role] = await api.as(role, role === 'sme' ? '12345678' : ORGS.zuidHolland.oin, `${role}-tester`);
  for (const route of routeTable) {
    if (!handlers.has(route.function))
      handlers.set(
        route.function,
        (await import(`../../${functionCatalogue[route.function].entry}`)).handler,
      );
  }
});
afterAll(() => api?.runtime.stop());

const SAMPLE: Record<string, string> = {
  challengeId: '6f1c1f0e-8a41-4d1b-9a57-1d2f0c1e2a3b',
  proposalId: '0b6f7c2e-3d1a-4c6b-9f2e-5a4d3c2b1a09',
  questionId: '9d2f3c4b-5a6e-4f70-8a1b-2c3d4e5f6a7b',
  awardId: '3f0a6c1e-2b7d-4e9a-8c5f-1d2e3f4a5b6c',
  decisionId: '7a8b9c0d-1e2f-4a3b-8c4d-5e6f7a8b9c0d',
  objectionId: '2d3e4f5a-6b7c-4d8e-9f0a-1b2c3d4e5f6a',
  uploadId: '5e6f7a8b-9c0d-4e1f-8a2b-3c4d5e6f7a8b',
  attachmentId: '8b9c0d1e-2f3a-4b5c-9d6e-7f8a9b0c1d2e',
  documentId: '1c2d3e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f',
  searchId: '4a5b6c7d-8e9f-4a0b-9c1d-2e3f4a5b6c7d',
  phase: '1',
  version: '1',
  year: '2018',
  funderOin: ORGS.ezk.oin,
  oin: ORGS.ezk.oin,
  sub: 'member-1',
  invitationId: '6a7b8c9d-0e1f-4a2b-8c3d-4e5f6a7b8c9d',
  milestone: '1',
  fileId: '3b4c5d6e-7f8a-4b9c-8d0e-1f2a3b4c5d6e',
  period: '2026-Q4',
};
const pathOf = (route: AnyRoute) =>
  route.path.replace(/\{(\w+)\}/g, (_, name: string) => SAMPLE[name] ?? 'x');
const protectedRoutes = routeTable.filter((r) => r.access !== 'public');
const handlerOf = (route: AnyRoute) => handlers.get(route.function)!;
const handlers = new Map<
  string,
  (event: never, context: never) => Promise<{ statusCode: number; body: string }>
>();
const roleClaims = (role: Role) => ({
  sub: `${role}-tester`,
  [CLAIMS.role]: role,
  [CLAIMS.org]: role === 'sme' ? '12345678' : ORGS.zuidHolland.oin,
  ...(role === 'sme' ? { [CLAIMS.assurance]: 'eh4' } : {}),
  scope: scopeFor(role),
});

describe('access by role, for every route in the route table', () => {
  it('covers every route', () => {
    expect(protectedRoutes.length + routeTable.filter((r) => r.access === 'public').length).toBe(
      routeTable.length,
    );
    for (const route of routeTable) {
      for (const name of route.path.match(/\{(\w+)\}/g) ?? [])
        expect(SAMPLE[name.slice(1, -1)], `${route.path}`).toBeDefined();
    }
  });

  it.each(protectedRoutes.map((r) => [`${r.method} ${r.path}`, r] as const))('%s', async (_name, route) => {
    await api.runtime.settle(); // projections of earlier requests are in: compare like with like
    const before = await tableSnapshot();
    const body = route.body ? {} : undefined;
    const anonymous = await api.call(route.method, pathOf(route), { body });
    expect(anonymous.status).toBe(401);
    for (const role of ROLES.filter((r) => !(route.access as readonly Role[]).includes(r))) {
      const refused = await api.call(route.method, pathOf(route), { token: tokens[role], body });
      expect(refused.status, `${role} on ${route.method} ${route.path}`).toBe(403);
      // The gateway refuses by scope (as API Gateway's authorizer does in AWS)…
      expect(refused.body.type).toMatch(/insufficient-scope$/);
      // …and the function itself refuses the role too, should a request ever reach it.
      const direct = await handlerOf(route)(
        {
          routeKey: `${route.method} ${route.path}`,
          headers: {},
          requestContext: {
            requestId: 'direct',
            authorizer: { jwt: { claims: roleClaims(role), scopes: [scopeFor(role)] } },
          },
        } as never,
        {} as never,
      );
      expect(direct.statusCode, `${role} straight to ${route.function}`).toBe(403);
      expect(JSON.parse(direct.body).type).toMatch(/role-not-allowed$/);
    }
    expect(await tableSnapshot()).toEqual(before);
  });

  it.each(routeTable.filter((r) => r.access === 'public').map((r) => [`${r.method} ${r.path}`, r] as const))(
    '%s is public',
    async (_name, route) => {
      const response = await api.call(route.method, pathOf(route));
      expect([401, 403]).not.toContain(response.status);
    },
  );
});

/*
 * Issue #36, point 2: a company acts at the level of assurance it signed in with. Every company
 * route needs EH2+ (or eIDAS substantial); what binds the company — a proposal, its change or
 * withdrawal, an objection, a follow-up report — EH3. Below that: 403 `assurance-too-low`, naming
 * the level needed, before any work, nothing written.
 */
describe('level of assurance, for every company route in the route table', () => {
  const companyRoutes = protectedRoutes.filter((r) => (r.access as readonly Role[]).includes('sme'));
  const binding = [
    'submitProposal',
    'reviseProposal',
    'withdrawProposal',
    'requestAttachmentUpload',
    'completeAttachmentUpload',
    'removeAttachment',
    'lodgeObjection',
    'reportFollowUp',
    // After the award: what the company delivers and invoices binds it.
    'requestDeliverableUpload',
    'completeDeliverableUpload',
    'removeDeliverableFile',
    'submitDeliverable',
    'submitInvoice',
  ];

  it('names the routes that bind the company, and no others', () => {
    expect(
      companyRoutes
        .filter((r) => r.assurance === 'eh3')
        .map((r) => r.operationId)
        .sort(),
    ).toEqual([...binding].sort());
  });

  it.each(companyRoutes.map((r) => [`${r.method} ${r.path}`, r] as const))('%s', async (_name, route) => {
    await api.runtime.settle();
    const before = await tableSnapshot();
    const body = route.body ? {} : undefined;
    const at = async (level: AssuranceLevel) =>
      api.call(route.method, pathOf(route), {
        token: await api.as('sme', '12345678', 'sme-tester', undefined, level),
        body,
      });
    const tooLow = await at('eidas-low');
    expect(tooLow.status).toBe(403);
    expect(tooLow.body.type).toMatch(/assurance-too-low$/);
    expect(tooLow.body.needed).toBe(route.assurance ?? 'eh2+');
    expect(await tableSnapshot()).toEqual(before);
    const eh2plus = await at('eh2+');
    if (route.assurance === 'eh3') {
      expect(eh2plus.status).toBe(403);
      expect(eh2plus.body).toMatchObject({ needed: 'eh3', current: 'eh2+' });
      expect(eh2plus.body.detail).toMatch(/level EH3 or higher; this sign-in is EH2\+/);
      expect(await tableSnapshot()).toEqual(before);
    } else expect(eh2plus.body.type ?? '').not.toMatch(/assurance-too-low$/);
    // eIDAS substantial stands beside EH3.
    expect((await at('eidas-substantial')).body.type ?? '').not.toMatch(/assurance-too-low$/);
  });
});

describe('least privilege, checked on every table call of every function', () => {
  it('refuses a call outside the function’s grant, as its IAM policy would in AWS', async () => {
    const { runningFunction } = await import('#shared/db/access.ts');
    const { db, tableName } = await import('#shared/db/client.ts');
    const { PutCommand, GetCommand } = await import('@aws-sdk/lib-dynamodb');
    // The reports function reads report partitions; it may not write, nor read a proposal.
    const write = runningFunction.run('reportsApi', () =>
      db().send(new PutCommand({ TableName: tableName(), Item: { pk: 'REPORT#2018', sk: 'X' } })),
    );
    await expect(write).rejects.toThrow(/least privilege: reportsApi may not write partition REPORT#2018/);
    const read = runningFunction.run('reportsApi', () =>
      db().send(new GetCommand({ TableName: tableName(), Key: { pk: 'PROPOSAL#x', sk: 'PROPOSAL' } })),
    );
    await expect(read).rejects.toThrow(/may not read partition PROPOSAL#x/);
    const none = runningFunction.run('systemApi', () =>
      db().send(new GetCommand({ TableName: tableName(), Key: { pk: 'CHALLENGE#x', sk: 'CHALLENGE' } })),
    );
    await expect(none).rejects.toThrow(/systemApi has no table access/);
  });
});
