/** @jsxImportSource hono/jsx */

import type { MessageKind } from '#shared/notifications/schemas.ts';
import { Alert, Button, CsrfField, H1, P } from '#web/kit/components.tsx';
import { Layout } from '#web/kit/layout.tsx';
import type { View } from '#web/kit/view.ts';
import { texts } from './messages.ts';

/** The page an unsubscribe link opens: one button (a GET never unsubscribes: link checkers follow links). */
export function UnsubscribePage(props: {
  v: View;
  kind?: MessageKind;
  hidden?: Record<string, string>;
  done?: boolean;
  invalid?: boolean;
}) {
  const { v } = props;
  const m = texts(v);
  const kindName = props.kind ? m.kindTopics[props.kind] : '';
  return (
    <Layout v={v} title={m.unsubscribeTitle}>
      <H1>{m.unsubscribeTitle}</H1>
      {props.invalid ? (
        <Alert kind="error">{m.unsubscribeInvalid}</Alert>
      ) : props.done ? (
        <Alert kind="success">{m.unsubscribed.replace('{kind}', kindName)}</Alert>
      ) : (
        <form method="post" action="/afmelden">
          <CsrfField v={v} />
          {Object.entries(props.hidden ?? {}).map(([name, value]) => (
            <input type="hidden" name={name} value={value} />
          ))}
          <P>{m.unsubscribeText.replace('{kind}', kindName)}</P>
          <Button>{m.unsubscribeButton}</Button>
        </form>
      )}
    </Layout>
  );
}
