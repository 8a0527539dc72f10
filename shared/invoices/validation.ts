import cenRules from './rules/cen.ts';
import peppolRules from './rules/peppol.ts';
import { compileSchematron, type FailedAssertion, parseXml, type RuleSet, validate } from './schematron.ts';

/*
 * Every invoice is checked against the official rule sets of EN 16931 (CEN) and Peppol BIS
 * Billing 3.0 (which holds the Dutch national rules NL-R-001…009), compiled once per process.
 */

/** The rule sets, and our own matching of an invoice to its milestone. */
export type RuleSetName = 'EN 16931' | 'Peppol BIS 3.0' | 'innovatiemarkt';
export interface RuleFailure extends FailedAssertion {
  set: RuleSetName;
}

let compiled: { name: Exclude<RuleSetName, 'innovatiemarkt'>; rules: RuleSet }[] | undefined;
const ruleSets = () =>
  (compiled ??= [
    { name: 'EN 16931', rules: compileSchematron('EN 16931', cenRules) },
    { name: 'Peppol BIS 3.0', rules: compileSchematron('Peppol BIS 3.0', peppolRules) },
  ]);

export class NotXml extends Error {}

/** The fatal failures and the warnings of an invoice; throws NotXml when it is not well-formed XML. */
export function checkInvoice(xml: string) {
  let doc: ReturnType<typeof parseXml>;
  // A UBL invoice never needs a DOCTYPE; refusing it keeps entity expansion (and external
  // entities) out before the parser sees them.
  if (/<!DOCTYPE/i.test(xml)) throw new NotXml('a DOCTYPE (document type declaration) is not allowed');
  try {
    doc = parseXml(xml);
  } catch (error) {
    throw new NotXml(error instanceof Error ? error.message.split('\n')[0] : 'not well-formed XML');
  }
  const failures = ruleSets().flatMap(({ name, rules }) =>
    validate(rules, doc).map((f): RuleFailure => ({ ...f, set: name })),
  );
  // The same rule failing on several nodes is one mistake, named once (with where it failed first).
  const once = (list: RuleFailure[]) => [...new Map(list.map((f) => [f.id, f])).values()];
  return {
    doc,
    fatal: once(failures.filter((f) => f.flag === 'fatal')),
    warnings: once(failures.filter((f) => f.flag === 'warning')),
  };
}
