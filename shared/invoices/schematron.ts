import fontoxpath from 'fontoxpath';
import { type Document, type Element, type Node, parseXmlDocument } from 'slimdom';

/*
 * A Schematron (ISO/IEC 19757-3, XPath 2 query binding) engine over fontoxpath, for the official
 * EN 16931 and Peppol BIS Billing 3.0 rule sets. Each rule set is compiled once: its namespaces,
 * its global and rule variables, its rules in patterns, and the XSLT functions it defines
 * (`xsl:function`), which become an XQuery module. Validating a document walks each rule's
 * context once (a node is taken by the first rule of its pattern that matches it, as Schematron
 * says) and tests its assertions there.
 */

export interface FailedAssertion {
  /** The rule's id, e.g. BR-03, BR-CO-15, PEPPOL-EN16931-R001, NL-R-003. */
  id: string;
  flag: 'fatal' | 'warning';
  /** The rule set's own text (English). */
  text: string;
  /** An XPath of the node it failed on. */
  location: string;
}

interface Assertion {
  id: string;
  flag: 'fatal' | 'warning';
  test: string;
  text: string;
}
interface Rule {
  context: string;
  lets: { name: string; value: string }[];
  assertions: Assertion[];
}
interface Pattern {
  /** Variables of the pattern, evaluated at the document's root. */
  lets: { name: string; value: string }[];
  rules: Rule[];
}
export interface RuleSet {
  name: string;
  namespaces: Record<string, string>;
  lets: { name: string; value: string }[];
  patterns: Pattern[];
  /** The XQuery module of its functions, if it defines any: prefix and namespace. */
  module?: { prefix: string; uri: string };
}

// A CommonJS package: its functions are on the default export.
const {
  evaluateXPath,
  evaluateXPathToBoolean,
  evaluateXPathToNodes,
  evaluateXPathToString,
  registerXQueryModule,
} = fontoxpath;

const SCH = 'http://purl.oclc.org/dsdl/schematron';
const XSL = 'http://www.w3.org/1999/XSL/Transform';

const children = (node: Element, ns: string, local: string) =>
  node.children.filter((c) => c.namespaceURI === ns && c.localName === local);

/**
 * A match pattern (XSLT) as an expression selecting every node it matches: relative steps are
 * found anywhere (`//`), absolute ones as written; `|` branches each on their own.
 */
export function selectorOf(pattern: string): string {
  const branches: string[] = [];
  let depth = 0;
  let quote: string | undefined;
  let start = 0;
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern[i]!;
    if (quote) {
      if (ch === quote) quote = undefined;
    } else if (ch === '"' || ch === "'") quote = ch;
    else if (ch === '[' || ch === '(') depth++;
    else if (ch === ']' || ch === ')') depth--;
    else if (ch === '|' && depth === 0) {
      branches.push(pattern.slice(start, i));
      start = i + 1;
    }
  }
  branches.push(pattern.slice(start));
  return branches
    .map((b) => b.trim())
    .map((b) => (b.startsWith('/') ? b : `//${b}`))
    .join(' | ');
}

/** An `xsl:function` as an XQuery function declaration (variables become `let`s). */
function xqueryFunction(fn: Element): string {
  const name = fn.getAttribute('name')!;
  const returns = fn.getAttribute('as');
  const body: string[] = [];
  // XSLT processors promote a double passed as xs:decimal (the rules compute amounts in
  // doubles); XQuery refuses it. Such a parameter is taken as it comes and cast.
  const params = children(fn, XSL, 'param').map((p) => {
    const as = p.getAttribute('as');
    const param = p.getAttribute('name');
    if (as === 'xs:decimal') {
      body.push(`let $${param} := xs:decimal($${param})`);
      return `$${param}`;
    }
    return `$${param}${as ? ` as ${as}` : ''}`;
  });
  let result = '()';
  for (const step of fn.children) {
    if (step.namespaceURI !== XSL) continue;
    if (step.localName === 'variable') {
      const select = step.getAttribute('select');
      // A variable with text content is that text.
      const value = select ?? `'${(step.textContent ?? '').replaceAll("'", "''")}'`;
      body.push(`let $${step.getAttribute('name')} := ${value}`);
    } else if (step.localName === 'value-of' || step.localName === 'sequence') {
      result = step.getAttribute('select')!;
    }
  }
  return `declare function ${name}(${params.join(', ')})${returns ? ` as ${returns}` : ''} {\n${
    body.length > 0 ? `${body.join('\n')}\nreturn ` : ''
  }(${result})\n};`;
}

let modules = 0;

