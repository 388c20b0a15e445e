import { canonicalName, knownSchema } from './scim-attributes.js';
import { ScimError } from './scim-errors.js';

export { matches, sameValue, valuesAt } from './scim-filter-match.js';

/**
 * SCIM filters (RFC 7644 §3.4.2.2) parsed into an AST (evaluated in scim-filter-match.ts). Okta and Entra ID
 * send `userName eq "…"` or `externalId eq "…"` before every create to find an existing user, so a parse
 * error here turns into duplicate accounts; the grammar is the RFC's, with operators, keywords and
 * attribute names case-insensitive.
 */
export type CompareOperator = 'eq' | 'ne' | 'co' | 'sw' | 'ew' | 'gt' | 'ge' | 'lt' | 'le';
export type FilterValue = string | number | boolean | null;

/** `name.familyName`, or `urn:…:enterprise:2.0:User:employeeNumber` with `schema` set; names canonically spelt. */
export interface AttributePath {
  schema?: string;
  attribute: string;
  subAttribute?: string;
}

/**
 * `emails[type eq "work"].value eq "x"` has no node of its own: it is parsed as
 * `emails[type eq "work" and value eq "x"]`, which is what it means (one email that is both).
 */
export type Filter =
  | { op: CompareOperator; path: AttributePath; value: FilterValue }
  | { op: 'pr'; path: AttributePath }
  | { op: 'and' | 'or'; left: Filter; right: Filter }
  | { op: 'not'; filter: Filter }
  | { op: 'valuePath'; path: AttributePath; filter: Filter };

/** A PATCH target (RFC 7644 §3.5.2): `members`, `name.givenName`, `members[value eq "1"]`, `emails[type eq "work"].value`. */
export interface PatchPath extends AttributePath {
  filter?: Filter;
}

// Okta and Entra filters are one or two comparisons; these only stop a hostile request from costing much.
const MAX_FILTER_LENGTH = 4096;
const MAX_NESTING = 32;

const COMPARE_OPERATORS: readonly string[] = ['eq', 'ne', 'co', 'sw', 'ew', 'gt', 'ge', 'lt', 'le'];
const NUMBER = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?$/;
const NAME = /^(\$?[A-Za-z][\w-]*)(?:\.(\$?[A-Za-z][\w-]*))?$/;
const WORD_CHAR = /[\w:.$+-]/;

type Fail = (detail: string) => ScimError;
type Token =
  | { kind: '(' | ')' | '[' | ']' | 'end'; pos: number }
  | { kind: 'string'; value: string; text: string; pos: number }
  | { kind: 'word' | 'subAttribute'; text: string; pos: number };

export function parseFilter(text: string): Filter {
  const fail = ScimError.invalidFilter;
  if (text.length > MAX_FILTER_LENGTH) throw fail(`The filter is longer than ${MAX_FILTER_LENGTH} characters.`);
  if (!text.trim()) throw fail('The filter is empty.');
  const parser = new Parser(tokenize(text, fail), fail);
  const filter = parser.parseOr(false);
  parser.expectEnd("'and', 'or' or the end of the filter");
  return filter;
}

/** Parses a PATCH `path`; its mistakes are `invalidPath`, filter mistakes inside brackets included. */
export function parsePatchPath(text: string): PatchPath {
  const fail = ScimError.invalidPath;
  if (text.length > MAX_FILTER_LENGTH) throw fail(`The path is longer than ${MAX_FILTER_LENGTH} characters.`);
  const parser = new Parser(tokenize(text, fail), fail);
  const path: PatchPath = parser.parseValuePath();
  parser.expectEnd('the end of the path');
  return path;
}

class Parser {
  private index = 0;
  private depth = 0;

  constructor(
    private readonly tokens: Token[],
    private readonly fail: Fail,
  ) {}

  parseOr(inValuePath: boolean): Filter {
    let left = this.parseAnd(inValuePath);
    while (this.isKeyword('or')) {
      this.index++;
      left = { op: 'or', left, right: this.parseAnd(inValuePath) };
    }
    return left;
  }

  expectEnd(expected: string): void {
    const token = this.peek();
    if (token.kind === ')') throw this.fail(`Unexpected ')' at position ${token.pos + 1}: there is no '(' to close.`);
    if (token.kind !== 'end') throw this.fail(`Unexpected ${describe(token)} at position ${token.pos + 1}: expected ${expected}.`);
  }

