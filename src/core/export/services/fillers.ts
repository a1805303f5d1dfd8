/**
 * Per resource type: what a resource needs to deploy that the catalog does not give (references
 * to the other resources of the same node, required names, minimal required configuration).
 * Values are only set where absent, so the catalog and the design always win.
 */
import { getAtt, intrinsicName, isPlainObject, ref, sub, type Json } from '../template.ts';
import { FILLS_MORE } from './fillers-more.ts';
import { stackScopedName, underscoreName } from './names.ts';
import type { Shaper } from './shaper.ts';

export type Fill = (s: Shaper, i: number, props: Record<string, Json>) => Record<string, Json>;

/** A reference to a sibling resource of the node by type: Ref, or GetAtt of an attribute. */
export function sibling(s: Shaper, type: string, attribute?: string): Json | null {
  const j = s.indexOf(type);
  if (j < 0) return null;
  return attribute ? getAtt(s.id(j), attribute) : ref(s.id(j));
}

/** Sets each value whose key is absent and whose value is not null. */
function setMissing(props: Record<string, Json>, values: Record<string, Json | null>): void {
  for (const [k, v] of Object.entries(values)) {
    if (v === null) continue;
    const have = props[k];
    if (have === undefined) props[k] = v;
    else if (isPlainObject(have) && isPlainObject(v) && !intrinsicName(have) && !intrinsicName(v))
      setMissing(have as Record<string, Json>, v as Record<string, Json>);
  }
}

