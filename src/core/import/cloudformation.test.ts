import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { parseDocument } from 'yaml';
import { describe, expect, it } from 'vitest';
import example from '../../../catalog/examples/serverless-api.json';
import { arbitraryDesign } from '../../../test-support/arbitraries.ts';
import { formatTemplateErrors, validateTemplate } from '../../../test-support/validate-template.ts';
import { wiredDesign } from '../export/__fixtures__/designs.ts';
import { toCloudFormation } from '../export/cloudformation.ts';
import { CFN_TAGS, serialize } from '../export/serialize.ts';
import type { Template } from '../export/template.ts';
import type { DesignDocument } from '../model/types.ts';
import { fromCloudFormation } from './cloudformation.ts';

/** The foreign corpus is read where it lives (../shared/data), never copied into the repository. */
const CORPUS = fileURLToPath(new URL('../../../../shared/data/cfn-corpus', import.meta.url));
const hasCorpus = existsSync(CORPUS);
if (!hasCorpus) console.warn(`cfn-corpus not found at ${CORPUS}: the corpus tests are skipped`);

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory()
      ? f === 'LICENSES'
        ? []
        : files(p)
      : /\.(ya?ml|json)$/.test(f)
        ? [p]
        : [];
  });
}

function parseYaml(text: string): unknown {
  return parseDocument(text, { customTags: CFN_TAGS }).toJS({ maxAliasCount: 100 });
}

function importOk(text: string): DesignDocument {
  const r = fromCloudFormation(text);
  if (!r.ok) throw new Error(r.errors.map((e) => e.message).join('\n'));
  return r.value;
}

/** Export (one stack), import, export: the second and third templates. */
function roundTrip(template: Template): [Template, Template] {
  const second = toCloudFormation(importOk(serialize(template, 'yaml'))).stacks;
  expect(second).toHaveLength(1);
  const third = toCloudFormation(importOk(serialize(second[0].template, 'json'))).stacks[0]
    .template;
  return [second[0].template, third];
}

