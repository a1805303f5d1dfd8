/**
 * Validates a CloudFormation template (as JSON data) against the official resource specification
 * (@aws-cdk/aws-service-spec): resource types, property names and value types (an intrinsic
 * function is accepted wherever a value is), required properties at every level, Ref, GetAtt and
 * Sub targets and attribute names, DependsOn targets, Condition names, and CloudFormation's limits.
 * For tests only: the spec database must never reach the shipped bundle.
 */
import { specResource, specTypeDef, type SpecProperty, type SpecType } from './cfn-spec.ts';

export interface TemplateError {
  /** Where, e.g. `Resources.Queue.Properties.VisibilityTimeout`. */
  path: string;
  message: string;
}

const PSEUDO = new Set([
  'AWS::AccountId',
  'AWS::NotificationARNs',
  'AWS::NoValue',
  'AWS::Partition',
  'AWS::Region',
  'AWS::StackId',
  'AWS::StackName',
  'AWS::URLSuffix',
]);
const SECTIONS = new Set([
  'AWSTemplateFormatVersion',
  'Description',
  'Metadata',
  'Parameters',
  'Rules',
  'Mappings',
  'Conditions',
  'Transform',
  'Resources',
  'Outputs',
]);
const RESOURCE_KEYS = new Set([
  'Type',
  'Properties',
  'DependsOn',
  'Condition',
  'Metadata',
  'DeletionPolicy',
  'UpdateReplacePolicy',
  'CreationPolicy',
  'UpdatePolicy',
]);
const POLICIES = new Set(['Retain', 'Delete', 'Snapshot', 'RetainExceptOnCreate']);
const PARAM_TYPE =
  /^(String|Number|List<Number>|CommaDelimitedList|AWS::[A-Za-z0-9:]+|List<AWS::[A-Za-z0-9:]+>|AWS::SSM::Parameter::(Name|Value<[A-Za-z0-9:<>,]+>))$/;
const FUNCTIONS = new Set([
  'Ref',
  'Fn::GetAtt',
  'Fn::Sub',
  'Fn::If',
  'Fn::Equals',
  'Fn::Join',
  'Fn::Select',
  'Fn::GetAZs',
  'Fn::Split',
  'Fn::Base64',
  'Fn::Cidr',
  'Fn::FindInMap',
  'Fn::ImportValue',
  'Fn::And',
  'Fn::Or',
  'Fn::Not',
  'Fn::Transform',
  'Fn::Length',
  'Fn::ToJsonString',
  'Condition',
]);
const LIMITS = { Resources: 500, Parameters: 200, Outputs: 200 };

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

function intrinsic(v: unknown): string | null {
  if (!isObj(v)) return null;
  const keys = Object.keys(v);
  return keys.length === 1 && FUNCTIONS.has(keys[0]) && keys[0] !== 'Condition' ? keys[0] : null;
}

class Validator {
  readonly errors: TemplateError[] = [];
  private resources: Obj = {};
  private parameters: Obj = {};
  private conditions: Obj = {};

  constructor(private readonly t: Obj) {}

  err(path: string, message: string): void {
    this.errors.push({ path, message });
  }

