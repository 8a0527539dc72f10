/** @jsxImportSource hono/jsx */

import { ROLES } from '#shared/auth/caller.ts';
import { Alert, Button, CsrfField, H1, H2, P } from '#web/kit/components.tsx';
import type { DemoIdentity } from '#web/kit/context.tsx';
import { ErrorSummary, Select, TextField } from '#web/kit/fields.tsx';
import { Layout } from '#web/kit/layout.tsx';
import type { FormState, View } from '#web/kit/view.ts';
import { texts } from './messages.ts';

/** The local-only sign-in: pick a demo identity of the seed, or any role and organisation. */
export function LocalSignInPage(props: {
  v: View;
  identities: DemoIdentity[];
  back: string;
  form: FormState;
  notice?: string;
  /** Companies sign in through the local eHerkenning/eIDAS broker. */
  broker?: boolean;
}) {
  const { v, form } = props;
  const { t } = v;
  return (
    <Layout v={v} title={texts(v).localTitle}>
      <ErrorSummary v={v} form={form} order={['role', 'org', 'sub']} />
      {props.notice ? <Alert>{props.notice}</Alert> : null}
      <H1>{texts(v).localTitle}</H1>
      <Alert kind="warning">
        <p class="utrecht-paragraph">{texts(v).localWarning}</p>
      </Alert>
      {props.broker ? (
        <>
          <H2>{texts(v).companies}</H2>
          <P>{texts(v).companiesIntro}</P>
          <P>
            <a
              class="utrecht-button-link utrecht-button-link--html-a utrecht-button-link--primary-action im-button-link"
              href={`/inloggen/bedrijf?terug=${encodeURIComponent(props.back)}`}
            >
              {texts(v).brokerButton}
            </a>
          </P>
          <H2>{texts(v).officials}</H2>
          <P>{texts(v).officialsIntro}</P>
          <P>
            <a
              class="utrecht-button-link utrecht-button-link--html-a utrecht-button-link--secondary-action im-button-link"
              href={`/inloggen/ambtenaar?terug=${encodeURIComponent(props.back)}`}
            >
              {texts(v).officialButton}
            </a>
          </P>
        </>
      ) : null}
      <H2>{texts(v).demoIdentities}</H2>
      <ul class="im-identities">
        {props.identities.map((identity) => (
          <li>
            <form method="post" action="/inloggen">
              <CsrfField v={v} />
              <input type="hidden" name="role" value={identity.role} />
              <input type="hidden" name="org" value={identity.org} />
              {identity.sub ? <input type="hidden" name="sub" value={identity.sub} /> : null}
              <input type="hidden" name="label" value={identity.label} />
              <input type="hidden" name="terug" value={props.back} />
              <Button kind="secondary">
                {texts(v).signInAs(`${identity.label} (${t.roles[identity.role]})`)}
              </Button>
            </form>
          </li>
        ))}
      </ul>
      <H2>{texts(v).other}</H2>
      <form method="post" action="/inloggen" novalidate>
        <CsrfField v={v} />
        <input type="hidden" name="terug" value={props.back} />
        <Select
          v={v}
          form={form}
          name="role"
          label={texts(v).role}
          options={ROLES.map((role) => ({ value: role, label: t.roles[role] }))}
        />
        <TextField v={v} form={form} name="org" label={texts(v).org} />
        <TextField v={v} form={form} name="sub" label={texts(v).sub} />
        <Button>{texts(v).submit}</Button>
      </form>
      <P class="im-muted">{texts(v).localWarning}</P>
    </Layout>
  );
}