/** Compiles a Schematron document into a rule set (once per rule set, at start). */
export function compileSchematron(name: string, text: string): RuleSet {
  const doc = parseXmlDocument(text);
  const schema = doc.documentElement!;
  const namespaces: Record<string, string> = {};
  for (const ns of children(schema, SCH, 'ns'))
    namespaces[ns.getAttribute('prefix')!] = ns.getAttribute('uri')!;
  const letsOf = (el: Element) =>
    children(el, SCH, 'let').map((l) => ({ name: l.getAttribute('name')!, value: l.getAttribute('value')! }));
  const patterns = children(schema, SCH, 'pattern').map((pattern) => ({
    lets: letsOf(pattern),
    rules: children(pattern, SCH, 'rule').map((rule) => ({
      context: selectorOf(rule.getAttribute('context')!),
      lets: letsOf(rule),
      assertions: children(rule, SCH, 'assert').map((a) => ({
        id: a.getAttribute('id') ?? '',
        flag: (a.getAttribute('flag') === 'warning' ? 'warning' : 'fatal') as 'fatal' | 'warning',
        test: a.getAttribute('test')!,
        text: (a.textContent ?? '').replace(/\s+/g, ' ').trim(),
      })),
    })),
  }));
  const functions = children(schema, XSL, 'function');
  let module: RuleSet['module'];
  if (functions.length > 0) {
    const prefix = functions[0]!.getAttribute('name')!.split(':')[0]!;
    const uri = namespaces[prefix]!;
    // One module per rule set; fontoxpath keeps registered modules for the process.
    const moduleUri = `${uri}#${++modules}`;
    const source = `module namespace ${prefix} = "${moduleUri}";\n${Object.entries(namespaces)
      .filter(([p]) => p !== prefix)
      .map(([p, u]) => `declare namespace ${p} = "${u}";`)
      .join('\n')}\n${functions.map(xqueryFunction).join('\n')}`;
    registerXQueryModule(source);
    module = { prefix, uri: moduleUri };
  }
  return { name, namespaces, lets: letsOf(schema), patterns, module };
}

function locationOf(node: Node): string {
  const steps: string[] = [];
  let at: Node | null = node;
  while (at && at.nodeType === 1) {
    const el = at as Element;
    const same = el.parentElement
      ? el.parentElement.children.filter((c) => c.nodeName === el.nodeName)
      : [el];
    steps.unshift(`${el.nodeName}${same.length > 1 ? `[${same.indexOf(el) + 1}]` : ''}`);
    at = el.parentNode;
  }
  return `/${steps.join('/')}`;
}

/**
 * Validates a parsed document against a rule set: every failed assertion, fatal and warning,
 * in the rule set's order.
 */
export function validate(rules: RuleSet, doc: Document): FailedAssertion[] {
  const options = {
    namespaceResolver: (prefix: string) => rules.namespaces[prefix] ?? null,
    ...(rules.module ? { moduleImports: { [rules.module.prefix]: rules.module.uri } } : {}),
    language: evaluateXPath.XPATH_3_1_LANGUAGE,
  };
  // Global variables, evaluated at the root, each seeing the ones before.
  const globals: Record<string, unknown> = {};
  for (const l of rules.lets)
    globals[l.name] = evaluateXPath(l.value, doc, null, globals, evaluateXPath.ANY_TYPE, options);
  const failed: FailedAssertion[] = [];
  for (const pattern of rules.patterns) {
    const fired = new Set<Node>();
    const scope = { ...globals };
    for (const l of pattern.lets)
      scope[l.name] = evaluateXPath(l.value, doc, null, scope, evaluateXPath.ANY_TYPE, options);
    for (const rule of pattern.rules) {
      for (const node of evaluateXPathToNodes(rule.context, doc, null, scope, options) as Node[]) {
        if (fired.has(node)) continue;
        fired.add(node);
        const variables = { ...scope };
        for (const l of rule.lets)
          variables[l.name] = evaluateXPath(l.value, node, null, variables, evaluateXPath.ANY_TYPE, options);
        for (const a of rule.assertions)
          if (!evaluateXPathToBoolean(a.test, node, null, variables, options))
            failed.push({ id: a.id, flag: a.flag, text: a.text, location: locationOf(node) });
      }
    }
  }
  return failed;
}

/** Parses an XML text (a UBL invoice); throws on XML that is not well-formed. */
export const parseXml = (text: string): Document => parseXmlDocument(text);

/** One value of a document, for matching an invoice against its contract. */
export const valueAt = (doc: Document, path: string, namespaces: Record<string, string>) =>
  evaluateXPathToString(path, doc, null, null, { namespaceResolver: (p: string) => namespaces[p] ?? null });