  run(): TemplateError[] {
    const t = this.t;
    for (const k of Object.keys(t))
      if (!SECTIONS.has(k)) this.err(k, `unknown template section "${k}"`);
    if (t.AWSTemplateFormatVersion !== undefined && t.AWSTemplateFormatVersion !== '2010-09-09')
      this.err('AWSTemplateFormatVersion', 'must be "2010-09-09"');
    if (typeof t.Description === 'string' && new TextEncoder().encode(t.Description).length > 1024)
      this.err('Description', 'longer than 1024 bytes');
    this.resources = isObj(t.Resources) ? t.Resources : {};
    this.parameters = isObj(t.Parameters) ? t.Parameters : {};
    this.conditions = isObj(t.Conditions) ? t.Conditions : {};
    if (!isObj(t.Resources) || Object.keys(t.Resources).length === 0)
      this.err('Resources', 'a template needs at least one resource');
    for (const [section, max] of Object.entries(LIMITS)) {
      const n = isObj(t[section]) ? Object.keys(t[section] as Obj).length : 0;
      if (n > max) this.err(section, `${n} entries; CloudFormation allows ${max}`);
    }
    for (const [name, p] of Object.entries(this.parameters)) this.parameter(name, p);
    for (const [name, c] of Object.entries(this.conditions)) this.value(c, `Conditions.${name}`);
    for (const [id, r] of Object.entries(this.resources)) this.resource(id, r);
    if (isObj(t.Outputs)) {
      for (const [name, o] of Object.entries(t.Outputs)) {
        const path = `Outputs.${name}`;
        if (!/^[A-Za-z0-9]+$/.test(name)) this.err(path, 'output names must be alphanumeric');
        if (!isObj(o) || o.Value === undefined) {
          this.err(path, 'an output needs a Value');
          continue;
        }
        this.value(o.Value, `${path}.Value`);
        if (o.Export !== undefined) this.value(o.Export, `${path}.Export`);
        if (o.Condition !== undefined) this.condition(o.Condition, `${path}.Condition`);
      }
    }
    return this.errors;
  }

  private parameter(name: string, p: unknown): void {
    const path = `Parameters.${name}`;
    if (!/^[A-Za-z0-9]+$/.test(name)) this.err(path, 'parameter names must be alphanumeric');
    if (this.resources[name] !== undefined) this.err(path, `the name ${name} is also a resource`);
    if (!isObj(p) || typeof p.Type !== 'string') return this.err(path, 'a parameter needs a Type');
    if (!PARAM_TYPE.test(p.Type)) this.err(`${path}.Type`, `unknown parameter type "${p.Type}"`);
    if (
      p.Default !== undefined &&
      Array.isArray(p.AllowedValues) &&
      !p.AllowedValues.map(String).includes(String(p.Default))
    ) {
      this.err(
        `${path}.Default`,
        `default ${JSON.stringify(p.Default)} is not one of the AllowedValues`,
      );
    }
  }

  private condition(name: unknown, path: string): void {
    if (typeof name !== 'string' || this.conditions[name] === undefined)
      this.err(path, `no condition named ${JSON.stringify(name)}`);
  }

  private resource(id: string, r: unknown): void {
    const path = `Resources.${id}`;
    if (!/^[A-Za-z0-9]+$/.test(id)) this.err(path, 'logical ids must be alphanumeric');
    if (!isObj(r) || typeof r.Type !== 'string') return this.err(path, 'a resource needs a Type');
    for (const k of Object.keys(r))
      if (!RESOURCE_KEYS.has(k)) this.err(`${path}.${k}`, `unknown resource attribute "${k}"`);
    for (const k of ['DeletionPolicy', 'UpdateReplacePolicy'] as const) {
      if (r[k] !== undefined && !POLICIES.has(String(r[k])))
        this.err(`${path}.${k}`, `unknown policy ${JSON.stringify(r[k])}`);
    }
    if (r.Condition !== undefined) this.condition(r.Condition, `${path}.Condition`);
    const deps =
      r.DependsOn === undefined ? [] : Array.isArray(r.DependsOn) ? r.DependsOn : [r.DependsOn];
    deps.forEach((d, i) => {
      if (typeof d !== 'string' || this.resources[d] === undefined)
        this.err(`${path}.DependsOn[${i}]`, `DependsOn names no resource: ${JSON.stringify(d)}`);
      else if (d === id) this.err(`${path}.DependsOn[${i}]`, 'a resource cannot depend on itself');
    });
    if (r.Properties !== undefined && !isObj(r.Properties))
      return this.err(`${path}.Properties`, 'must be an object');
    const props = (r.Properties ?? {}) as Obj;
    if (r.Type.startsWith('Custom::') || r.Type === 'AWS::CloudFormation::CustomResource') {
      for (const [k, v] of Object.entries(props)) this.value(v, `${path}.Properties.${k}`);
      return;
    }
    const spec = specResource(r.Type);
    if (!spec) return this.err(`${path}.Type`, `unknown resource type ${r.Type}`);
    this.object(props, spec.properties, `${path}.Properties`);
  }