describe('fromCloudFormation', () => {
  it('imports an exported design back to the same services, containment and edges', () => {
    const t = toCloudFormation(example as unknown as DesignDocument).stacks[0].template;
    const d = importOk(serialize(t, 'yaml'));
    const byId = new Map(d.nodes.map((n) => [n.id, n]));
    expect(byId.get('fn')).toMatchObject({
      service: 'lambda-function',
      parent: 'subnet-a',
      label: 'Orders Handler',
      props: { memoryMb: 512, architecture: 'arm64', timeoutSeconds: 10 },
    });
    expect(byId.get('db')).toMatchObject({
      service: 'rds-instance',
      parent: 'subnet-b',
      props: { engine: 'postgresql', multiAz: true, instanceClass: 'db.t3.medium' },
    });
    expect(byId.get('subnet-a')?.parent).toBe(
      d.nodes.find((n) => n.service === 'availability-zone' && n.props?.zone === 'a')?.id,
    );
    expect(byId.get('vpc')).toMatchObject({ service: 'vpc', props: { cidr: '10.0.0.0/16' } });
    expect(d.edges.map((e) => `${e.source}>${e.target}:${e.meaning}`).sort()).toEqual([
      'api>fn:invoke',
      'fn>db:write',
    ]);
    expect(toCloudFormation(d).stacks[0].template).toEqual(t);
  });

  it('turns event source mappings, subscriptions, notifications, targets and grants into edges', () => {
    const t = toCloudFormation(wiredDesign()).stacks.find(
      (s) => s.region === 'us-east-1',
    )!.template;
    const edges = importOk(serialize(t, 'json')).edges.map((e) => `${e.source}>${e.target}`);
    for (const e of [
      'queue>worker',
      'stream>worker',
      'table>worker',
      'topic>inbox',
      'topic>worker',
      'bucket>worker',
      'bus>worker',
      'bus>flow',
      'alb>web',
      'web>db',
      'cdn>bucket',
      'dns>cdn',
      'fn>table',
      'fn>queue',
    ]) {
      expect(edges).toContain(e);
    }
  });

  it('maps a foreign template: services, VPC membership, unknown types kept, sections kept', () => {
    const text = `
AWSTemplateFormatVersion: "2010-09-09"
Description: Foreign stack
Parameters:
  Size: { Type: String, Default: t3.large }
  Owner: { Type: String }
Conditions:
  HasOwner: !Not [!Equals [!Ref Owner, ""]]
Resources:
  Net: { Type: AWS::EC2::VPC, Properties: { CidrBlock: 10.1.0.0/16 } }
  Sub1: { Type: AWS::EC2::Subnet, Properties: { VpcId: !Ref Net, CidrBlock: 10.1.1.0/24, AvailabilityZone: us-east-1b } }
  Box: { Type: AWS::EC2::Instance, Properties: { InstanceType: !Ref Size, SubnetId: !Ref Sub1, ImageId: ami-123 } }
  Jobs: { Type: AWS::SQS::Queue, Properties: { VisibilityTimeout: "45" } }
  Worker:
    Type: AWS::Lambda::Function
    Properties: { Runtime: python3.12, Handler: index.handler, Role: !GetAtt WorkerRole.Arn, Code: { ZipFile: "x" } }
  WorkerRole:
    Type: AWS::IAM::Role
    Properties:
      AssumeRolePolicyDocument: { Statement: [{ Effect: Allow, Principal: { Service: lambda.amazonaws.com }, Action: sts:AssumeRole }] }
  Mapping: { Type: AWS::Lambda::EventSourceMapping, Properties: { EventSourceArn: !GetAtt Jobs.Arn, FunctionName: !Ref Worker } }
  Crawler: { Type: AWS::Glue::Crawler, Properties: { Role: x, DatabaseName: !Ref Jobs, Targets: {} } }
Outputs:
  QueueUrl: { Value: !Ref Jobs, Condition: HasOwner }
`;
    const d = importOk(text);
    const byId = new Map(d.nodes.map((n) => [n.id, n]));
    expect(byId.get('Box')).toMatchObject({
      service: 'ec2-instance',
      parent: 'Sub1',
      props: { instanceType: 't3.large' },
    });
    expect(byId.get('Sub1')).toMatchObject({
      service: 'private-subnet',
      props: { cidr: '10.1.1.0/24' },
    });
    expect(byId.get(byId.get('Sub1')!.parent!)).toMatchObject({
      service: 'availability-zone',
      props: { zone: 'b' },
    });
    expect(byId.get('Jobs')).toMatchObject({
      service: 'sqs-queue',
      props: { visibilityTimeoutSeconds: 45 },
    });
    expect(byId.has('WorkerRole')).toBe(false);
    expect(byId.get('Crawler')).toMatchObject({
      service: 'generic-resource',
      props: { cfnType: 'AWS::Glue::Crawler' },
    });
    expect(JSON.parse(String(byId.get('Crawler')!.props!.cfnProperties))).toEqual({
      Role: 'x',
      DatabaseName: { Ref: 'Jobs' },
      Targets: {},
    });
    expect(d.edges).toContainEqual(
      expect.objectContaining({ source: 'Jobs', target: 'Worker', meaning: 'trigger' }),
    );
    expect(Object.keys(d.cfn?.parameters ?? {})).toEqual(['Owner']);
    expect(d.cfn?.conditions?.HasOwner).toBeDefined();
    expect(d.cfn?.outputs?.QueueUrl).toEqual({ Value: { Ref: 'Jobs' }, Condition: 'HasOwner' });
    expect(d.name).toBe('Foreign stack');
    const t = toCloudFormation(d).stacks[0].template;
    expect(formatTemplateErrors(validateTemplate(t))).toBe('');
    expect(t.Outputs?.QueueUrl).toEqual({ Value: { Ref: 'Jobs' }, Condition: 'HasOwner' });
  });

  it('places a resource that must be in a subnet but names none in an assumed network', () => {
    const d = importOk(
      'Resources:\n  Db:\n    Type: AWS::RDS::DBInstance\n    Properties: { Engine: mysql, DBInstanceClass: db.t3.micro, MultiAZ: false }\n',
    );
    const db = d.nodes.find((n) => n.id === 'Db')!;
    expect(db).toMatchObject({
      service: 'rds-instance',
      props: { engine: 'mysql', multiAz: false },
    });
    expect(db.notes).toMatch(/assumed network/);
  });

  it('refuses alias bombs, huge input, hostile keys and non-templates with clear errors', () => {
    const bomb = [
      'a: &a ["x","x","x","x","x","x","x","x","x"]',
      ...'bcdefgh'
        .split('')
        .map((c, i) => `${c}: &${c} [${Array(9).fill(`*${'abcdefgh'[i]}`).join(',')}]`),
      'Resources: { Q: { Type: AWS::SQS::Queue } }',
    ].join('\n');
    const refused = (text: string) => {
      const r = fromCloudFormation(text);
      expect(r.ok).toBe(false);
      return r.ok ? '' : r.errors.map((e) => `${e.code}: ${e.message}`).join('\n');
    };
    expect(refused(bomb)).toMatch(/alias-bomb.*resource exhaustion/);
    expect(refused(`Resources: {}\n# ${'x'.repeat(11 * 1024 * 1024)}`)).toMatch(
      /too-large: input is 11\.0 MB; the limit is 10 MB/,
    );
    expect(
      refused(
        '{"Resources": {"Q": {"Type": "AWS::SQS::Queue", "Properties": {"__proto__": {"polluted": true}}}}}',
      ),
    ).toMatch(/forbidden-key.*__proto__/);
    expect(
      refused(
        'Resources:\n  Q:\n    Type: AWS::SQS::Queue\n    Properties:\n      constructor: { prototype: 1 }\n',
      ),
    ).toMatch(/forbidden-key.*constructor/);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(refused('- just\n- a list\n')).toMatch(/must be a mapping/);
    expect(refused('"text"')).toMatch(/must be a mapping/);
    expect(refused('Description: no resources\n')).toMatch(/no Resources section/);
    expect(refused('Resources:\n  Q: { Properties: {} }\n')).toMatch(/resource Q needs a Type/);
    expect(refused('Resources: [\n')).toMatch(/not valid YAML: .* at line 2, column 1/);
    expect(refused('{"Resources": ')).toMatch(/not valid JSON/);
    expect(refused('   ')).toMatch(/empty/);
  });

  it('export, import, export is stable (random designs)', () => {
    fc.assert(
      fc.property(arbitraryDesign, (d) => {
        for (const stack of toCloudFormation(d).stacks) {
          const [second, third] = roundTrip(stack.template);
          expect(third).toEqual(second);
          expect(formatTemplateErrors(validateTemplate(second))).toBe('');
        }
      }),
      { numRuns: 30 },
    );
  });
});

