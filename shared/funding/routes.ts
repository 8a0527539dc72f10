import { defineRoute } from '#shared/http/route.ts';
import {
  envelopeList,
  envelopeParams,
  envelopeView,
  organisationParams,
  organisationView,
  putEnvelopeBody,
  putOrganisationBody,
  yearParams,
} from './schemas.ts';

const tags = ['Programme'];

export const fundingRoutes = {
  putEnvelope: defineRoute({
    operationId: 'putEnvelope',
    method: 'PUT',
    path: '/programme-years/{year}/envelopes/{funderOin}',
    function: 'programmeApi',
    summary: 'Set a funder’s caps per instrument for a programme year (never below what is committed)',
    tags,
    access: ['programme'],
    tenancy: 'any',
    params: envelopeParams,
    body: putEnvelopeBody,
    response: envelopeView.array(),
    successStatus: 200,
  }),
  listEnvelopes: defineRoute({
    operationId: 'listEnvelopes',
    method: 'GET',
    path: '/programme-years/{year}/envelopes',
    function: 'programmeApi',
    summary: 'A programme year’s envelopes: cap, reserved, awarded and remaining, per funder and per side',
    tags,
    access: ['programme', 'buyer', 'officer'],
    tenancy: 'any',
    params: yearParams,
    response: envelopeList,
    successStatus: 200,
  }),
  putGovernmentOrganisation: defineRoute({
    operationId: 'putGovernmentOrganisation',
    method: 'PUT',
    path: '/government-organisations/{oin}',
    function: 'programmeApi',
    summary: 'Register or rename a government body (ministry, province, …) that buys or funds',
    tags,
    access: ['programme'],
    tenancy: 'any',
    params: organisationParams,
    body: putOrganisationBody,
    response: organisationView,
    successStatus: 200,
  }),
};