  /** Checks an object against a property table: names, required ones, and each value's type. */
  private object(value: Obj, table: Record<string, SpecProperty>, path: string): void {
    for (const [k, v] of Object.entries(value)) {
      const p = table[k];
      if (!p) this.err(`${path}.${k}`, `unknown property ${k}`);
      else this.typed(v, p.type, `${path}.${k}`);
    }
    for (const [k, p] of Object.entries(table)) {
      if (p.required && value[k] === undefined)
        this.err(`${path}.${k}`, `required property ${k} is missing`);
    }
  }

  /** Whether a value fits a spec type, reporting problems; intrinsics are checked as references. */
  private typed(v: unknown, t: SpecType, path: string): void {
    if (intrinsic(v)) return this.value(v, path);
    const problem = this.mismatch(v, t, path, true);
    if (problem) this.err(path, problem);
  }

  /** A problem with `v` as `t`, or null. With `report`, nested problems are reported directly. */
  private mismatch(v: unknown, t: SpecType, path: string, report: boolean): string | null {
    if (intrinsic(v)) {
      if (report) this.value(v, path);
      return null;
    }
    switch (t.type) {
      case 'string':
      case 'date-time':
        return typeof v === 'string' || typeof v === 'number'
          ? null
          : `expected text, got ${describe(v)}`;
      case 'number':
        return typeof v === 'number' ||
          (typeof v === 'string' && v.trim() !== '' && Number.isFinite(Number(v)))
          ? null
          : `expected a number, got ${describe(v)}`;
      case 'integer':
        return (typeof v === 'number' || typeof v === 'string') &&
          v !== '' &&
          Number.isInteger(Number(v))
          ? null
          : `expected an integer, got ${describe(v)}`;
      case 'boolean':
        return typeof v === 'boolean' || v === 'true' || v === 'false'
          ? null
          : `expected true or false, got ${describe(v)}`;
      case 'json':
        if (report) this.value(v, path);
        return isObj(v) || typeof v === 'string' || Array.isArray(v)
          ? null
          : `expected a JSON object, got ${describe(v)}`;
      case 'null':
        return null;
      case 'tag':
        if (!isObj(v) || v.Key === undefined || v.Value === undefined)
          return `expected a tag {Key, Value}, got ${describe(v)}`;
        if (report) this.value(v, path);
        return null;
      case 'array':
        if (!Array.isArray(v)) return `expected a list, got ${describe(v)}`;
        if (report) v.forEach((item, i) => this.typed(item, t.element, `${path}[${i}]`));
        else
          for (const item of v)
            if (this.mismatch(item, t.element, path, false))
              return 'list element of the wrong type';
        return null;
      case 'map':
        if (!isObj(v)) return `expected an object, got ${describe(v)}`;
        if (report)
          for (const [k, item] of Object.entries(v)) this.typed(item, t.element, `${path}.${k}`);
        return null;
      case 'ref': {
        if (!isObj(v)) return `expected an object, got ${describe(v)}`;
        const def = specTypeDef(t.reference.$ref);
        if (report) this.object(v, def.properties, path);
        else if (Object.keys(v).some((k) => !def.properties[k])) return 'unknown property';
        return null;
      }
      case 'union': {
        // The first member the value fits without problems is the one that is then checked in depth.
        const fit = t.types.find(
          (u) => this.mismatch(v, u, path, false) === null && this.quietFit(v, u, path),
        );
        if (!fit) return `expected ${t.types.map((u) => u.type).join(' or ')}, got ${describe(v)}`;
        if (report) this.typed(v, fit, path);
        return null;
      }
      default:
        return null;
    }
  }

  private quietFit(v: unknown, t: SpecType, path: string): boolean {
    const before = this.errors.length;
    const probe = new Validator(this.t);
    probe.resources = this.resources;
    probe.parameters = this.parameters;
    probe.conditions = this.conditions;
    probe.typed(v, t, path);
    return probe.errors.length === 0 && this.errors.length === before;
  }

