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
const NUMBERISH = /^[-+]?(\d[\d_]*(\.\d*)?|\.\d+)([eE][-+]?\d+)?$|^0[xob]|^\d+(:\d+)+|^\d{4}-\d\d?-\d\d?/;

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

function blockLiteral(s: string, indent: string): string | null {
  if (!s.includes('\n') || !/[^\n]/.test(s) || s.includes('\r') || /^[ \t]/.test(s) || /\n[ \t]+(\n|$)/.test(s) || /[\u0000-\u0008\u000b-\u001f\u007f]/.test(s)) return null;
  const trailing = /\n*$/.exec(s)![0].length;
  const chomp = trailing === 0 ? '-' : trailing === 1 ? '' : '+';
  const body = (trailing > 0 ? s.slice(0, -1) : s).split('\n').map((line) => (line === '' ? '' : `${indent}${line}`));
  return `|${chomp}\n${body.join('\n')}`;
}

function atom(v: unknown, flow = false): string {
  if (typeof v === 'string') return scalar(v, flow);
  if (typeof v === 'number') return Number.isFinite(v) ? String(v) : JSON.stringify(String(v));
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  return 'null';
}

function isCollection(v: unknown): boolean {
  return (Array.isArray(v) && v.length > 0) || (isPlainObject(v) && Object.keys(v).length > 0 && !shortScalar(v));
}

/** `!Ref X`, `!GetAtt X.Attr`, `!Sub text`: an intrinsic whose argument is one scalar. */
function shortScalar(v: unknown): string | null {
  const fn = intrinsicName(v);
  if (!fn) return null;
  const arg = (v as Record<string, unknown>)[fn];
  if (fn === 'Fn::GetAtt') {
    const target = getAttTarget(arg);
    return target && typeof (Array.isArray(arg) ? arg[1] : arg) === 'string' ? `!GetAtt ${scalar(`${target[0]}.${target[1]}`)}` : null;
  }
  if (typeof arg === 'string' || typeof arg === 'number' || typeof arg === 'boolean') return `${INTRINSICS[fn]} ${atom(arg)}`;
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

/** Writes `value` as the value part after `key:` or `- ` at `indent`; returns the text to append. */
function value(v: unknown, indent: string): string {
  const short = shortScalar(v);
  if (short) return ` ${short}`;
  const fn = intrinsicName(v);
  if (fn) {
    const arg = (v as Record<string, unknown>)[fn];
    const tag = INTRINSICS[fn];
    if (Array.isArray(arg)) {
      const flow = flowList(arg);
      if (flow) return ` ${tag} ${flow}`;
      return ` ${tag}\n${seq(arg, indent)}`;
    }
    if (isPlainObject(arg)) return Object.keys(arg).length === 0 ? ` ${tag} {}` : ` ${tag}\n${map(arg, indent)}`;
    return ` ${tag} ${atom(arg)}`;
  }
  if (Array.isArray(v)) return v.length === 0 ? ' []' : `\n${seq(v, indent)}`;
  if (isPlainObject(v)) return Object.keys(v).length === 0 ? ' {}' : `\n${map(v, indent)}`;
  if (typeof v === 'string') {
    const block = blockLiteral(v, indent);
    if (block) return ` ${block}`;
  }
  return ` ${atom(v)}`;
}

function map(obj: Record<string, unknown>, indent: string): string {
  const lines: string[] = [];
  for (const [k, v] of Object.entries(obj)) {
    if (v === undefined) continue;
    lines.push(`${indent}${scalar(k)}:${value(v, `${indent}  `)}`);
  }
  return lines.join('\n');
}

function seq(items: unknown[], indent: string): string {
  const lines: string[] = [];
  for (const item of items) {
    if (isPlainObject(item) && isCollection(item) && !intrinsicName(item)) {
      // A mapping in a list starts on the dash line: "- Key: value", its other keys aligned under it.
      const inner = map(item, `${indent}  `);
      lines.push(`${indent}- ${inner.slice(indent.length + 2)}`);
    } else if (Array.isArray(item) && item.length > 0) {
      lines.push(`${indent}-\n${seq(item, `${indent}  `)}`);
    } else {
      lines.push(`${indent}-${value(item, `${indent}  `)}`);
    }
  }
  return lines.join('\n');
}

/** A template (or any JSON value with intrinsics) as YAML with short-form tags, ending with a newline. */
export function writeYaml(root: Record<string, unknown>): string {
  return Object.keys(root).length === 0 ? '{}\n' : `${map(root, '')}\n`;
}
