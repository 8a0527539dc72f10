import { describe, expect, it } from 'vitest';
import { routes } from '#shared/routes.ts';
import { ApiUnreachable, apiClient } from './api.ts';

describe('the site’s API client', () => {
  it('turns a connection the API did not answer into ApiUnreachable (the site’s own 503 page), not a crash', async () => {
    const refused: typeof fetch = () => Promise.reject(new TypeError('fetch failed'));
    const api = apiClient('http://localhost:1', 'token', refused);
    await expect(api(routes.health)).rejects.toBeInstanceOf(ApiUnreachable);
  });

  it('answers a problem as a refusal, and data as data', async () => {
    const answer =
      (status: number, body: unknown): typeof fetch =>
      () =>
        Promise.resolve(new Response(JSON.stringify(body), { status }));
    const refused = await apiClient(
      'http://x',
      undefined,
      answer(409, { type: 'urn:x', status: 409 }),
    )(routes.health);
    expect(refused).toMatchObject({ ok: false, status: 409, problem: { type: 'urn:x' } });
    const ok = await apiClient('http://x', undefined, answer(200, { status: 'ok' }))(routes.health);
    expect(ok).toMatchObject({ ok: true, data: { status: 'ok' } });
  });

  it('sends a form’s attempt as the Idempotency-Key of each write, numbered in order, and none on a read', async () => {
    const sent: (string | null)[] = [];
    const recording: typeof fetch = (_url, init) => {
      sent.push(new Headers(init?.headers).get('idempotency-key'));
      return Promise.resolve(new Response('{}', { status: 200 }));
    };
    const api = apiClient('http://x', 'token', recording, 'b5c4a3d2-0000-4000-8000-000000000001');
    await api(routes.health);
    await api(routes.createChallenge, { body: {} as never });
    await api(routes.createChallenge, { body: {} as never });
    expect(sent).toEqual([
      null,
      'b5c4a3d2-0000-4000-8000-000000000001.1',
      'b5c4a3d2-0000-4000-8000-000000000001.2',
    ]);
    sent.length = 0;
    await apiClient('http://x', 'token', recording)(routes.createChallenge, { body: {} as never });
    expect(sent).toEqual([null]);
  });
});
