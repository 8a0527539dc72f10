import { describe, expect, it } from 'vitest';
import { matches } from '#infra/local/event-pattern.ts';

/** Cases from the EventBridge user guide ("Comparison operators for use in event patterns"). */
const ec2Event = {
  version: '0',
  id: '6a7e8feb-b491-4cf7-a9f1-bf3703467718',
  'detail-type': 'EC2 Instance State-change Notification',
  source: 'aws.ec2',
  account: '111122223333',
  time: '2017-12-22T18:43:48Z',
  region: 'us-west-1',
  resources: ['arn:aws:ec2:us-west-1:123456789012:instance/i-1234567890abcdef0'],
  detail: {
    'instance-id': 'i-1234567890abcdef0',
    state: 'terminated',
    'c-count': 5,
    'd-count': 45,
    'x-limit': 301.8,
    'source-ip': '10.0.0.123',
    FileName: 'image.png',
    FilePath: 'dir/sub/image.png',
    Name: 'Alice',
    LastName: '',
    UserID: null,
    Location: 'New York',
    Day: 'Monday',
    PaymentType: 'Credit',
    Price: 100,
    tags: ['blue', 'green'],
  },
};

const cases: [string, Record<string, unknown>, boolean][] = [
  ['exact source', { source: ['aws.ec2'] }, true],
  ['exact miss', { source: ['aws.s3'] }, false],
  ['and over fields', { detail: { Location: ['New York'], Day: ['Monday'] } }, true],
  ['and fails when one field fails', { detail: { Location: ['New York'], Day: ['Tuesday'] } }, false],
  ['or within a list', { detail: { PaymentType: ['Credit', 'Debit'] } }, true],
  ['prefix', { time: [{ prefix: '2017-12-22' }] }, true],
  ['prefix miss', { region: [{ prefix: 'eu-' }] }, false],
  ['prefix ignoring case', { source: [{ prefix: { 'equals-ignore-case': 'AWS.' } }] }, true],
  ['suffix', { detail: { FileName: [{ suffix: '.png' }] } }, true],
  ['suffix ignoring case', { detail: { FileName: [{ suffix: { 'equals-ignore-case': '.PNG' } }] } }, true],
  ['equals-ignore-case', { detail: { Name: [{ 'equals-ignore-case': 'alice' }] } }, true],
  ['empty string', { detail: { LastName: [''] } }, true],
  ['empty string is not null', { detail: { UserID: [''] } }, false],
  ['null', { detail: { UserID: [null] } }, true],
  ['null is not a missing field', { detail: { Nobody: [null] } }, false],
  ['anything-but value', { detail: { state: [{ 'anything-but': 'initializing' }] } }, true],
  ['anything-but value (excluded)', { detail: { state: [{ 'anything-but': 'terminated' }] } }, false],
  ['anything-but list', { detail: { state: [{ 'anything-but': ['stopped', 'overloaded'] }] } }, true],
  [
    'anything-but list (excluded)',
    { detail: { state: [{ 'anything-but': ['terminated', 'stopped'] }] } },
    false,
  ],
  ['anything-but numbers', { detail: { Price: [{ 'anything-but': [100, 200] }] } }, false],
  ['anything-but prefix', { region: [{ 'anything-but': { prefix: 'us-' } }] }, false],
  ['anything-but suffix', { detail: { FileName: [{ 'anything-but': { suffix: '.txt' } }] } }, true],
  [
    'anything-but ignore case',
    { detail: { state: [{ 'anything-but': { 'equals-ignore-case': 'TERMINATED' } }] } },
    false,
  ],
  ['anything-but wildcard', { detail: { FilePath: [{ 'anything-but': { wildcard: '*/lib/*' } }] } }, true],
  ['anything-but on a missing field', { detail: { Nobody: [{ 'anything-but': 'x' }] } }, false],
  ['numeric equals', { detail: { Price: [{ numeric: ['=', 100] }] } }, true],
  ['numeric range', { detail: { 'c-count': [{ numeric: ['>', 0, '<=', 5] }] } }, true],
  ['numeric range miss', { detail: { 'd-count': [{ numeric: ['<', 10] }] } }, false],
  ['numeric decimals', { detail: { 'x-limit': [{ numeric: ['>=', 301.8] }] } }, true],
  ['numeric on a string', { detail: { Name: [{ numeric: ['>', 0] }] } }, false],
  ['exists', { detail: { state: [{ exists: true }] } }, true],
  ['exists on a missing field', { detail: { ProductName: [{ exists: true }] } }, false],
  ['does not exist', { detail: { ProductName: [{ exists: false }] } }, true],
  ['does not exist (present)', { detail: { state: [{ exists: false }] } }, false],
  ['exists is for leaves only', { detail: [{ exists: true }] }, false],
  ['wildcard', { detail: { FilePath: [{ wildcard: 'dir/*.png' }] } }, true],
  ['wildcard miss', { detail: { FilePath: [{ wildcard: 'other/*.png' }] } }, false],
  ['wildcard escaped star', { detail: { Name: [{ wildcard: 'Ali\\*' }] } }, false],
  ['cidr', { detail: { 'source-ip': [{ cidr: '10.0.0.0/24' }] } }, true],
  ['cidr miss', { detail: { 'source-ip': [{ cidr: '10.0.1.0/24' }] } }, false],
  ['array in the event: any element', { detail: { tags: ['green'] } }, true],
  ['array in the event: none', { detail: { tags: ['red'] } }, false],
  ['$or of fields', { detail: { $or: [{ Location: ['Paris'] }, { Day: ['Monday'] }] } }, true],
  ['$or none', { detail: { $or: [{ Location: ['Paris'] }, { Day: ['Sunday'] }] } }, false],
  ['$or at top level', { $or: [{ source: ['aws.s3'] }, { 'detail-type': [{ prefix: 'EC2' }] }] }, true],
  ['nested pattern over a missing object', { detail: { missing: { x: ['1'] } } }, false],
  ['nested exists:false over a missing object', { detail: { missing: { x: [{ exists: false }] } } }, true],
];

describe('EventBridge pattern matcher (local bus)', () => {
  it.each(cases)('%s', (_name, pattern, expected) => {
    expect(matches(pattern, ec2Event)).toBe(expected);
  });

  it('matches our own event versions only', () => {
    const pattern = {
      source: ['innovatiemarkt.challenges'],
      'detail-type': ['ChallengePublished'],
      detail: { metadata: { version: [1] } },
    };
    const event = {
      source: 'innovatiemarkt.challenges',
      'detail-type': 'ChallengePublished',
      detail: { metadata: { version: 1 } },
    };
    expect(matches(pattern, event)).toBe(true);
    expect(matches(pattern, { ...event, detail: { metadata: { version: 2 } } })).toBe(false);
  });

  it('refuses malformed patterns rather than guessing', () => {
    expect(() => matches({ source: 'aws.ec2' }, ec2Event)).toThrow(/list or an object/);
    expect(() => matches({ source: [{ bogus: 1 }] }, ec2Event)).toThrow(/unknown pattern operator/);
  });
});
