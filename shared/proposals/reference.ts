/**
 * A proposal's reference as people quote it (on the receipt, in an e-mail, on the phone): `IM-`
 * and the first eight characters of its id, upper case — short enough to read out, and enough to
 * find the one proposal among a company's and a call's.
 */
export const proposalReference = (proposalId: string): string =>
  `IM-${proposalId.replaceAll('-', '').slice(0, 8).toUpperCase()}`;
