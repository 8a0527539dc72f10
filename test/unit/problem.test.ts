import { describe, expect, it } from 'vitest';
import { PROBLEM_BASE, toProblem } from '#shared/http/problem.ts';
import { conflict } from '#shared/platform/errors.ts';

describe('problem documents', () => {
  it('maps a domain error to its status, stable type and extensions', () => {
    const problem = toProblem(
      conflict('illegal-transition', 'Challenge x is published.', { from: 'published' }),
      'req-1',
    );
    expect(problem).toEqual({
      type: `${PROBLEM_BASE}illegal-transition`,
      title: 'Conflict',
      status: 409,
      detail: 'Challenge x is published.',
      instance: 'req-1',
      from: 'published',
    });
  });

  it('an extension cannot override a standard member', () => {
    const problem = toProblem(conflict('not-a-draft', 'Published.', { status: 'published', type: 'x' }));
    expect(problem.status).toBe(409);
    expect(problem.type).toBe(`${PROBLEM_BASE}not-a-draft`);
  });

  it('tells nothing of an unexpected error', () => {
    const error = new Error('ECONNREFUSED 10.0.0.1:8000 at Socket.connect (/var/task/index.mjs:1:2)');
    const problem = toProblem(error, 'req-2');
    expect(problem.status).toBe(500);
    expect(JSON.stringify(problem)).not.toMatch(/ECONNREFUSED|index\.mjs|10\.0\.0\.1/);
  });
});
