import { Breadcrumbs, Tag } from '#web/kit/components.tsx';
import type { CallView } from '#web/kit/types.ts';
import { titleOf, type View } from '#web/kit/view.ts';
import { groupTexts } from './messages.ts';

export const statusTag = (c: CallView, v: View) => (
  <Tag kind={c.status === 'published' ? 'open' : c.status === 'draft' ? 'warning' : 'closed'}>
    {v.t.statuses[c.status]}
  </Tag>
);

export const manageCrumbs = (v: View, c?: CallView) => (
  <Breadcrumbs
    label={groupTexts(v).myCalls}
    items={[
      { href: '/beheer/oproepen', label: groupTexts(v).myCalls },
      ...(c ? [{ href: `/beheer/oproepen/${c.id}`, label: titleOf(c, v) }] : []),
    ]}
  />
);
