/**
 * The CloudFormation template as plain JSON data. Intrinsic functions are kept in their long JSON
 * form (`{ "Ref": "X" }`, `{ "Fn::GetAtt": ["X", "Arn"] }`) so that a template is one value that
 * JSON serialises as it is; `serialize` turns them into YAML short-form tags.
 */

export type Json = string | number | boolean | null | Json[] | { [key: string]: Json };

export interface CfnResourceDef {
  Type: string;
  Condition?: string;
  DependsOn?: string[];
  Properties?: Record<string, Json>;
  Metadata?: Record<string, Json>;
  DeletionPolicy?: 'Retain' | 'Delete' | 'Snapshot' | 'RetainExceptOnCreate';
  UpdateReplacePolicy?: 'Retain' | 'Delete' | 'Snapshot';
}

export interface CfnParameter {
  Type: string;
  Description?: string;
  Default?: string | number;
  AllowedValues?: (string | number)[];
  AllowedPattern?: string;
  ConstraintDescription?: string;
  MinValue?: number;
  MaxValue?: number;
  [key: string]: Json | undefined;
}

export interface CfnOutput {
  Description?: string;
  Value: Json;
  Export?: { Name: Json };
  Condition?: string;
}

export interface Template {
  AWSTemplateFormatVersion: '2010-09-09';
  Description: string;
  Metadata?: Record<string, Json>;
  Parameters?: Record<string, CfnParameter>;
  Conditions?: Record<string, Json>;
  Resources: Record<string, CfnResourceDef>;
  Outputs?: Record<string, CfnOutput>;
}

/** Intrinsic function keys and the YAML short-form tag of each. */
export const INTRINSICS: Readonly<Record<string, string>> = {
  Ref: '!Ref',
  'Fn::GetAtt': '!GetAtt',
  'Fn::Sub': '!Sub',
  'Fn::If': '!If',
  'Fn::Equals': '!Equals',
  'Fn::Join': '!Join',
  'Fn::Select': '!Select',
  'Fn::GetAZs': '!GetAZs',
  'Fn::Split': '!Split',
  'Fn::Base64': '!Base64',
  'Fn::Cidr': '!Cidr',
  'Fn::FindInMap': '!FindInMap',
  'Fn::ImportValue': '!ImportValue',
  'Fn::And': '!And',
  'Fn::Or': '!Or',
  'Fn::Not': '!Not',
  'Fn::Transform': '!Transform',
  'Fn::Length': '!Length',
  'Fn::ToJsonString': '!ToJsonString',
};

/** Pseudo parameters every template may `Ref`. */
export const PSEUDO_PARAMETERS: readonly string[] = [
  'AWS::AccountId',
  'AWS::NotificationARNs',
  'AWS::NoValue',
  'AWS::Partition',
  'AWS::Region',
  'AWS::StackId',
  'AWS::StackName',
  'AWS::URLSuffix',
];

export function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** The intrinsic function key of a value like `{ "Ref": "X" }`, or null when it is not one. */
export function intrinsicName(v: unknown): string | null {
  if (!isPlainObject(v)) return null;
  // Counting keys without Object.keys: this runs for every object of every template.
  let only: string | null = null;
  for (const k in v) {
    if (only !== null) return null;
    only = k;
  }
  return only !== null && Object.prototype.hasOwnProperty.call(INTRINSICS, only) ? only : null;
}

export const ref = (name: string): Json => ({ Ref: name });
export const getAtt = (logicalId: string, attribute: string): Json => ({
  'Fn::GetAtt': [logicalId, attribute],
});
export const sub = (text: string): Json => ({ 'Fn::Sub': text });
export const iff = (condition: string, whenTrue: Json, whenFalse: Json): Json => ({
  'Fn::If': [condition, whenTrue, whenFalse],
});
export const equals = (a: Json, b: Json): Json => ({ 'Fn::Equals': [a, b] });
export const join = (sep: string, parts: Json[]): Json => ({ 'Fn::Join': [sep, parts] });
export const select = (index: number, list: Json): Json => ({
  'Fn::Select': [String(index), list],
});
export const getAZs = (region: Json = ''): Json => ({ 'Fn::GetAZs': region });

/** Every logical id or parameter a value refers to through Ref, GetAtt or Sub, in order of appearance. */
export function referencesIn(value: unknown, out: Set<string> = new Set()): Set<string> {
  const stack: unknown[] = [value];
  while (stack.length > 0) {
    const v = stack.pop();
    if (Array.isArray(v)) {
      for (let i = v.length - 1; i >= 0; i -= 1) stack.push(v[i]);
      continue;
    }
    if (!isPlainObject(v)) continue;
    const name = intrinsicName(v);
    if (name === 'Ref' && typeof v.Ref === 'string') out.add(v.Ref);
    else if (name === 'Fn::GetAtt') {
      const target = getAttTarget(v['Fn::GetAtt']);
      if (target) out.add(target[0]);
    } else if (name === 'Fn::Sub') {
      const arg = v['Fn::Sub'];
      const text =
        typeof arg === 'string'
          ? arg
          : Array.isArray(arg) && typeof arg[0] === 'string'
            ? arg[0]
            : '';
      const vars = Array.isArray(arg) && isPlainObject(arg[1]) ? arg[1] : {};
      for (const r of subReferences(text)) if (!(r.split('.')[0] in vars)) out.add(r.split('.')[0]);
      if (Array.isArray(arg) && arg[1] !== undefined) stack.push(arg[1]);
      continue;
    }
    for (const key of Object.keys(v).reverse()) stack.push(v[key]);
  }
  return out;
}

/** `[logicalId, attribute]` of a GetAtt argument in either form (`"A.B.C"` or `["A", "B.C"]`). */
export function getAttTarget(arg: unknown): [string, string] | null {
  if (typeof arg === 'string') {
    const dot = arg.indexOf('.');
    return dot > 0 ? [arg.slice(0, dot), arg.slice(dot + 1)] : null;
  }
  if (Array.isArray(arg) && arg.length === 2 && typeof arg[0] === 'string') {
    return [arg[0], typeof arg[1] === 'string' ? arg[1] : ''];
  }
  return null;
}

/** The `${...}` variables of a Sub string, skipping `${!literal}` escapes. */
export function subReferences(text: string): string[] {
  const out: string[] = [];
  const re = /\$\{([^}]*)\}/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    const name = m[1].trim();
    if (!name.startsWith('!')) out.push(name);
  }
  return out;
}
