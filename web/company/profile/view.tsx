/** @jsxImportSource hono/jsx */

import type { z } from 'zod/mini';
import { companyIdScheme } from '#shared/kernel/company-id.ts';
import type { routes } from '#shared/routes.ts';
import { formatMoney } from '#web/i18n/format.ts';
import { Alert, Button, CsrfField, H1, H2, P, SummaryList, Table } from '#web/kit/components.tsx';
import { ErrorSummary, TextField } from '#web/kit/fields.tsx';
import { Layout } from '#web/kit/layout.tsx';
import type { FormState, View } from '#web/kit/view.ts';
import { texts } from './messages.ts';

export type CompanyProfile = z.output<typeof routes.getCompanyProfile.response>;

export function CompanyPage(props: { v: View; form: FormState; profile?: CompanyProfile; flash?: string }) {
  const { v, form, profile } = props;
  const { t } = v;
  const limits = [
    { size: 'micro', staff: 10, money: 200_000_000, balance: 200_000_000 },
    { size: 'small', staff: 50, money: 1_000_000_000, balance: 1_000_000_000 },
    { size: 'medium', staff: 250, money: 5_000_000_000, balance: 4_300_000_000 },
  ] as const;
  return (
    <Layout v={v} title={texts(v).title} current="company">
      {props.flash ? <Alert kind="success">{props.flash}</Alert> : null}
      <ErrorSummary
        v={v}
        form={form}
        order={['name', 'btwId', 'noticeEmail', 'staff', 'turnover', 'balanceSheet', 'country']}
      />
      <H1>{texts(v).title}</H1>
      <P>{texts(v).intro}</P>
      {profile ? (
        <Alert kind={profile.isSme ? 'success' : 'warning'}>
          <p class="utrecht-paragraph">
            <strong>{texts(v).sizeClass}:</strong> {t.sizeClasses[profile.sizeClass]}.{' '}
            {profile.isSme ? texts(v).smeYes : texts(v).smeNo}
          </p>
        </Alert>
      ) : null}
      <SummaryList
        rows={[[t.company.idLabel[companyIdScheme(v.session?.org ?? '')], v.session?.org ?? '']]}
      />
      <form method="post" action="/mijn/bedrijf" novalidate>
        <CsrfField v={v} />
        <TextField v={v} form={form} name="name" label={texts(v).name} autocomplete="organization" />
        <TextField v={v} form={form} name="btwId" label={texts(v).btwId} hint={texts(v).btwIdHint} short />
        <TextField
          v={v}
          form={form}
          name="noticeEmail"
          label={texts(v).noticeEmail}
          hint={texts(v).noticeEmailHint}
          type="email"
          autocomplete="email"
        />
        <TextField v={v} form={form} name="staff" label={texts(v).staff} inputmode="numeric" short />
        <TextField
          v={v}
          form={form}
          name="turnover"
          label={texts(v).turnover}
          hint={texts(v).moneyHint}
          inputmode="decimal"
          short
        />
        <TextField
          v={v}
          form={form}
          name="balanceSheet"
          label={texts(v).balance}
          hint={texts(v).moneyHint}
          inputmode="decimal"
          short
        />
        <TextField
          v={v}
          form={form}
          name="country"
          label={texts(v).country}
          hint={texts(v).countryHint}
          short
        />
        <Button>{texts(v).save}</Button>
      </form>
      <H2>{texts(v).explainTitle}</H2>
      <P>{texts(v).explain}</P>
      <Table
        caption={texts(v).explainTitle}
        hideCaption
        rowHeaders
        columns={[
          { label: texts(v).class },
          { label: texts(v).staffLimit },
          { label: texts(v).turnoverLimit },
          { label: texts(v).balanceLimit },
        ]}
        rows={limits.map((limit) => [
          t.sizeClasses[limit.size],
          texts(v).fewerThan(limit.staff),
          texts(v).atMost(formatMoney(limit.money, v.lang)),
          texts(v).atMost(formatMoney(limit.balance, v.lang)),
        ])}
      />
    </Layout>
  );
}