  /** An attribute path with an optional `[filter]` and `.subAttribute` after it, as PATCH paths are. */
  parseValuePath(): PatchPath {
    const word = this.peek();
    if (word.kind !== 'word') throw this.fail(`Expected an attribute name at position ${word.pos + 1}, found ${describe(word)}.`);
    this.index++;
    const path: PatchPath = parsePath(word.text, word.pos, this.fail);
    if (this.peek().kind !== '[') return path;
    path.filter = this.parseBracket(path, word.text);
    const sub = this.peek();
    if (sub.kind === 'subAttribute') {
      this.index++;
      path.subAttribute = parseSubAttribute(sub.text, sub.pos, this.fail);
    }
    return path;
  }

  private parseAnd(inValuePath: boolean): Filter {
    let left = this.parseUnary(inValuePath);
    while (this.isKeyword('and')) {
      this.index++;
      left = { op: 'and', left, right: this.parseUnary(inValuePath) };
    }
    return left;
  }

  private parseUnary(inValuePath: boolean): Filter {
    const token = this.peek();
    if (token.kind === '(') return this.parseGroup(inValuePath);
    if (this.isKeyword('not')) {
      this.index++;
      if (this.peek().kind !== '(') {
        throw this.fail(`'not' at position ${token.pos + 1} must be followed by a filter in parentheses, as in not (active eq false).`);
      }
      return { op: 'not', filter: this.parseGroup(inValuePath) };
    }
    if (token.kind !== 'word') throw this.fail(`Expected an attribute name, 'not' or '(' at position ${token.pos + 1}, found ${describe(token)}.`);
    this.index++;
    const path = parsePath(token.text, token.pos, this.fail);
    if (this.peek().kind !== '[') return this.parseCondition(path, token.text);
    if (inValuePath) throw this.fail(`Value filters cannot be nested: '[' at position ${this.peek().pos + 1}.`);
    const filter = this.parseBracket(path, token.text);
    const sub = this.peek();
    if (sub.kind !== 'subAttribute') return { op: 'valuePath', path, filter };
    this.index++;
    const condition = this.parseCondition({ attribute: parseSubAttribute(sub.text, sub.pos, this.fail) }, `${token.text}[…].${sub.text}`);
    return { op: 'valuePath', path, filter: { op: 'and', left: filter, right: condition } };
  }

  private parseGroup(inValuePath: boolean): Filter {
    const open = this.tokens[this.index++]!;
    this.enter(open);
    const filter = this.parseOr(inValuePath);
    this.expect(')', open);
    this.depth--;
    return filter;
  }

  private parseBracket(path: AttributePath, label: string): Filter {
    const open = this.tokens[this.index++]!;
    if (path.subAttribute) throw this.fail(`A value filter follows a multi-valued attribute, not the sub-attribute in '${label}'.`);
    this.enter(open);
    const filter = this.parseOr(true);
    this.expect(']', open);
    this.depth--;
    return filter;
  }

  private parseCondition(path: AttributePath, label: string): Filter {
    const token = this.peek();
    if (token.kind !== 'word') throw this.fail(`Expected an operator after '${label}' at position ${token.pos + 1}, found ${describe(token)}.`);
    this.index++;
    const op = token.text.toLowerCase();
    if (op === 'pr') return { op: 'pr', path };
    if (!COMPARE_OPERATORS.includes(op)) {
      throw this.fail(`Unknown operator '${token.text}' after '${label}' at position ${token.pos + 1}: expected eq, ne, co, sw, ew, gt, ge, lt, le or pr.`);
    }
    const value = this.parseValue(token.text);
    if ((op === 'co' || op === 'sw' || op === 'ew') && typeof value !== 'string') {
      throw this.fail(`'${token.text}' compares strings, so its value must be a quoted string, not ${JSON.stringify(value)}.`);
    }
    if (['gt', 'ge', 'lt', 'le'].includes(op) && typeof value !== 'string' && typeof value !== 'number') {
      throw this.fail(`'${token.text}' orders strings, numbers and dates; it cannot compare with ${JSON.stringify(value)}.`);
    }
    return { op: op as CompareOperator, path, value };
  }

  private parseValue(operator: string): FilterValue {
    const token = this.peek();
    this.index++;
    if (token.kind === 'string') return token.value;
    if (token.kind === 'word') {
      const lower = token.text.toLowerCase();
      if (lower === 'true') return true;
      if (lower === 'false') return false;
      if (lower === 'null') return null;
      if (NUMBER.test(token.text)) return Number(token.text);
      throw this.fail(`Expected a value after '${operator}' at position ${token.pos + 1}, found '${token.text}': strings go in double quotes, as in "${token.text}".`);
    }
    throw this.fail(`Expected a value (a "quoted string", a number, true, false or null) after '${operator}' at position ${token.pos + 1}, found ${describe(token)}.`);
  }

