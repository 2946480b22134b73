/**
 * A pure matcher of the CloudWatch Logs JSON filter-pattern syntax, the subset metric filters of CloudTrail logs use
 * (Amazon CloudWatch Logs User Guide, "Using filter patterns to match terms in JSON log events"):
 *
 *   { <expr> }                     expr := and ( "||" and )*     and := unary ( "&&" unary )*
 *   unary := "(" expr ")" | $.a.b[0] <op> value | $.a NOT EXISTS | $.a IS NULL | $.a IS TRUE | $.a IS FALSE
 *   op := = | != | < | > | <= | >=      value := "quoted" | bare-word | number      "*" in a string: any text
 *
 * A comparison on a field the event does not have is false for = and != alike (the field must exist to compare);
 * `NOT EXISTS` is the only way to match an absent field. Used by the tests to check the CIS patterns against
 * CloudTrail records; not shipped.
 */

type Token = { kind: 'punct'; value: string } | { kind: 'word'; value: string } | { kind: 'string'; value: string };

type Node =
  | { kind: 'or' | 'and'; left: Node; right: Node }
  | { kind: 'compare'; path: (string | number)[]; op: string; value: string | number; quoted: boolean }
  | { kind: 'test'; path: (string | number)[]; test: 'NOT EXISTS' | 'IS NULL' | 'IS TRUE' | 'IS FALSE' };

const PUNCT = ['&&', '||', '!=', '<=', '>=', '{', '}', '(', ')', '=', '<', '>'];