  /** Walks any value for intrinsic functions and checks what they refer to. */
  value(v: unknown, path: string): void {
    if (Array.isArray(v)) return v.forEach((item, i) => this.value(item, `${path}[${i}]`));
    if (!isObj(v)) return;
    const fn = intrinsic(v);
    if (!fn) {
      for (const [k, item] of Object.entries(v)) this.value(item, `${path}.${k}`);
      return;
    }
    const arg = v[fn];
    const at = `${path}.${fn}`;
    switch (fn) {
      case 'Ref':
        if (typeof arg !== 'string') return this.err(at, 'Ref takes a name');
        if (
          this.resources[arg] === undefined &&
          this.parameters[arg] === undefined &&
          !PSEUDO.has(arg)
        )
          this.err(at, `Ref to unknown ${arg}`);
        return;
      case 'Fn::GetAtt': {
        const target =
          typeof arg === 'string'
            ? [arg.slice(0, arg.indexOf('.')), arg.slice(arg.indexOf('.') + 1)]
            : Array.isArray(arg)
              ? arg
              : [];
        if (
          target.length !== 2 ||
          typeof target[0] !== 'string' ||
          (typeof target[1] !== 'string' && !intrinsic(target[1]))
        )
          return this.err(at, 'GetAtt takes [logicalId, attribute]');
        return this.getAtt(target[0], target[1], at);
      }
      case 'Fn::Sub': {
        const text = typeof arg === 'string' ? arg : Array.isArray(arg) ? arg[0] : undefined;
        const vars = Array.isArray(arg) && isObj(arg[1]) ? arg[1] : {};
        if (typeof text !== 'string')
          return this.err(at, 'Sub takes a string or [string, variables]');
        for (const m of text.matchAll(/\$\{([^}]*)\}/g)) {
          const name = m[1].trim();
          if (name.startsWith('!') || vars[name] !== undefined) continue;
          const dot = name.indexOf('.');
          if (dot > 0 && !PSEUDO.has(name))
            this.getAtt(name.slice(0, dot), name.slice(dot + 1), at);
          else if (
            this.resources[name] === undefined &&
            this.parameters[name] === undefined &&
            !PSEUDO.has(name)
          )
            this.err(at, `Sub refers to unknown \${${name}}`);
        }
        return this.value(vars, at);
      }
      case 'Fn::If':
        if (!Array.isArray(arg) || arg.length !== 3)
          return this.err(at, 'Fn::If takes [condition, then, else]');
        this.condition(arg[0], `${at}[0]`);
        return this.value(arg.slice(1), at);
      case 'Fn::Equals':
        if (!Array.isArray(arg) || arg.length !== 2)
          return this.err(at, 'Fn::Equals takes two values');
        return this.value(arg, at);
      case 'Fn::Join':
        if (!Array.isArray(arg) || arg.length !== 2 || typeof arg[0] !== 'string')
          return this.err(at, 'Fn::Join takes [delimiter, list]');
        return this.value(arg[1], at);
      case 'Fn::Select':
        if (!Array.isArray(arg) || arg.length !== 2)
          return this.err(at, 'Fn::Select takes [index, list]');
        return this.value(arg, at);
      default:
        return this.value(arg, at);
    }
  }

  private getAtt(id: string, attribute: unknown, path: string): void {
    const r = this.resources[id];
    if (!isObj(r)) return this.err(path, `GetAtt of unknown resource ${id}`);
    if (
      typeof attribute !== 'string' ||
      typeof r.Type !== 'string' ||
      r.Type.startsWith('Custom::')
    )
      return;
    const spec = specResource(r.Type);
    if (spec && !(attribute in spec.attributes))
      this.err(path, `${r.Type} has no attribute ${attribute}`);
  }
}

function describe(v: unknown): string {
  if (Array.isArray(v)) return 'a list';
  if (v === null) return 'null';
  if (typeof v === 'object') return 'an object';
  return JSON.stringify(v);
}

/** Every problem found in a template; an empty list means it is valid. */
export function validateTemplate(template: unknown): TemplateError[] {
  if (!isObj(template)) return [{ path: '', message: 'a template must be an object' }];
  return new Validator(template).run();
}

/** One line per error, for test failure messages. */
export function formatTemplateErrors(errors: readonly TemplateError[]): string {
  return errors.map((e) => `${e.path}: ${e.message}`).join('\n');
}
