/**
 * Every exported template is checked against the official resource specification: the example,
 * a design with every kind of wiring, one with a node of every catalog entry, and random designs.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import example from '../../../catalog/examples/serverless-api.json';
import { arbitraryDesign } from '../../../test-support/arbitraries.ts';
import { formatTemplateErrors, validateTemplate } from '../../../test-support/validate-template.ts';
import { restoreDesign } from '../model/restore.ts';
import type { DesignDocument } from '../model/types.ts';
import { everyServiceDesign, wiredDesign } from './__fixtures__/designs.ts';
import { toCloudFormation } from './cloudformation.ts';

function errorsOf(d: DesignDocument): string {
  return toCloudFormation(d)
    .stacks.map((s) => formatTemplateErrors(validateTemplate(s.template)))
    .filter(Boolean)
    .join('\n');
}

describe('exported templates validate against @aws-cdk/aws-service-spec', () => {
  it('the example design', () => {
    expect(errorsOf(example as unknown as DesignDocument)).toBe('');
  });

  it('a design with every kind of wiring, in two Regions', () => {
    const d = wiredDesign();
    expect(restoreDesign(d).ok).toBe(true);
    expect(errorsOf(d)).toBe('');
  });

  it('a design with a node of every catalog entry', () => {
    const d = everyServiceDesign();
    expect(restoreDesign(d).ok).toBe(true);
    expect(errorsOf(d)).toBe('');
  });

  it('random valid designs (fast-check)', () => {
    fc.assert(
      fc.property(arbitraryDesign, (d) => {
        expect(restoreDesign(d).ok).toBe(true);
        expect(errorsOf(d)).toBe('');
      }),
      { numRuns: 50 },
    );
  });
});

describe('the validator', () => {
  it('finds what is wrong with a hand-broken template', () => {
    const broken = {
      AWSTemplateFormatVersion: '2010-09-09',
      Parameters: { Env: { Type: 'Strin', Default: 'x', AllowedValues: ['a'] } },
      Resources: {
        Queue: {
          Type: 'AWS::SQS::Queue',
          DependsOn: ['Missing'],
          Condition: 'NoSuchCondition',
          Properties: {
            VisibilityTimeout: 'soon',
            Colour: 'blue',
            DelaySeconds: [1],
            Tags: [{ Key: 'a' }],
          },
        },
        Fn: {
          Type: 'AWS::Lambda::Function',
          Properties: {
            Role: { 'Fn::GetAtt': ['Queue', 'Nope'] },
            Code: { ZipFile: { 'Fn::Sub': '${Unknown} ${Queue.Arn} ${Queue.Bad}' } },
            Runtime: { Ref: 'Ghost' },
            MemorySize: true,
            VpcConfig: { SubnetIds: 'subnet-1' },
          },
        },
        Thing: { Type: 'AWS::Nope::Thing' },
        Table: { Type: 'AWS::DynamoDB::Table', Properties: { BillingMode: 'PAY_PER_REQUEST' } },
        Bad: { Type: 'AWS::SNS::Topic', Frobnicate: true },
      },
      Outputs: { Out: { Value: { Ref: 'Nobody' } }, 'bad-name': { Value: 'x' } },
    };
    const messages = validateTemplate(broken).map((e) => `${e.path}: ${e.message}`);
    expect(messages).toEqual(
      expect.arrayContaining([
        'Parameters.Env.Type: unknown parameter type "Strin"',
        'Parameters.Env.Default: default "x" is not one of the AllowedValues',
        'Resources.Queue.Condition: no condition named "NoSuchCondition"',
        'Resources.Queue.DependsOn[0]: DependsOn names no resource: "Missing"',
        'Resources.Queue.Properties.VisibilityTimeout: expected an integer, got "soon"',
        'Resources.Queue.Properties.Colour: unknown property Colour',
        'Resources.Queue.Properties.DelaySeconds: expected an integer, got a list',
        'Resources.Queue.Properties.Tags[0]: expected a tag {Key, Value}, got an object',
        'Resources.Fn.Properties.Role.Fn::GetAtt: AWS::SQS::Queue has no attribute Nope',
        'Resources.Fn.Properties.Code.ZipFile.Fn::Sub: Sub refers to unknown ${Unknown}',
        'Resources.Fn.Properties.Code.ZipFile.Fn::Sub: AWS::SQS::Queue has no attribute Bad',
        'Resources.Fn.Properties.Runtime.Ref: Ref to unknown Ghost',
        'Resources.Fn.Properties.MemorySize: expected an integer, got true',
        'Resources.Fn.Properties.VpcConfig.SubnetIds: expected a list, got "subnet-1"',
        'Resources.Thing.Type: unknown resource type AWS::Nope::Thing',
        'Resources.Table.Properties.KeySchema: required property KeySchema is missing',
        'Resources.Bad.Frobnicate: unknown resource attribute "Frobnicate"',
        'Outputs.Out.Value.Ref: Ref to unknown Nobody',
        'Outputs.bad-name: output names must be alphanumeric',
      ]),
    );
    expect(messages.some((m) => m.startsWith('Resources.Fn.Properties.Code'))).toBe(true);
  });

  it('finds missing required properties inside nested property types', () => {
    const t = {
      Resources: {
        Fn: {
          Type: 'AWS::Lambda::Function',
          Properties: { Role: 'r', Code: {}, DeadLetterConfig: {}, EphemeralStorage: {} },
        },
      },
    };
    expect(validateTemplate(t).map((e) => e.path)).toContain(
      'Resources.Fn.Properties.EphemeralStorage.Size',
    );
  });

  it('accepts intrinsic functions wherever a value is, and pseudo parameters', () => {
    const t = {
      Conditions: { Prod: { 'Fn::Equals': [{ Ref: 'AWS::Region' }, 'us-east-1'] } },
      Resources: {
        Queue: {
          Type: 'AWS::SQS::Queue',
          Properties: {
            VisibilityTimeout: { 'Fn::If': ['Prod', 60, 30] },
            QueueName: { 'Fn::Sub': '${AWS::StackName}-q' },
          },
        },
      },
      Outputs: { Url: { Value: { 'Fn::GetAtt': 'Queue.QueueUrl' }, Condition: 'Prod' } },
    };
    expect(validateTemplate(t)).toEqual([]);
  });

  it('enforces CloudFormation limits', () => {
    const resources = Object.fromEntries(
      Array.from({ length: 501 }, (_, i) => [`Q${i}`, { Type: 'AWS::SQS::Queue' }]),
    );
    expect(validateTemplate({ Resources: resources }).map((e) => e.message)).toContain(
      '501 entries; CloudFormation allows 500',
    );
  });
});