const FILLS: Readonly<Record<string, Fill>> = {
  'AWS::ApiGateway::Deployment': (s) => ({
    RestApiId: sibling(s, 'AWS::ApiGateway::RestApi') ?? '',
  }),
  'AWS::Amplify::App': (s) => ({ Name: stackScopedName(s.out) }),
  'AWS::Amplify::Branch': (s) => ({
    AppId: sibling(s, 'AWS::Amplify::App', 'AppId') ?? '',
    BranchName: 'main',
  }),
  'AWS::AppStream::StackFleetAssociation': (s) => ({
    FleetName: sibling(s, 'AWS::AppStream::Fleet') ?? '',
    StackName: sibling(s, 'AWS::AppStream::Stack') ?? '',
  }),
  'AWS::AppStream::Fleet': (s) => ({
    Name: stackScopedName(s.out),
    InstanceType: 'stream.standard.medium',
    ComputeCapacity: { DesiredInstances: 1 },
  }),
  'AWS::AppSync::GraphQLApi': (s) => ({ Name: stackScopedName(s.out) }),
  'AWS::Athena::WorkGroup': (s) => ({ Name: stackScopedName(s.out) }),
  'AWS::Batch::JobQueue': (s) => ({
    Priority: 1,
    ComputeEnvironmentOrder: [
      { ComputeEnvironment: sibling(s, 'AWS::Batch::ComputeEnvironment') ?? '', Order: 1 },
    ],
  }),
  'AWS::Batch::JobDefinition': () => ({
    Type: 'container',
    ContainerProperties: {
      Image: 'public.ecr.aws/amazonlinux/amazonlinux:2023',
      Command: ['echo', 'replace with the job'],
      ResourceRequirements: [
        { Type: 'VCPU', Value: '1' },
        { Type: 'MEMORY', Value: '2048' },
      ],
    },
  }),
  'AWS::Cassandra::Keyspace': (s) => ({ KeyspaceName: underscoreName(s.out) }),
  'AWS::Cassandra::Table': (s) => ({
    KeyspaceName: sibling(s, 'AWS::Cassandra::Keyspace') ?? '',
    PartitionKeyColumns: [{ ColumnName: 'id', ColumnType: 'text' }],
    BillingMode: { Mode: 'ON_DEMAND' },
  }),
  'AWS::Cognito::UserPoolClient': (s) => ({
    UserPoolId: sibling(s, 'AWS::Cognito::UserPool') ?? '',
  }),
  'AWS::DocDB::DBInstance': (s) => ({
    DBClusterIdentifier: sibling(s, 'AWS::DocDB::DBCluster') ?? '',
    DBInstanceClass: 'db.r6g.large',
  }),
  'AWS::DocDB::DBCluster': () => ({ MasterUsername: 'dbadmin', ManageMasterUserPassword: true }),
  'AWS::Neptune::DBInstance': (s) => ({
    DBClusterIdentifier: sibling(s, 'AWS::Neptune::DBCluster') ?? '',
    DBInstanceClass: 'db.r6g.large',
  }),
  'AWS::EFS::MountTarget': (s) => ({ FileSystemId: sibling(s, 'AWS::EFS::FileSystem') ?? '' }),
  'AWS::EKS::Nodegroup': (s) => ({ ClusterName: sibling(s, 'AWS::EKS::Cluster') ?? '' }),
  'AWS::ElasticBeanstalk::Environment': (s) => ({
    ApplicationName: sibling(s, 'AWS::ElasticBeanstalk::Application') ?? '',
  }),
  'AWS::ElastiCache::ReplicationGroup': (s) => ({
    ReplicationGroupDescription: `${s.id()} (Cloudwright)`,
  }),
  'AWS::Events::Rule': () => ({ EventPattern: { account: [ref('AWS::AccountId')] } }),
  'AWS::GlobalAccelerator::Accelerator': (s) => ({ Name: s.id().slice(0, 64) }),
  'AWS::GlobalAccelerator::Listener': (s) => ({
    AcceleratorArn: sibling(s, 'AWS::GlobalAccelerator::Accelerator') ?? '',
    Protocol: 'TCP',
    PortRanges: [{ FromPort: 443, ToPort: 443 }],
  }),
  'AWS::GlobalAccelerator::EndpointGroup': (s) => ({
    ListenerArn: sibling(s, 'AWS::GlobalAccelerator::Listener') ?? '',
    EndpointGroupRegion: ref('AWS::Region'),
  }),
  'AWS::KMS::Alias': (s) => ({
    TargetKeyId: sibling(s, 'AWS::KMS::Key') ?? '',
    AliasName: sub(`alias/\${AWS::StackName}/${s.id().toLowerCase()}`),
  }),
  'AWS::Lex::BotVersion': (s) => ({
    BotId: sibling(s, 'AWS::Lex::Bot') ?? '',
    BotVersionLocaleSpecification: [
      { LocaleId: 'en_US', BotVersionLocaleDetails: { SourceBotVersion: 'DRAFT' } },
    ],
  }),
  'AWS::Lex::BotAlias': (s) => ({
    BotId: sibling(s, 'AWS::Lex::Bot') ?? '',
    BotAliasName: 'live',
    BotVersion: sibling(s, 'AWS::Lex::BotVersion', 'BotVersion'),
  }),
  'AWS::Lex::Bot': (s) => ({ Name: s.id().slice(0, 100) }),
  'AWS::Personalize::DatasetGroup': (s) => ({ Name: s.id().slice(0, 63) }),
  'AWS::Personalize::Solution': (s) => ({
    Name: `${s.id()}Solution`.slice(0, 63),
    DatasetGroupArn: sibling(s, 'AWS::Personalize::DatasetGroup') ?? '',
  }),
  'AWS::Route53::RecordSet': (s) => ({
    HostedZoneId: sibling(s, 'AWS::Route53::HostedZone') ?? '',
  }),
  'AWS::Route53RecoveryControl::Cluster': (s) => ({ Name: s.id().slice(0, 64) }),
  'AWS::Route53RecoveryControl::ControlPanel': (s) => ({
    Name: `${s.id()}Panel`.slice(0, 64),
    ClusterArn: sibling(s, 'AWS::Route53RecoveryControl::Cluster'),
  }),
  'AWS::Route53RecoveryControl::RoutingControl': (s) => ({
    Name: `${s.id()}Control`.slice(0, 64),
    ControlPanelArn: sibling(s, 'AWS::Route53RecoveryControl::ControlPanel'),
  }),
  'AWS::Route53RecoveryControl::SafetyRule': (s) => ({
    Name: `${s.id()}Rule`.slice(0, 64),
    ControlPanelArn: sibling(s, 'AWS::Route53RecoveryControl::ControlPanel') ?? '',
    AssertionRule: {
      AssertedControls: [sibling(s, 'AWS::Route53RecoveryControl::RoutingControl') ?? ''],
      WaitPeriodMs: 5000,
    },
  }),
  'AWS::SageMaker::Endpoint': (s) => ({
    EndpointConfigName: sibling(s, 'AWS::SageMaker::EndpointConfig', 'EndpointConfigName') ?? '',
  }),
  'AWS::SecretsManager::RotationSchedule': (s) => ({
    SecretId: sibling(s, 'AWS::SecretsManager::Secret') ?? '',
  }),
  'AWS::Timestream::Table': (s) => ({
    DatabaseName: sibling(s, 'AWS::Timestream::Database') ?? '',
  }),
  'AWS::Transfer::User': (s) => ({
    ServerId: sibling(s, 'AWS::Transfer::Server', 'ServerId') ?? '',
    UserName: 'transfer-user',
  }),
  'AWS::XRay::Group': (s) => ({ GroupName: s.id().slice(0, 32) }),
  'AWS::EC2::SecurityGroup': (s) => ({ GroupDescription: `${s.id()} (Cloudwright)` }),
  'AWS::ECS::Service': () => ({
    DeploymentConfiguration: { DeploymentCircuitBreaker: { Enable: true, Rollback: true } },
  }),
  'AWS::EMR::Cluster': () => ({
    ManagedScalingPolicy: { ComputeLimits: { MinimumCapacityUnits: 2, UnitType: 'Instances' } },
  }),
  ...FILLS_MORE,
};

/** Fills the required settings of the node's i-th resource. */
export function fillType(s: Shaper, i: number): void {
  const def = s.def(i);
  const fill = def && FILLS[def.Type];
  if (!def || !fill) return;
  const props = (def.Properties ??= {});
  setMissing(props, fill(s, i, props) as Record<string, Json | null>);
}
