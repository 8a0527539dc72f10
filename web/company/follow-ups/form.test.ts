import { describe, expect, it } from 'vitest';
import { testView } from '../../../test/support/view.ts';
import { followUpMapping } from './form.ts';

describe('the follow-up report form', () => {
  it('sends the round, euros in cents, jobs, the yes/no answers and the launching customer', () => {
    const mapped = followUpMapping(
      {
        revenue: '120.000',
        investment: '0',
        jobs: '3',
        marketLaunch: 'yes',
        launchingCustomer: 'no',
        launchingCustomerOin: '',
        remarks: ' Verkocht aan twee waterschappen ',
      },
      testView(),
      2,
    );
    expect(mapped.body).toEqual({
      round: 2,
      followOnRevenueCents: 12_000_000,
      followOnInvestmentCents: 0,
      jobsCreated: 3,
      marketLaunch: true,
      launchingCustomer: false,
      remarks: 'Verkocht aan twee waterschappen',
    });
  });

  it('takes jobs in FTE as people write them: 2,5 and 2.5; not 2,55', () => {
    const jobsOf = (jobs: string) =>
      followUpMapping({ revenue: '0', investment: '0', jobs }, testView(), 1).body.jobsCreated;
    expect(jobsOf('2,5')).toBe(2.5);
    expect(jobsOf(' 2.5 ')).toBe(2.5);
    expect(jobsOf('4')).toBe(4);
    const refused = followUpMapping({ revenue: '0', investment: '0', jobs: '2,55' }, testView(), 1);
    expect(refused.errors?.jobs).toContain('bijvoorbeeld 2,5');
  });

  it('asks for every yes/no and every number before sending', () => {
    const mapped = followUpMapping({ revenue: 'x', investment: '1', jobs: '-1' }, testView(), 1);
    expect(Object.keys(mapped.errors ?? {}).sort()).toEqual([
      'jobs',
      'launchingCustomer',
      'marketLaunch',
      'revenue',
    ]);
    expect(mapped.fieldOf('body.followOnInvestmentCents')).toBe('investment');
  });
});
