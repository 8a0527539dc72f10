/** @jsxImportSource hono/jsx */

import { formatShare } from '#web/i18n/format.ts';
import { Breadcrumbs } from '#web/kit/components.tsx';
import type { View } from '#web/kit/view.ts';
export const rate = (bp: number | null, v: View) => (bp === null ? '–' : formatShare(bp, v.lang));

export const reportsCrumbs = (v: View) => (
  <Breadcrumbs label={v.t.gov.reportsTitle} items={[{ href: '/rapporten', label: v.t.gov.reportsTitle }]} />
);
