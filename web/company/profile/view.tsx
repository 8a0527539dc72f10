/** @jsxImportSource hono/jsx */

import type { z } from 'zod/mini';
import { companyIdScheme } from '#shared/kernel/company-id.ts';
import type { routes } from '#shared/routes.ts';
import { formatMoney } from '#web/i18n/format.ts';
import { Alert, Button, CsrfField, H1, H2, P, SummaryList, Table } from '#web/kit/components.tsx';
import { ErrorSummary, TextField } from '#web/kit/fields.tsx';
import { Layout } from '#web/kit/layout.tsx';
import type { FormState, View } from '#web/kit/view.ts';
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
    <Layout v={v} title={t.company.title} current="company">
      {props.flash ? <Alert kind="success">{props.flash}</Alert> : null}
      <ErrorSummary
        v={v}
        form={form}
        order={['name', 'btwId', 'staff', 'turnover', 'balanceSheet', 'country']}
      />
      <H1>{t.company.title}</H1>
      <P>{t.company.intro}</P>
      {profile ? (
        <Alert kind={profile.isSme ? 'success' : 'warning'}>
          <p class="utrecht-paragraph">
            <strong>{t.company.sizeClass}:</strong> {t.sizeClasses[profile.sizeClass]}.{' '}
            {profile.isSme ? t.company.smeYes : t.company.smeNo}
          </p>
        </Alert>
      ) : null}
      <SummaryList
        rows={[[t.company.idLabel[companyIdScheme(v.session?.org ?? '')], v.session?.org ?? '']]}
      />
      <form method="post" action="/mijn/bedrijf" novalidate>
        <CsrfField v={v} />
        <TextField v={v} form={form} name="name" label={t.company.name} autocomplete="organization" />
        <TextField v={v} form={form} name="btwId" label={t.company.btwId} hint={t.company.btwIdHint} short />
        <TextField v={v} form={form} name="staff" label={t.company.staff} inputmode="numeric" short />
        <TextField
          v={v}
          form={form}
          name="turnover"
          label={t.company.turnover}
          hint={t.company.moneyHint}
          inputmode="decimal"
          short
        />
        <TextField
          v={v}
          form={form}
          name="balanceSheet"
          label={t.company.balance}
          hint={t.company.moneyHint}
          inputmode="decimal"
          short
        />
        <TextField
          v={v}
          form={form}
          name="country"
          label={t.company.country}
          hint={t.company.countryHint}
          short
        />
        <Button>{t.company.save}</Button>
      </form>
      <H2>{t.company.explainTitle}</H2>
      <P>{t.company.explain}</P>
      <Table
        caption={t.company.explainTitle}
        hideCaption
        rowHeaders
        columns={[
          { label: t.company.class },
          { label: t.company.staffLimit },
          { label: t.company.turnoverLimit },
          { label: t.company.balanceLimit },
        ]}
        rows={limits.map((limit) => [
          t.sizeClasses[limit.size],
          t.company.fewerThan(limit.staff),
          t.company.atMost(formatMoney(limit.money, v.lang)),
          t.company.atMost(formatMoney(limit.balance, v.lang)),
        ])}
      />
    </Layout>
  );
}