  private expect(kind: ')' | ']', open: Token): void {
    const token = this.peek();
    if (token.kind === kind) {
      this.index++;
      return;
    }
    if (token.kind === 'end') throw this.fail(`Missing '${kind}' to close the '${open.kind}' at position ${open.pos + 1}.`);
    throw this.fail(`Unexpected ${describe(token)} at position ${token.pos + 1}: expected 'and', 'or' or '${kind}'.`);
  }

  private enter(open: Token): void {
    if (++this.depth > MAX_NESTING) throw this.fail(`The filter nests deeper than ${MAX_NESTING} levels at position ${open.pos + 1}.`);
  }

  private isKeyword(keyword: string): boolean {
    const token = this.peek();
    return token.kind === 'word' && token.text.toLowerCase() === keyword;
  }

  private peek(): Token {
    return this.tokens[this.index]!;
  }
}

function tokenize(text: string, fail: Fail): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < text.length) {
    const ch = text[i]!;
    if (/\s/.test(ch)) {
      i++;
    } else if (ch === '(' || ch === ')' || ch === '[' || ch === ']') {
      tokens.push({ kind: ch, pos: i++ });
      // `emails[type eq "work"].value`: a sub-attribute follows the bracket with no space
      if (ch === ']' && text[i] === '.') {
        const start = i++;
        while (i < text.length && WORD_CHAR.test(text[i]!)) i++;
        tokens.push({ kind: 'subAttribute', text: text.slice(start + 1, i), pos: start });
      }
    } else if (ch === '"') {
      const start = i++;
      while (i < text.length && text[i] !== '"') i += text[i] === '\\' ? 2 : 1;
      if (i >= text.length) throw fail(`Unterminated string starting at position ${start + 1}.`);
      const raw = text.slice(start, ++i);
      tokens.push({ kind: 'string', value: parseJsonString(raw, start, fail), text: raw, pos: start });
    } else if (WORD_CHAR.test(ch)) {
      const start = i;
      while (i < text.length && WORD_CHAR.test(text[i]!)) i++;
      tokens.push({ kind: 'word', text: text.slice(start, i), pos: start });
    } else if (ch === "'") {
      throw fail(`Unexpected "'" at position ${i + 1}: strings go in double quotes.`);
    } else {
      throw fail(`Unexpected character '${ch}' at position ${i + 1}.`);
    }
  }
  tokens.push({ kind: 'end', pos: text.length });
  return tokens;
}

/** Filter strings are JSON strings (RFC 7644 §3.4.2.2), escapes and all. */
function parseJsonString(raw: string, pos: number, fail: Fail): string {
  try {
    return JSON.parse(raw) as string;
  } catch {
    throw fail(`Invalid string at position ${pos + 1}: ${raw} is not a JSON string (check its escapes).`);
  }
}

function parsePath(text: string, pos: number, fail: Fail): AttributePath {
  let schema: string | undefined;
  let rest = text;
  // the URN itself has colons and dots (`…:enterprise:2.0:User`), so the attribute starts after its last colon
  if (/^urn:/i.test(text)) {
    const colon = text.lastIndexOf(':');
    schema = text.slice(0, colon);
    rest = text.slice(colon + 1);
    schema = knownSchema(schema) ?? schema;
  }
  const match = NAME.exec(rest);
  if (!match || (schema !== undefined && schema.split(':').length < 3)) {
    throw fail(`'${text}' at position ${pos + 1} is not an attribute path (like userName, name.familyName or a schema URN followed by ':attribute').`);
  }
  const path: AttributePath = { attribute: canonicalName(match[1]!) };
  if (schema) path.schema = schema;
  if (match[2]) path.subAttribute = canonicalName(match[2]);
  return path;
}

function parseSubAttribute(text: string, pos: number, fail: Fail): string {
  const match = NAME.exec(text);
  if (!match || match[2]) throw fail(`'.${text}' at position ${pos + 1} is not a sub-attribute name.`);
  return canonicalName(text);
}

function describe(token: Token): string {
  switch (token.kind) {
    case 'end':
      return 'the end of the input';
    case 'string':
      return token.text;
    case 'word':
      return `'${token.text}'`;
    case 'subAttribute':
      return `'.${token.text}'`;
    default:
      return `'${token.kind}'`;
  }
}
