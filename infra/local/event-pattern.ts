/**
 * An EventBridge event-pattern matcher for the local bus, so rules match here exactly as they
 * do in AWS. Supports: exact values (string, number, boolean, null, ""), prefix, suffix (both
 * with equals-ignore-case), equals-ignore-case, anything-but (value, list, prefix, suffix,
 * equals-ignore-case, wildcard), numeric ranges, exists, wildcard, cidr (IPv4), and `$or` at
 * any level. As in EventBridge: fields in a pattern are ANDed, values in a list are ORed, an
 * array in the event matches when any element does, and comparison operators only look at
 * leaf values. (Known difference: EventBridge flattens arrays of objects, so two fields may
 * match in different elements; here they must match within one element.)
 */
type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Pattern = { [key: string]: unknown };

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

export function matches(pattern: Pattern, event: unknown): boolean {
  if (!isObject(event)) return false;
  return Object.entries(pattern).every(([key, rule]) => {
    if (key === '$or') {
      if (!Array.isArray(rule)) throw new Error('$or takes a list of patterns');
      return rule.some((alternative) => matches(alternative as Pattern, event));
    }
    const present = Object.hasOwn(event, key);
    const value = (event as Record<string, Json>)[key];
    if (isObject(rule)) {
      // A nested pattern: the event field must be an object (or a list with an object that matches).
      if (!present) return nestedAbsentMatch(rule);
      if (Array.isArray(value)) return value.some((element) => isObject(element) && matches(rule, element));
      return isObject(value) ? matches(rule, value) : nestedAbsentMatch(rule);
    }
    if (!Array.isArray(rule)) throw new Error(`pattern value for "${key}" must be a list or an object`);
    return matchField(rule, present, value);
  });
}

/** A nested pattern over a missing object matches only if all it asks is that leaves do not exist. */
function nestedAbsentMatch(rule: Record<string, unknown>): boolean {
  return Object.entries(rule).every(([key, inner]) => {
    if (key === '$or') return (inner as Pattern[]).some((alternative) => nestedAbsentMatch(alternative));
    if (isObject(inner)) return nestedAbsentMatch(inner);
    return Array.isArray(inner) && inner.some((m) => isObject(m) && m.exists === false);
  });
}

function matchField(rule: unknown[], present: boolean, value: Json | undefined): boolean {
  const leaves: Json[] = !present ? [] : Array.isArray(value) ? value : [value as Json];
  const isLeaf = present && !isObject(value) && !(Array.isArray(value) && value.some(isObject));
  return rule.some((matcher) => {
    if (isObject(matcher) && 'exists' in matcher) return matcher.exists === true ? isLeaf : !isLeaf;
    if (!present) return false;
    return leaves.some((leaf) => matchLeaf(matcher, leaf));
  });
}

function matchLeaf(matcher: unknown, leaf: Json): boolean {
  if (!isObject(matcher)) {
    if (typeof matcher === 'number' && typeof leaf === 'number') return matcher === leaf;
    return matcher === leaf;
  }
  const [operator, argument] = Object.entries(matcher)[0] ?? [];
  switch (operator) {
    case 'prefix':
      return typeof leaf === 'string' && affix(argument, leaf, (s, p) => s.startsWith(p));
    case 'suffix':
      return typeof leaf === 'string' && affix(argument, leaf, (s, p) => s.endsWith(p));
    case 'equals-ignore-case':
      return (
        typeof leaf === 'string' &&
        typeof argument === 'string' &&
        leaf.toLowerCase() === argument.toLowerCase()
      );
    case 'wildcard':
      return typeof leaf === 'string' && typeof argument === 'string' && wildcard(argument).test(leaf);
    case 'numeric':
      return typeof leaf === 'number' && numeric(argument as unknown[], leaf);
    case 'cidr':
      return typeof leaf === 'string' && typeof argument === 'string' && inCidr(leaf, argument);
    case 'anything-but':
      return anythingBut(argument, leaf);
    default:
      throw new Error(`unknown pattern operator ${String(operator)}`);
  }
}

function affix(argument: unknown, value: string, test: (s: string, part: string) => boolean): boolean {
  if (typeof argument === 'string') return test(value, argument);
  if (isObject(argument) && typeof argument['equals-ignore-case'] === 'string') {
    return test(value.toLowerCase(), argument['equals-ignore-case'].toLowerCase());
  }
  throw new Error('prefix/suffix take a string or { "equals-ignore-case": string }');
}

function anythingBut(argument: unknown, leaf: Json): boolean {
  if (Array.isArray(argument)) return !argument.some((a) => a === leaf);
  if (isObject(argument)) {
    const [operator, inner] = Object.entries(argument)[0] ?? [];
    if (typeof leaf !== 'string') return operator !== undefined; // string operators never exclude non-strings
    switch (operator) {
      case 'prefix':
        return !leaf.startsWith(inner as string);
      case 'suffix':
        return !leaf.endsWith(inner as string);
      case 'equals-ignore-case': {
        const list = Array.isArray(inner) ? inner : [inner];
        return !list.some((x) => typeof x === 'string' && x.toLowerCase() === leaf.toLowerCase());
      }
      case 'wildcard': {
        const list = Array.isArray(inner) ? inner : [inner];
        return !list.some((x) => typeof x === 'string' && wildcard(x).test(leaf));
      }
      default:
        throw new Error(`unknown anything-but operator ${String(operator)}`);
    }
  }
  return argument !== leaf;
}

const COMPARE: Record<string, (a: number, b: number) => boolean> = {
  '=': (a, b) => a === b,
  '<': (a, b) => a < b,
  '<=': (a, b) => a <= b,
  '>': (a, b) => a > b,
  '>=': (a, b) => a >= b,
};

function numeric(conditions: unknown[], value: number): boolean {
  for (let i = 0; i < conditions.length; i += 2) {
    const compare = COMPARE[conditions[i] as string];
    const bound = conditions[i + 1];
    if (!compare || typeof bound !== 'number') throw new Error('numeric takes pairs like [">", 0, "<=", 5]');
    if (!compare(value, bound)) return false;
  }
  return true;
}

/** `*` matches any run of characters; `\*` a literal star and `\\` a literal backslash. */
function wildcard(pattern: string): RegExp {
  let source = '';
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern[i]!;
    if (ch === '\\' && (pattern[i + 1] === '*' || pattern[i + 1] === '\\')) {
      source += `\\${pattern[++i]}`;
    } else if (ch === '*') {
      source += '.*';
    } else {
      source += ch.replace(/[.+?^${}()|[\]\\/-]/g, '\\$&');
    }
  }
  return new RegExp(`^${source}$`, 's');
}

function ipv4(address: string): number | undefined {
  const parts = address.split('.');
  if (parts.length !== 4 || parts.some((p) => !/^\d{1,3}$/.test(p) || +p > 255)) return undefined;
  return parts.reduce((n, p) => n * 256 + +p, 0);
}

function inCidr(address: string, cidr: string): boolean {
  const [base, bits] = cidr.split('/');
  const ip = ipv4(address);
  const network = ipv4(base ?? '');
  const size = Number(bits);
  if (ip === undefined || network === undefined || !Number.isInteger(size) || size < 0 || size > 32)
    return false;
  const block = 2 ** (32 - size);
  return Math.floor(ip / block) === Math.floor(network / block);
}