function tokenize(pattern: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < pattern.length) {
    const c = pattern[i];
    if (/\s/.test(c)) {
      i++;
    } else if (c === '"') {
      let value = '';
      i++;
      while (i < pattern.length && pattern[i] !== '"') {
        if (pattern[i] === '\\' && i + 1 < pattern.length) i++;
        value += pattern[i++];
      }
      if (pattern[i] !== '"') throw new Error(`unterminated string in ${pattern}`);
      i++;
      tokens.push({ kind: 'string', value });
    } else {
      const punct = PUNCT.find((p) => pattern.startsWith(p, i));
      if (punct) {
        tokens.push({ kind: 'punct', value: punct });
        i += punct.length;
      } else {
        let word = '';
        while (i < pattern.length && !/[\s(){}"=!<>&|]/.test(pattern[i])) word += pattern[i++];
        if (!word) throw new Error(`unexpected "${c}" at ${i} in ${pattern}`);
        tokens.push({ kind: 'word', value: word });
      }
    }
  }
  return tokens;
}

function parseSelector(word: string): (string | number)[] {
  if (!word.startsWith('$')) throw new Error(`"${word}" is not a $. selector`);
  const path: (string | number)[] = [];
  const re = /\.([A-Za-z0-9_-]+)|\[(\d+)\]/gy;
  re.lastIndex = 1;
  let match: RegExpExecArray | null;
  while (re.lastIndex < word.length && (match = re.exec(word))) {
    path.push(match[1] !== undefined ? match[1] : Number(match[2]));
  }
  if (re.lastIndex !== word.length || path.length === 0) throw new Error(`cannot read selector "${word}"`);
  return path;
}

class Parser {
  private pos = 0;
  public constructor(private readonly tokens: Token[]) {}

  public pattern(): Node {
    this.expect('{');
    const node = this.or();
    this.expect('}');
    if (this.pos !== this.tokens.length) throw new Error('text after the closing }');
    return node;
  }

  private or(): Node {
    let node = this.and();
    while (this.accept('||')) node = { kind: 'or', left: node, right: this.and() };
    return node;
  }

  private and(): Node {
    let node = this.unary();
    while (this.accept('&&')) node = { kind: 'and', left: node, right: this.unary() };
    return node;
  }

  private unary(): Node {
    if (this.accept('(')) {
      const node = this.or();
      this.expect(')');
      return node;
    }
    const selector = this.next();
    if (selector.kind !== 'word') throw new Error(`expected a selector, got ${selector.value}`);
    const path = parseSelector(selector.value);
    const word = this.peek();
    if (word?.kind === 'word' && (word.value === 'NOT' || word.value === 'IS')) {
      this.pos++;
      const second = this.next().value;
      const test = `${word.value} ${second}`;
      if (!['NOT EXISTS', 'IS NULL', 'IS TRUE', 'IS FALSE'].includes(test)) throw new Error(`unknown test "${test}"`);
      return { kind: 'test', path, test: test as 'NOT EXISTS' };
    }
    const op = this.next();
    if (op.kind !== 'punct' || !['=', '!=', '<', '>', '<=', '>='].includes(op.value))
      throw new Error(`expected an operator, got ${op.value}`);
    const value = this.next();
    if (value.kind === 'punct') throw new Error(`expected a value, got ${value.value}`);
    const numeric = value.kind === 'word' && /^-?\d+(\.\d+)?$/.test(value.value);
    return {
      kind: 'compare',
      path,
      op: op.value,
      value: numeric ? Number(value.value) : value.value,
      quoted: value.kind === 'string',
    };
  }

  private peek(): Token | undefined {
    return this.tokens[this.pos];
  }

  private next(): Token {
    const token = this.tokens[this.pos++];
    if (!token) throw new Error('unexpected end of pattern');
    return token;
  }

  private accept(punct: string): boolean {
    const token = this.peek();
    if (token?.kind === 'punct' && token.value === punct) {
      this.pos++;
      return true;
    }
    return false;
  }

  private expect(punct: string): void {
    if (!this.accept(punct)) throw new Error(`expected "${punct}" at token ${this.pos}`);
  }
}

const ABSENT = Symbol('absent');

function select(event: unknown, path: (string | number)[]): unknown {
  let current: unknown = event;
  for (const key of path) {
    if (current === null || typeof current !== 'object' || !(key in (current as object))) return ABSENT;
    current = (current as Record<string | number, unknown>)[key];
  }
  return current;
}

function globMatches(text: string, glob: string): boolean {
  const source = glob
    .split('*')
    .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
    .join('.*');
  return new RegExp(`^${source}$`, 's').test(text);
}

function compare(actual: unknown, op: string, value: string | number): boolean {
  if (typeof value === 'number') {
    if (typeof actual !== 'number') return false;
    switch (op) {
      case '=':
        return actual === value;
      case '!=':
        return actual !== value;
      case '<':
        return actual < value;
      case '>':
        return actual > value;
      case '<=':
        return actual <= value;
      default:
        return actual >= value;
    }
  }
  if (op !== '=' && op !== '!=') throw new Error(`${op} compares numbers only`);
  if (typeof actual !== 'string' && typeof actual !== 'number' && typeof actual !== 'boolean') return false;
  const equal = globMatches(String(actual), value);
  return op === '=' ? equal : !equal;
}

function evaluate(node: Node, event: unknown): boolean {
  switch (node.kind) {
    case 'or':
      return evaluate(node.left, event) || evaluate(node.right, event);
    case 'and':
      return evaluate(node.left, event) && evaluate(node.right, event);
    case 'test': {
      const actual = select(event, node.path);
      if (node.test === 'NOT EXISTS') return actual === ABSENT;
      if (node.test === 'IS NULL') return actual === null;
      return actual === (node.test === 'IS TRUE');
    }
    case 'compare': {
      const actual = select(event, node.path);
      return actual !== ABSENT && compare(actual, node.op, node.value);
    }
  }
}

/** A parsed filter pattern: `matches(event)` says whether CloudWatch Logs would count the JSON event. */
export interface FilterPattern {
  matches(event: unknown): boolean;
  /** The selectors the pattern reads, e.g. ["$.eventName", "$.eventSource"]. */
  readonly selectors: readonly string[];
}

export function parseFilterPattern(pattern: string): FilterPattern {
  const root = new Parser(tokenize(pattern)).pattern();
  const selectors = new Set<string>();
  const walk = (node: Node): void => {
    if ('left' in node) {
      walk(node.left);
      walk(node.right);
    } else {
      selectors.add(`$${node.path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${p}`)).join('')}`);
    }
  };
  walk(root);
  return { matches: (event) => evaluate(root, event), selectors: [...selectors] };
}

/** Whether `pattern` matches the event, as a JSON log line would be matched. */
export function filterMatches(pattern: string, event: unknown): boolean {
  return parseFilterPattern(pattern).matches(event);
}

/** The values `$.eventName` is compared with by `=` in a pattern (to check an event list against the table). */
export function equalityValues(pattern: string, selector: string): string[] {
  const values: string[] = [];
  const re = new RegExp(`\\${selector}\\s*=\\s*"?([A-Za-z0-9.*_-]+)"?`, 'g');
  let match: RegExpExecArray | null;
  while ((match = re.exec(pattern))) values.push(match[1]);
  return values;
}
