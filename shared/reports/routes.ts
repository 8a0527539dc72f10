import { defineRoute } from '#shared/http/route.ts';
import {
  awardsQuery,
  awardsRegisterView,
  coFundingView,
  followUpReportView,
  ocdsPackageView,
  paymentsRegisterView,
  pipelineView,
  yearQuery,
} from './schemas.ts';

const tags = ['Reports'];
/** Procurement officers and the programme office account for the money; nobody else reads these. */
const readers = ['officer', 'programme'] as const;

export const reportRoutes = {
  coFundingReport: defineRoute({
    operationId: 'coFundingReport',
    method: 'GET',
    path: '/reports/co-funding',
    function: 'reportsApi',
    summary:
      'Co-funding per instrument, funder and side (EZK vs others): caps, reserved, committed, awarded, completed, released, the realised split, 50-50 flags and the agreement’s goal',
    tags,
    access: readers,
    tenancy: 'any',
    query: yearQuery,
    response: coFundingView,
    successStatus: 200,
  }),
  awardsReport: defineRoute({
    operationId: 'awardsReport',
    method: 'GET',
    path: '/reports/awards',
    function: 'reportsApi',
    summary:
      'Awards register: one row per award with buyer, funders and their amounts, company, amounts incl./excl. VAT, procedure, legal basis and PIANOo guidance (JSON, or CSV for Dutch Excel or RFC 4180)',
    tags,
    access: readers,
    tenancy: 'any',
    query: awardsQuery,
    response: awardsRegisterView,
    alsoProduces: ['text/csv'],
    successStatus: 200,
  }),
  paymentsReport: defineRoute({
    operationId: 'paymentsReport',
    method: 'GET',
    path: '/reports/payments',
    function: 'reportsApi',
    summary:
      'Payments register: one row per milestone paid, with each funder’s exact part and what the co-funders settled (JSON, or CSV for Dutch Excel or RFC 4180)',
    tags,
    access: readers,
    tenancy: 'any',
    query: awardsQuery,
    response: paymentsRegisterView,
    alsoProduces: ['text/csv'],
    successStatus: 200,
  }),
  pipelineReport: defineRoute({
    operationId: 'pipelineReport',
    method: 'GET',
    path: '/reports/pipeline',
    function: 'reportsApi',
    summary:
      'Proposals per phase, success rates, phase 1 → 2 transition rate, SME share; by theme and by buyer',
    tags,
    access: readers,
    tenancy: 'any',
    query: yearQuery,
    response: pipelineView,
    successStatus: 200,
  }),
  ocdsReport: defineRoute({
    operationId: 'ocdsReport',
    method: 'GET',
    path: '/reports/ocds',
    function: 'reportsApi',
    summary:
      'Open data: an OCDS 1.1 release package of the year (one ocid per challenge, funders’ shares as Budget Breakdown), CC0',
    tags,
    access: 'public',
    tenancy: 'any',
    query: yearQuery,
    response: ocdsPackageView,
    successStatus: 200,
  }),
  followUpReport: defineRoute({
    operationId: 'followUpReport',
    method: 'GET',
    path: '/reports/follow-up',
    function: 'reportsApi',
    summary:
      'Follow-up monitoring of completed contracts: rounds reported, due and overdue, and what companies achieved',
    tags,
    access: readers,
    tenancy: 'any',
    query: yearQuery,
    response: followUpReportView,
    successStatus: 200,
  }),
};
