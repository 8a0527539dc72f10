import { readFileSync } from 'node:fs';
import path from 'node:path';
import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';

const dir = path.join(import.meta.dirname, 'ocds-1.1.5');
const load = (file: string) => JSON.parse(readFileSync(path.join(dir, file), 'utf8'));

/** JSON Merge Patch (RFC 7386): how OCDS extensions patch the release schema. */
export function mergePatch(target: unknown, patch: unknown): unknown {
  if (typeof patch !== 'object' || patch === null || Array.isArray(patch)) return patch;
  const result: Record<string, unknown> =
    typeof target === 'object' && target !== null && !Array.isArray(target) ? { ...(target as object) } : {};
  for (const [key, value] of Object.entries(patch)) {
    if (value === null) delete result[key];
    else result[key] = mergePatch(result[key], value);
  }
  return result;
}

/** The release schema with the extensions the package declares applied (Budget Breakdown, Bids, Lots). */
const extendedReleaseSchema = () =>
  [
    'budget-breakdown-extension-release-schema.json',
    'bid-extension-release-schema.json',
    'lots-extension-release-schema.json',
  ].reduce((schema, patch) => mergePatch(schema, load(patch)), load('release-schema.json') as unknown);

/** A validator for OCDS 1.1.5 release packages with the package's extensions applied. */
export function ocdsValidator() {
  const release = extendedReleaseSchema() as Record<string, unknown>;
  // OCDS uses its own annotation keywords (codelist, mergeStrategy, …): not strict about unknown keywords.
  const ajv = new Ajv({ strict: false, allErrors: true });
  addFormats(ajv);
  ajv.addSchema(release);
  return ajv.compile(load('release-package-schema.json'));
}

export const patchedReleaseSchema = () =>
  extendedReleaseSchema() as {
    definitions: Record<string, { properties: Record<string, unknown> }>;
  };
