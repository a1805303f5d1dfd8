/**
 * What the exporter needs to know about CloudFormation resource types: which take tags and how,
 * which hold data, which properties are required, which attributes exist. The official
 * specification is ~10 MB and stays out of the shipped bundle, so these facts are extracted from
 * it into `resource-facts.json` by `resource-facts.test.ts` (run with UPDATE_FACTS=1 after the
 * catalog gains a type) and checked against it on every test run.
 */
import factsJson from './resource-facts.json';

export type ValueKind = 'string' | 'number' | 'integer' | 'boolean' | 'array' | 'object' | 'json';

export interface TypeFacts {
  /** `variant:PropertyName` of the type's tags, e.g. `standard:Tags`, `map:Tags`, `asg:Tags`. */
  tags?: string;
  /** Holds data that deleting the resource would lose (the spec's `isStateful`). */
  stateful?: boolean;
  /** Required top-level properties and the kind of value each takes. */
  required?: Record<string, ValueKind>;
  /** Attribute names `Fn::GetAtt` accepts. */
  attributes?: string[];
  /**
   * For each catalog property path on this type: the kind of its leaf value and the prefixes
   * of the path that are lists (a property under a list is set on every element).
   */
  paths?: Record<string, { kind: ValueKind; lists?: string[] }>;
}

const FACTS = factsJson as Record<string, TypeFacts>;

/**
 * Types the exporter creates by itself, beyond those the catalog names; the facts generator
 * covers them too.
 */
export const EXTRA_TYPES: readonly string[] = [
  'AWS::CloudFormation::WaitConditionHandle',
  'AWS::EC2::EIP',
  'AWS::EC2::FlowLog',
  'AWS::EC2::InternetGateway',
  'AWS::EC2::NatGateway',
  'AWS::EC2::Route',
  'AWS::EC2::RouteTable',
  'AWS::EC2::SecurityGroup',
  'AWS::EC2::SecurityGroupIngress',
  'AWS::EC2::Subnet',
  'AWS::EC2::SubnetRouteTableAssociation',
  'AWS::EC2::VPC',
  'AWS::EC2::VPCGatewayAttachment',
  'AWS::Events::Rule',
  'AWS::IAM::InstanceProfile',
  'AWS::IAM::Role',
  'AWS::Lambda::EventSourceMapping',
  'AWS::Lambda::Permission',
  'AWS::Logs::LogGroup',
  'AWS::S3::BucketPolicy',
  'AWS::SNS::Subscription',
  'AWS::SNS::TopicPolicy',
  'AWS::SQS::QueuePolicy',
  'AWS::ApiGatewayV2::Api',
  'AWS::ApiGateway::Method',
  'AWS::ApiGateway::Resource',
  'AWS::ElasticLoadBalancingV2::TargetGroup',
  'AWS::Route53::RecordSet',
];

export function factsOf(type: string): TypeFacts | undefined {
  return Object.prototype.hasOwnProperty.call(FACTS, type) ? FACTS[type] : undefined;
}

/** Resource types whose data the design's category marks as kept, beyond the spec's stateful ones. */
const DATA_TYPE =
  /::(Bucket|Table|Stream|DeliveryStream|Queue|Topic|DBCluster|DBInstance|Cluster|FileSystem|Volume|Repository|Ledger|Database|Domain|Secret|Key|LogGroup|Broker|Namespace|BackupVault)$/;

/**
 * Whether deleting or replacing the resource would lose data, so it gets DeletionPolicy and
 * UpdateReplacePolicy Retain: the spec's `isStateful`, or a data store of a database or storage
 * service (buckets, tables, streams, queues), which the spec does not always mark.
 */
export function isStateful(type: string, category?: string): boolean {
  if (factsOf(type)?.stateful) return true;
  if (category === 'databases' || category === 'storage') return DATA_TYPE.test(type);
  return /::(Bucket|Table|Stream|Queue|DBCluster|DBInstance|FileSystem|Volume|Ledger)$/.test(type);
}

/** `[variant, property]` of the type's tags, or null when it takes none. */
export function tagsOf(type: string): [string, string] | null {
  const t = factsOf(type)?.tags;
  if (!t) return null;
  const i = t.indexOf(':');
  return [t.slice(0, i), t.slice(i + 1)];
}

export function hasAttribute(type: string, attribute: string): boolean {
  return factsOf(type)?.attributes?.includes(attribute) ?? false;
}
