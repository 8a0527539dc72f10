/** @jsxImportSource hono/jsx */

import { Button } from '#web/kit/components.tsx';
import type { SiteContext } from '#web/kit/context.tsx';
import { Select } from '#web/kit/fields.tsx';
import type { View } from '#web/kit/view.ts';

/**
 * A year to show, as a small form that works without script. `ahead` offers next year too: the
 * programme office sets next year's budgets in December.
 */
export function YearForm(props: {
  v: View;
  action: string;
  year: number;
  extra?: Record<string, string>;
  ahead?: boolean;
}) {
  const { v } = props;
  const last = v.now.getUTCFullYear() + (props.ahead ? 1 : 0);
  const years = Array.from({ length: last - 2013 + 1 }, (_, i) => last - i);
  return (
    <form method="get" action={props.action} class="im-filters">
      <Select
        v={v}
        form={{ values: { jaar: String(props.year) }, errors: {} }}
        name="jaar"
        label={v.t.gov.year}
        options={years.map((y) => ({ value: String(y), label: String(y) }))}
      />
      <div class="im-field">
        <Button>{v.t.gov.show}</Button>
      </div>
    </form>
  );
}

/** The programme year a page asks for (`?jaar=`), or this year. */
export const yearOf = (c: SiteContext) => {
  const asked = Number(c.req.query('jaar'));
  return Number.isInteger(asked) && asked >= 2000 && asked <= 2100
    ? asked
    : c.get('view').now.getUTCFullYear();
};
