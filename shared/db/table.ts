/**
 * The single table's design: generic key attributes and the indexes. CDK builds the table from
 * this; the local runtime creates its table from the template CDK synthesizes from it.
 */
export const tableDesign = {
  partitionKey: 'pk',
  sortKey: 'sk',
  timeToLiveAttribute: 'expiresAt',
  indexes: {
    /** Owner views: a buyer's challenges, a company's proposals. */
    gsi1: { partitionKey: 'gsi1pk', sortKey: 'gsi1sk' },
    /** Group views: a challenge phase's proposals; items of one programme year (reports). */
    gsi2: { partitionKey: 'gsi2pk', sortKey: 'gsi2sk' },
  },
} as const;

export type IndexName = keyof typeof tableDesign.indexes;
