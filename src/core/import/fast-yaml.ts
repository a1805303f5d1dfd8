/**
 * A reader for the block-style YAML templates are written in: mappings, sequences, plain, quoted
 * and literal scalars, one-line flow collections and CloudFormation's short-form tags. The `yaml`
 * package takes ~450 ms for a 1,000-resource template against an import budget of 200 ms; this
 * reader takes a fraction of that. Anything outside its subset (anchors, aliases, folded or
 * multi-line scalars, unknown tags, documents, duplicate or prototype keys) makes it return
 * undefined, and the caller reads the text with the `yaml` package instead, which also gives the
 * error messages. The tests check that both readers agree wherever this one answers.
 */
import { INTRINSICS } from '../export/template.ts';

class Unsupported extends Error {}

const KEY_OF: Readonly<Record<string, string>> = {
  ...Object.fromEntries(Object.entries(INTRINSICS).map(([k, t]) => [t, k])),
  '!Condition': 'Condition',
};
const INT = /^[-+]?[0-9]+$/;
const FLOAT = /^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$/;

/** A plain scalar's value under the YAML 1.2 core schema, as the `yaml` package reads it. */
function plain(s: string): unknown {
  if (s === '' || s === '~' || s === 'null' || s === 'Null' || s === 'NULL') return null;
  if (s === 'true' || s === 'True' || s === 'TRUE') return true;
  if (s === 'false' || s === 'False' || s === 'FALSE') return false;
  if (INT.test(s) || FLOAT.test(s)) return Number(s);
  if (/^0o[0-7]+$/.test(s)) return parseInt(s.slice(2), 8);
  if (/^0x[0-9a-fA-F]+$/.test(s)) return parseInt(s.slice(2), 16);
  if (/^[-+]?\.(inf|Inf|INF|nan|NaN|NAN)$/.test(s)) throw new Unsupported('special float');
  if (
    /^[[\]{}>|*&!%@`'"#,?]|^[-:](\s|$)/.test(s) ||
    s.includes(': ') ||
    s.includes(' #') ||
    /\s$/.test(s)
  )
    throw new Unsupported(`plain scalar ${s}`);
  return s;
}

function tagged(tag: string, value: unknown): unknown {
  const key = KEY_OF[tag];
  if (!key) throw new Unsupported(`tag ${tag}`);
  if (key === 'Fn::GetAtt' && typeof value === 'string') {
    const dot = value.indexOf('.');
    return { [key]: dot > 0 ? [value.slice(0, dot), value.slice(dot + 1)] : value };
  }
  return { [key]: value };
}

/** Reads a quoted scalar at `s[i]`; returns the value and the index after the closing quote. */
function quoted(s: string, i: number): [string, number] {
  const q = s[i];
  if (q === "'") {
    let out = '';
    for (let j = i + 1; j < s.length; j += 1) {
      if (s[j] !== "'") out += s[j];
      else if (s[j + 1] === "'") {
        out += "'";
        j += 1;
      } else return [out, j + 1];
    }
    throw new Unsupported('multi-line single-quoted scalar');
  }
  for (let j = i + 1; j < s.length; j += 1) {
    if (s[j] === '\\') j += 1;
    else if (s[j] === '"') {
      try {
        // JSON's escapes are a subset of YAML's; anything else (\x41, \N, raw tabs) goes to the full reader.
        return [JSON.parse(s.slice(i, j + 1)) as string, j + 1];
      } catch {
        throw new Unsupported('YAML-only escape');
      }
    }
  }
  throw new Unsupported('multi-line double-quoted scalar');
}

/** The value text without surrounding space and, for a plain scalar, a trailing comment. */
function strip(rest: string): string {
  let t = rest.trim();
  if (t === '' || t.startsWith('#')) return '';
  if (!/^["'[{]/.test(t)) {
    const hash = t.search(/[ \t]#/);
    if (hash >= 0) t = t.slice(0, hash).trimEnd();
  }
  return t;
}

/** One-line flow collections and scalars: `[a, !Ref b]`, `{ K: v }`. */
class Flow {
  i = 0;
  constructor(private readonly s: string) {}

  ws(): void {
    while (this.s[this.i] === ' ') this.i += 1;
  }

  value(): unknown {
    this.ws();
    const c = this.s[this.i];
    if (c === '[') return this.list();
    if (c === '{') return this.map();
    if (c === '"' || c === "'") {
      const [v, j] = quoted(this.s, this.i);
      this.i = j;
      return v;
    }
    if (c === '!') {
      const m = /^!\w+/.exec(this.s.slice(this.i));
      if (!m) throw new Unsupported('tag');
      this.i += m[0].length;
      this.ws();
      const next = this.s[this.i];
      const arg =
        next === '[' || next === '{' || next === '"' || next === "'" ? this.value() : this.word();
      return tagged(m[0], typeof arg === 'string' || arg === null ? (arg ?? '') : arg);
    }
    if (c === '&' || c === '*') throw new Unsupported('anchor or alias');
    return plain(this.word());
  }

  word(): string {
    const start = this.i;
    while (
      this.i < this.s.length &&
      !',]}'.includes(this.s[this.i]) &&
      !(this.s[this.i] === ':' && this.s[this.i + 1] === ' ')
    )
      this.i += 1;
    return this.s.slice(start, this.i).trim();
  }

  list(): unknown[] {
    this.i += 1;
    const out: unknown[] = [];
    this.ws();
    if (this.s[this.i] === ']') return ((this.i += 1), out);
    for (;;) {
      out.push(this.value());
      this.ws();
      const c = this.s[this.i++];
      if (c === ']') return out;
      if (c !== ',') throw new Unsupported('flow list');
    }
  }

  map(): Record<string, unknown> {
    this.i += 1;
    const out: Record<string, unknown> = {};
    this.ws();
    if (this.s[this.i] === '}') return ((this.i += 1), out);
    for (;;) {
      this.ws();
      const key = this.s[this.i] === '"' || this.s[this.i] === "'" ? this.value() : this.word();
      if (typeof key !== 'string' || this.s[this.i] !== ':') throw new Unsupported('flow map key');
      this.i += 1;
      setKey(out, key, this.value());
      this.ws();
      const c = this.s[this.i++];
      if (c === '}') return out;
      if (c !== ',') throw new Unsupported('flow map');
    }
  }
}

function setKey(obj: Record<string, unknown>, key: string, value: unknown): void {
  if (key === '__proto__' || key === '<<' || Object.prototype.hasOwnProperty.call(obj, key))
    throw new Unsupported(`key ${key}`);
  obj[key] = value;
}

function flowValue(text: string): unknown {
  const f = new Flow(text);
  const v = f.value();
  f.ws();
  if (strip(text.slice(f.i)) !== '') throw new Unsupported('text after a flow value');
  return v;
}

class Reader {
  private readonly lines: string[];
  private readonly indents: number[];

  constructor(text: string) {
    this.lines = text.split('\n').map((l) => (l.endsWith('\r') ? l.slice(0, -1) : l));
    this.indents = this.lines.map((l) => {
      let n = 0;
      while (l[n] === ' ') n += 1;
      if (l[n] === '\t') throw new Unsupported('tab indentation');
      return n;
    });
  }

  /** The next line holding content at or after `i`, skipping blank and comment lines. */
  next(i: number): number {
    while (i < this.lines.length) {
      const t = this.lines[i].slice(this.indents[i]);
      if (t !== '' && !t.startsWith('#')) {
        if (this.indents[i] === 0 && /^(---|\.\.\.|%)/.test(t))
          throw new Unsupported('document markers');
        return i;
      }
      i += 1;
    }
    return i;
  }

  /** Whether a line (from `col`) is a mapping entry; returns the key and where its value starts. */
  entry(i: number, col: number): { key: string; rest: string } | null {
    const line = this.lines[i];
    const c = line[col];
    if (c === '"' || c === "'") {
      const [key, j] = quoted(line, col);
      return line[j] === ':' && (line[j + 1] === ' ' || j + 1 === line.length)
        ? { key, rest: line.slice(j + 1) }
        : null;
    }
    if (
      '?[{!&*|>%@`#'.includes(c) ||
      (c === '-' && (line[col + 1] === ' ' || col + 1 === line.length))
    )
      return null;
    for (let j = col; j < line.length; j += 1) {
      if (line[j] === ':' && (line[j + 1] === ' ' || j + 1 === line.length))
        return { key: line.slice(col, j), rest: line.slice(j + 1) };
      if (line[j] === ' ' && line[j + 1] === '#') return null;
    }
    return null;
  }

  isItem(i: number, col: number): boolean {
    const line = this.lines[i];
    return line[col] === '-' && (line[col + 1] === ' ' || col + 1 === line.length);
  }

  /** The block node starting at content line `i`, whose indentation is `col`. */
  node(i: number, col: number): [unknown, number] {
    // Templates nest a dozen levels; deeper input goes to the full reader and the depth check after it.
    if (++this.depth > 64) throw new Unsupported('deep nesting');
    try {
      if (this.isItem(i, col)) return this.seq(i, col);
      if (this.entry(i, col)) return this.map(i, col);
      throw new Unsupported('scalar on its own line');
    } finally {
      this.depth -= 1;
    }
  }

  private depth = 0;

  /** The value after `key:` (or `- `) on line `i` whose block indentation is `col`. */
  value(rest: string, i: number, col: number, inSeq: boolean): [unknown, number] {
    let text = strip(rest);
    let tag: string | null = null;
    const m = /^(!\w+)(\s+|$)/.exec(text);
    if (m) {
      tag = m[1];
      text = strip(text.slice(m[0].length));
    }
    if (text === '') {
      // The value is the block below: deeper, or a list at the same indentation after a key.
      const j = this.next(i + 1);
      let v: unknown = null;
      let end = j;
      if (
        j < this.lines.length &&
        (this.indents[j] > col || (!inSeq && this.indents[j] === col && this.isItem(j, col)))
      )
        [v, end] = this.node(j, this.indents[j]);
      return [tag ? tagged(tag, v ?? '') : v, end];
    }
    if (text[0] === '|' || text[0] === '>') {
      if (tag) throw new Unsupported('tagged block scalar');
      return this.literal(text, i, col);
    }
    if (text[0] === '&' || text[0] === '*') throw new Unsupported('anchor or alias');
    const j = this.next(i + 1);
    if (j < this.lines.length && this.indents[j] > col) throw new Unsupported('multi-line scalar');
    const structured =
      text[0] === '[' || text[0] === '{' || text[0] === '"' || text[0] === "'" || text[0] === '!';
    // Under a tag a plain scalar stays text, as the custom tags receive it: !Ref 5 is {Ref: "5"}.
    if (tag) return [tagged(tag, structured ? flowValue(text) : (plain(text), text)), j];
    return [structured ? flowValue(text) : plain(text), j];
  }

  literal(header: string, i: number, col: number): [string, number] {
    const m = /^\|([-+]?)$/.exec(header);
    if (!m) throw new Unsupported('folded or indented block scalar');
    let j = i + 1;
    const body: string[] = [];
    let indent = -1;
    for (; j < this.lines.length; j += 1) {
      const line = this.lines[j];
      if (line.trim() === '') {
        body.push(indent >= 0 ? line.slice(indent) : '');
        continue;
      }
      if (indent < 0) indent = this.indents[j];
      if (this.indents[j] < indent || indent <= col) break;
      body.push(line.slice(indent));
    }
    let trailing = 0;
    while (body.length > 0 && body[body.length - 1] === '') {
      body.pop();
      trailing += 1;
    }
    const content = body.join('\n');
    if (content === '') throw new Unsupported('empty block scalar');
    const chomp = m[1] === '-' ? '' : m[1] === '+' ? '\n'.repeat(trailing + 1) : '\n';
    return [content + chomp, this.next(j)];
  }

  map(i: number, col: number): [Record<string, unknown>, number] {
    const out: Record<string, unknown> = {};
    while (i < this.lines.length && this.indents[i] === col) {
      const e = this.entry(i, col);
      if (!e) break;
      const [v, j] = this.value(e.rest, i, col, false);
      setKey(out, e.key, v);
      i = j;
    }
    if (i < this.lines.length && this.indents[i] > col) throw new Unsupported('bad indentation');
    return [out, i];
  }

  seq(i: number, col: number): [unknown[], number] {
    const out: unknown[] = [];
    while (i < this.lines.length && this.indents[i] === col && this.isItem(i, col)) {
      const line = this.lines[i];
      let inner = col + 1;
      while (line[inner] === ' ') inner += 1;
      if (inner < line.length && (this.entry(i, inner) || this.isItem(i, inner))) {
        // "- Key: value" or "- - item": a block node starting on the dash line.
        const saved = this.indents[i];
        this.indents[i] = inner;
        const [v, j] = this.node(i, inner);
        this.indents[i] = saved;
        out.push(v);
        i = j;
      } else {
        const [v, j] = this.value(line.slice(col + 1), i, col, true);
        out.push(v);
        i = j;
      }
    }
    if (i < this.lines.length && this.indents[i] > col) throw new Unsupported('bad indentation');
    return [out, i];
  }

  document(): unknown {
    // One leading "---" (a document start, common in hand-written templates) is allowed.
    const first = this.lines.findIndex((l) => l.trim() !== '' && !l.startsWith('#'));
    if (first >= 0 && /^---\s*$/.test(this.lines[first])) this.lines[first] = '';
    const i = this.next(0);
    if (i >= this.lines.length || this.indents[i] !== 0)
      throw new Unsupported('empty or indented document');
    const [v, end] = this.map(i, 0);
    if (this.next(end) < this.lines.length) throw new Unsupported('content after the document');
    return v;
  }
}

/** The template read fast, or undefined when the text needs the full YAML reader. */
export function readYamlFast(text: string): unknown {
  try {
    return new Reader(text).document();
  } catch (err) {
    if (err instanceof Unsupported) return undefined;
    throw err;
  }
}
