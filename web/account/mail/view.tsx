/** @jsxImportSource hono/jsx */

import type { z } from 'zod/mini';
import { INSTRUMENTS, THEMES } from '#shared/kernel/vocabulary.ts';
import type { MessageKind } from '#shared/notifications/schemas.ts';
import type { routes } from '#shared/routes.ts';
import { Alert, Button, CsrfField, H1, H2, H3, P, Table } from '#web/kit/components.tsx';
import { Choices, ErrorSummary, TextField } from '#web/kit/fields.tsx';
import { Layout } from '#web/kit/layout.tsx';
import type { FormState, View } from '#web/kit/view.ts';
import { texts } from './messages.ts';

export type Preferences = z.infer<typeof routes.getPreferences.response>;

export type SavedSearch = z.infer<typeof routes.mySavedSearches.response>['items'][number];

/** One person's e-mail settings, and for companies their saved searches. */
export function MailPage(props: {
  v: View;
  preferences: Preferences;
  form: FormState;
  searches?: SavedSearch[];
  searchForm?: FormState;
  flash?: string;
}) {
  const { v, preferences, form } = props;
  const { t } = v;
  const m = texts(v);
  return (
    <Layout v={v} title={m.title} current="mail">
      {props.flash ? <Alert kind="success">{props.flash}</Alert> : null}
      <ErrorSummary v={v} form={form} order={['email', 'language', 'on']} />
      {props.searchForm ? (
        <ErrorSummary v={v} form={props.searchForm} order={['name', 'themes', 'cpvCodes']} />
      ) : null}
      <H1>{m.title}</H1>
      <P>{m.intro}</P>
      <form method="post" action="/mijn/e-mail" novalidate>
        <CsrfField v={v} />
        <TextField
          v={v}
          form={form}
          name="email"
          type="email"
          label={m.address}
          hint={
            preferences.fromIdentity && preferences.email
              ? `${m.addressHint} (${preferences.email})`
              : m.addressHint
          }
          autocomplete="email"
        />
        <Choices
          v={v}
          form={form}
          name="language"
          legend={m.language}
          options={[
            { value: 'nl', label: 'Nederlands', lang: 'nl' },
            { value: 'en', label: 'English', lang: 'en' },
          ]}
        />
        <Choices
          v={v}
          form={form}
          name="on"
          legend={m.kinds}
          multiple
          options={preferences.kinds.map((kind: MessageKind) => ({ value: kind, label: m.kindNames[kind] }))}
        />
        <Button>{m.save}</Button>
      </form>
      {props.searches && props.searchForm ? (
        <>
          <H2 id="zoekopdrachten">{m.searchesTitle}</H2>
          <P>{m.searchesIntro}</P>
          {props.searches.length === 0 ? (
            <P>{m.noSearches}</P>
          ) : (
            <Table
              caption={m.searchesTitle}
              hideCaption
              columns={[{ label: m.searchName }, { label: m.filters }, { label: '' }]}
              rows={props.searches.map((s) => [
                s.name,
                [
                  ...s.themes.map((theme) => THEMES[theme][v.lang]),
                  ...s.instruments.map((i) => t.instruments[i]),
                  ...s.cpvCodes,
                ].join(', '),
                <form method="post" action={`/mijn/e-mail/zoekopdrachten/${s.id}/verwijderen`}>
                  <CsrfField v={v} />
                  <Button kind="secondary">
                    {m.removeSearch}
                    <span class="im-visually-hidden"> {s.name}</span>
                  </Button>
                </form>,
              ])}
            />
          )}
          <H3>{m.newSearch}</H3>
          <form method="post" action="/mijn/e-mail/zoekopdrachten" novalidate>
            <CsrfField v={v} />
            <TextField v={v} form={props.searchForm} name="name" label={m.searchName} />
            <Choices
              v={v}
              form={props.searchForm}
              name="themes"
              legend={m.themes}
              multiple
              options={Object.entries(THEMES).map(([value, names]) => ({ value, label: names[v.lang] }))}
            />
            <Choices
              v={v}
              form={props.searchForm}
              name="instruments"
              legend={m.instruments}
              multiple
              options={INSTRUMENTS.map((value) => ({ value, label: t.instruments[value] }))}
            />
            <TextField v={v} form={props.searchForm} name="cpvCodes" label={m.cpvCodes} hint={m.cpvHint} />
            <Button>{m.addSearch}</Button>
          </form>
        </>
      ) : null}
    </Layout>
  );
}
