/**
 * On-demand prices in eu-west-1 (Ireland), USD, from the AWS public price pages as of 14 November
 * 2024 (the DynamoDB on-demand reduction of that date). No internet here to re-check: verify
 * before quoting. Converted at a fixed € 0,92 per US$.
 */
export const PRICE_SHEET = 'AWS public pricing, eu-west-1, as of 2024-11-14 (US$ → € at 0,92)';
export const USD_TO_EUR = 0.92;
export const PRICES_USD = {
  dynamoWriteRequestUnit: 0.7068 / 1e6,
  dynamoReadRequestUnit: 0.1413 / 1e6,
  lambdaRequest: 0.2 / 1e6,
  /** arm64 */
  lambdaGbSecond: 0.0000133334,
  httpApiRequest: 1.11 / 1e6,
  eventBridgeCustomEvent: 1.0 / 1e6,
  pipesRequest: 0.4 / 1e6,
  schedulerInvocation: 1.0 / 1e6,
};
