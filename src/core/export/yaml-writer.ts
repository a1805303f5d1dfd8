/**
 * A YAML writer for templates: JSON data plus CloudFormation's short-form tags. The `yaml` package's
 * Document API took ~1.7 s for a 1,000-node design (about 2 MB of YAML), against a budget of 100 ms
 * for the whole export, so templates are written here in one pass; the `yaml` package still reads
 * them back (with `CFN_TAGS`), and the tests check that every written template reads back equal.
 *
 * Strings are plain only when no YAML 1.1 or 1.2 reader could take them for anything else;
 * otherwise they are double-quoted with JSON escapes (valid YAML), or written as a literal block
 * when they span lines (inline Lambda code).
 */
import { getAttTarget, INTRINSICS, intrinsicName, isPlainObject } from './template.ts';

/** Plain scalars: start with a letter, digit, `_`, `/`, `$` or `.`; no comments or `: ` (flow indicators only in block context). */
const SAFE = /^[A-Za-z0-9_/$.^(][A-Za-z0-9 _./:@$*+=,()<>^%~|;?'"!&{}[\]\\-]*$/;
/** YAML 1.1 and 1.2 words and numbers that a plain scalar would turn into something else. */
const SPECIAL = /^(y|n|yes|no|on|off|true|false|null|~|-?\.inf|\.nan)$/i;
const NUMBERISH =
  /^[-+]?(\d[\d_]*(\.\d*)?|\.\d+)([eE][-+]?\d+)?$|^0[xob]|^\d+(:\d+)+|^\d{4}-\d\d?-\d\d?/;

function plainOk(s: string, flow: boolean): boolean {
  if (s === '' || !SAFE.test(s) || SPECIAL.test(s) || NUMBERISH.test(s)) return false;
  if (s.endsWith(' ') || s.includes(': ') || s.includes(' #') || s.endsWith(':')) return false;
  return !flow || !/[,[\]{}]/.test(s);
}

/** Quoted forms of the strings seen so far: keys and values repeat thousands of times in a large template. */
const quoted = new Map<string, string>();

function scalar(s: string, flow = false): string {
  if (flow) return plainOk(s, true) ? s : JSON.stringify(s);
  let q = quoted.get(s);
  if (q === undefined) {
    q = plainOk(s, false) ? s : JSON.stringify(s);
    if (quoted.size < 50_000) quoted.set(s, q);
  }
  return q;
}

/** Control characters other than tab and newline, which a literal block cannot hold. */
function hasControl(s: string): boolean {
  for (let i = 0; i < s.length; i += 1) {
    const c = s.charCodeAt(i);
    if ((c < 32 && c !== 9 && c !== 10) || c === 127) return true;
  }
  return false;
}

function blockLiteral(s: string, indent: string): string | null {
  if (
    !s.includes('\n') ||
    !/[^\n]/.test(s) ||
    /^[ \t]/.test(s) ||
    /\n[ \t]+(\n|$)/.test(s) ||
    hasControl(s)
  )
    return null;
  const trailing = /\n*$/.exec(s)![0].length;
  const chomp = trailing === 0 ? '-' : trailing === 1 ? '' : '+';
  const body = (trailing > 0 ? s.slice(0, -1) : s)
    .split('\n')
    .map((line) => (line === '' ? '' : `${indent}${line}`));
  return `|${chomp}\n${body.join('\n')}`;
}

function atom(v: unknown, flow = false): string {
  if (typeof v === 'string') return scalar(v, flow);
  if (typeof v === 'number') return Number.isFinite(v) ? String(v) : JSON.stringify(String(v));
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  return 'null';
}

function isCollection(v: unknown): boolean {
  return (
    (Array.isArray(v) && v.length > 0) ||
    (isPlainObject(v) && Object.keys(v).length > 0 && !shortScalar(v))
  );
}

/** `!Ref X`, `!GetAtt X.Attr`, `!Sub text`: an intrinsic whose argument is one scalar. */
function shortScalar(v: unknown): string | null {
  const fn = intrinsicName(v);
  if (!fn) return null;
  const arg = (v as Record<string, unknown>)[fn];
  if (fn === 'Fn::GetAtt') {
    const target = getAttTarget(arg);
    return target && typeof (Array.isArray(arg) ? arg[1] : arg) === 'string'
      ? `!GetAtt ${scalar(`${target[0]}.${target[1]}`)}`
      : null;
  }
  if (typeof arg === 'string' || typeof arg === 'number' || typeof arg === 'boolean')
    return `${INTRINSICS[fn]} ${atom(arg)}`;
  return null;
}

/** A one-line flow list for intrinsic arguments made of scalars: `!Equals [!Ref Env, prod]`. */
function flowList(items: unknown[]): string | null {
  const parts: string[] = [];
  for (const item of items) {
    if (Array.isArray(item) || (isPlainObject(item) && !shortScalar(item))) return null;
    parts.push(shortScalar(item) ?? atom(item, true));
  }
  return `[${parts.join(', ')}]`;
}

/**
 * The writer appends to one string (V8 keeps appends as ropes): building a string per level, or
 * an array of pieces joined at the end, made most of the time and garbage of a large export.
 */
class Writer {
  s = '';

  /** The value part after `key:` or `-` at `indent` (the indentation of its block children). */
  value(v: unknown, indent: string): void {
    const short = shortScalar(v);
    if (short) {
      this.s += ' ' + short;
      return;
    }
    const fn = intrinsicName(v);
    if (fn) {
      const arg = (v as Record<string, unknown>)[fn];
      const tag = INTRINSICS[fn];
      if (Array.isArray(arg)) {
        const flow = flowList(arg);
        if (flow) this.s += ' ' + tag + ' ' + flow;
        else {
          this.s += ' ' + tag + '\n';
          this.seq(arg, indent);
        }
      } else if (isPlainObject(arg)) {
        if (Object.keys(arg).length === 0) this.s += ' ' + tag + ' {}';
        else {
          this.s += ' ' + tag + '\n';
          this.map(arg, indent);
        }
      } else this.s += ' ' + tag + ' ' + atom(arg);
      return;
    }
    if (Array.isArray(v)) {
      if (v.length === 0) this.s += ' []';
      else {
        this.s += '\n';
        this.seq(v, indent);
      }
      return;
    }
    if (isPlainObject(v)) {
      if (Object.keys(v).length === 0) this.s += ' {}';
      else {
        this.s += '\n';
        this.map(v, indent);
      }
      return;
    }
    if (typeof v === 'string' && v.includes('\n')) {
      const block = blockLiteral(v, indent);
      if (block) {
        this.s += ' ' + block;
        return;
      }
    }
    this.s += ' ' + atom(v);
  }

  /** A block mapping at `indent`; ends without a newline. */
  map(obj: Record<string, unknown>, indent: string, first = true): void {
    const child = `${indent}  `;
    let n = 0;
    for (const k in obj) {
      const v = obj[k];
      if (v === undefined) continue;
      if (n > 0) this.s += '\n';
      // In a list item the first key follows the dash on the same line: "- Key: value".
      if (n > 0 || first) this.s += indent;
      this.s += scalar(k) + ':';
      this.value(v, child);
      n += 1;
    }
  }

  /** A block sequence at `indent`; ends without a newline. */
  seq(items: unknown[], indent: string): void {
    const child = `${indent}  `;
    items.forEach((item, i) => {
      if (i > 0) this.s += '\n';
      if (isPlainObject(item) && isCollection(item) && !intrinsicName(item)) {
        this.s += indent + '- ';
        this.map(item, child, false);
      } else if (Array.isArray(item) && item.length > 0) {
        this.s += indent + '-\n';
        this.seq(item, child);
      } else {
        this.s += indent + '-';
        this.value(item, child);
      }
    });
  }
}

/** A template (or any JSON value with intrinsics) as YAML with short-form tags, ending with a newline. */
export function writeYaml(root: Record<string, unknown>): string {
  if (Object.keys(root).length === 0) return '{}\n';
  const w = new Writer();
  w.map(root, '');
  return `${w.s}\n`;
}
