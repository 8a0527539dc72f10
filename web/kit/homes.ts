import type { Role } from '#shared/auth/caller.ts';

/** Where each role starts after signing in: its own overview of what waits for it. */
export const HOME_OF: Record<Role, string> = {
  sme: '/mijn',
  buyer: '/beheer',
  assessor: '/beoordelen',
  programme: '/programma',
  officer: '/rapporten',
  administrator: '/organisatie/medewerkers',
};
