import { auditRoutes } from '#shared/audit/routes.ts';
import { awardRoutes } from '#shared/awards/routes.ts';
import { challengeRoutes } from '#shared/challenges/routes.ts';
import { contractRoutes } from '#shared/contracts/routes.ts';
import { evaluationRoutes } from '#shared/evaluation/routes.ts';
import { followUpRoutes } from '#shared/follow-ups/routes.ts';
import { fundingRoutes } from '#shared/funding/routes.ts';
import type { AnyRoute } from '#shared/http/route.ts';
import { notificationRoutes } from '#shared/notifications/routes.ts';
import { companyProfileView } from '#shared/organisations/schemas.ts';
import { peopleRoutes } from '#shared/people/routes.ts';
import { proposalRoutes } from '#shared/proposals/routes.ts';
import { questionRoutes } from '#shared/questions/routes.ts';
import { questionView } from '#shared/questions/schemas.ts';
import { reportRoutes } from '#shared/reports/routes.ts';
import { systemRoutes } from '#shared/system/routes.ts';
import { awardView } from './awards/schemas.ts';
import {
  challengeView,
  funderView,
  listingItemView,
  localisedView,
  phaseView,
} from './challenges/schemas.ts';
import { contractView, milestoneView, settlementView } from './contracts/schemas.ts';
import { committeeView } from './evaluation/schemas.ts';
import { followUpOutcome, followUpView } from './follow-ups/schemas.ts';
import { envelopeView, organisationView } from './funding/schemas.ts';
import { proposalView } from './proposals/schemas.ts';
import { awardRowView } from './reports/schemas.ts';

/**
 * THE route table: every route of the public HTTP contract. CDK makes API Gateway routes from
 * it, the local gateway serves it, the handlers validate and authorize with it, and the OpenAPI
 * document is generated from it.
 */
export const routes = {
  ...systemRoutes,
  ...fundingRoutes,
  ...challengeRoutes,
  ...proposalRoutes,
  ...questionRoutes,
  ...evaluationRoutes,
  ...awardRoutes,
  ...followUpRoutes,
  ...contractRoutes,
  ...reportRoutes,
  ...auditRoutes,
  ...notificationRoutes,
  ...peopleRoutes,
} satisfies Record<string, AnyRoute>;

export const routeTable: readonly AnyRoute[] = Object.values(routes);

/**
 * The shapes the OpenAPI document names (`#/components/schemas/…`), so a generated client has one
 * type for each wherever it appears.
 */
export const namedSchemas = {
  Challenge: challengeView,
  Phase: phaseView,
  Funder: funderView,
  LocalisedText: localisedView,
  ListingItem: listingItemView,
  Proposal: proposalView,
  CompanyProfile: companyProfileView,
  Question: questionView,
  Committee: committeeView,
  Award: awardView,
  AwardRow: awardRowView,
  Envelope: envelopeView,
  GovernmentOrganisation: organisationView,
  FollowUp: followUpView,
  FollowUpOutcome: followUpOutcome,
  Contract: contractView,
  Milestone: milestoneView,
  Settlement: settlementView,
};
