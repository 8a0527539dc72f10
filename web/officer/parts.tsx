/** @jsxImportSource hono/jsx */

import { formatShare } from '#web/i18n/format.ts';
import { Breadcrumbs } from '#web/kit/components.tsx';
import type { View } from '#web/kit/view.ts';
import { groupTexts } from './messages.ts';

export const rate = (bp: number | null, v: View) => (bp === null ? '–' : formatShare(bp, v.lang));

export const reportsCrumbs = (v: View) => (
  <Breadcrumbs
    label={groupTexts(v).reportsTitle}
    items={[{ href: '/rapporten', label: groupTexts(v).reportsTitle }]}
  />
);