describe.skipIf(!hasCorpus)('the foreign templates of ../shared/data/cfn-corpus', () => {
  const inputs = hasCorpus
    ? files(CORPUS).flatMap((file): [string, string][] => {
        const text = readFileSync(file, 'utf8');
        const name = file.slice(CORPUS.length + 1);
        const parsed = parseYaml(text);
        // cfn-guard test specs hold many cases, each with its template under `input`.
        const cases = Array.isArray(parsed)
          ? parsed.map((c, i): [string, string] => [
              `${name}#${i}`,
              serialize((c as { input?: Template }).input ?? ({} as Template), 'yaml'),
            ])
          : [];
        return [[name, text], ...cases];
      })
    : [];

  it.each(inputs)(
    '%s imports without throwing; if valid, it round-trips to a valid template',
    (_name, text) => {
      const r = fromCloudFormation(text);
      const original = parseYaml(text);
      if (!r.ok) {
        expect(r.errors[0].message).toBeTypeOf('string');
        return;
      }
      if (validateTemplate(original).length > 0) return;
      for (const s of toCloudFormation(r.value).stacks)
        expect(formatTemplateErrors(validateTemplate(s.template))).toBe('');
    },
  );

  it('imports most of the corpus', () => {
    const imported = inputs.filter(([, text]) => fromCloudFormation(text).ok).length;
    expect(imported).toBeGreaterThan(140);
  });
});
