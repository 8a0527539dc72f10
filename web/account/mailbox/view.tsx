import { formatDateTime } from '#web/i18n/format.ts';
import { H1, P } from '#web/kit/components.tsx';
import type { MailboxMessage } from '#web/kit/context.tsx';
import { Layout } from '#web/kit/layout.tsx';
import type { View } from '#web/kit/view.ts';
import { texts } from './messages.ts';

/** Local only: what the local SMTP server received. */
export function MailboxPage(props: { v: View; messages: MailboxMessage[] }) {
  const { v } = props;
  const m = texts(v);
  return (
    <Layout v={v} title={m.mailboxTitle}>
      <H1>{m.mailboxTitle}</H1>
      <P>{m.mailboxIntro}</P>
      {props.messages.length === 0 ? <P>{m.mailboxEmpty}</P> : null}
      {props.messages.map((message) => (
        <section class="im-mail" aria-labelledby={`mail-${message.id}`}>
          <h2 class="utrecht-heading-3" id={`mail-${message.id}`}>
            {message.subject}
          </h2>
          <P>
            {m.to}: {message.to.join(', ')} · {m.received}: {formatDateTime(message.receivedAt, v.lang)}
          </P>
          <pre class="im-mail__text">{message.text}</pre>
        </section>
      ))}
    </Layout>
  );
}
