/** The demo address of a demo identity: `<role>-<org>@demo.innovatiemarkt.nl` (or its sub's). */
export const demoAddress = (claims: { role: string; org: string; sub?: string }) =>
  `${(claims.sub ?? `${claims.role}-${claims.org}`).toLowerCase().replace(/[^a-z0-9.-]/g, '-')}@demo.innovatiemarkt.nl`;
