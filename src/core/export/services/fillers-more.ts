/**
 * Type fills for services whose resources need configuration that a design does not hold: the
 * smallest settings that deploy, a role where the service acts on the account's behalf, and
 * parameters for what only the user can know (an account id, a domain).
 */
import { getAtt, join, ref, sub, type Json } from '../template.ts';
import { kebab, stackScopedName } from './names.ts';
import type { Fill } from './fillers.ts';
import { sibling } from './fillers.ts';
import type { Shaper } from './shaper.ts';

/** A role a service assumes, with an inline policy and optional AWS-managed policies it requires. */
export function serviceRole(
  s: Shaper,
  suffix: string,
  principal: string,
  statements: Json[],
  managed: string[] = [],
): string {
  const props: Record<string, Json> = {
    AssumeRolePolicyDocument: {
      Version: '2012-10-17',
      Statement: [
        { Effect: 'Allow', Principal: { Service: principal }, Action: ['sts:AssumeRole'] },
      ],
    },
  };
  if (statements.length > 0)
    props.Policies = [
      {
        PolicyName: 'least-privilege',
        PolicyDocument: { Version: '2012-10-17', Statement: statements },
      },
    ];
  if (managed.length > 0)
    props.ManagedPolicyArns = managed.map((m) =>
      sub(`arn:\${AWS::Partition}:iam::aws:policy/${m}`),
    );
  return s.add(suffix, 'AWS::IAM::Role', props);
}

/** A parameter the user must fill, with a manual step saying so. */
function ask(
  s: Shaper,
  suffix: string,
  description: string,
  extra: Record<string, Json> = {},
): Json {
  const name = s.param(suffix, { Type: 'String', Description: description, ...extra });
  s.note(`${description} (stack parameter ${name ?? suffix}).`);
  return name ? ref(name) : '';
}

/** A private bucket the stack owns, for services that deliver files (logs, artifacts, configuration snapshots). */
function ownBucket(s: Shaper, suffix: string): string {
  return s.add(suffix, 'AWS::S3::Bucket', {
    PublicAccessBlockConfiguration: {
      BlockPublicAcls: true,
      BlockPublicPolicy: true,
      IgnorePublicAcls: true,
      RestrictPublicBuckets: true,
    },
    BucketEncryption: {
      ServerSideEncryptionConfiguration: [
        { ServerSideEncryptionByDefault: { SSEAlgorithm: 'AES256' } },
      ],
    },
    OwnershipControls: { Rules: [{ ObjectOwnership: 'BucketOwnerEnforced' }] },
  });
}

const TRUST: Readonly<Record<string, string>> = {
  lambda: 'lambda.amazonaws.com',
  ec2: 'ec2.amazonaws.com',
  ecs: 'ecs-tasks.amazonaws.com',
};

export const FILLS_MORE: Readonly<Record<string, Fill>> = {
  'AWS::IAM::Role': (s) => {
    const trusted = String(s.p('trustedService') ?? '') || 'lambda.amazonaws.com';
    const principal =
      TRUST[trusted] ?? (trusted.includes('.') ? trusted : `${trusted}.amazonaws.com`);
    return {
      AssumeRolePolicyDocument: {
        Version: '2012-10-17',
        Statement: [
          { Effect: 'Allow', Principal: { Service: principal }, Action: ['sts:AssumeRole'] },
        ],
      },
    };
  },
  'AWS::AppSync::GraphQLApi': (s, _i, props) => {
    const log = props.LogConfig as Record<string, Json> | undefined;
    if (log && log.CloudWatchLogsRoleArn === undefined) {
      log.CloudWatchLogsRoleArn = getAtt(
        serviceRole(
          s,
          'LogsRole',
          'appsync.amazonaws.com',
          [],
          ['service-role/AWSAppSyncPushToCloudWatchLogs'],
        ),
        'Arn',
      );
    }
    return { Name: stackScopedName(s.out) };
  },
  'AWS::Backup::BackupVault': (s) => ({ BackupVaultName: stackScopedName(s.out) }),
  'AWS::Backup::BackupPlan': (s) => ({
    BackupPlan: {
      BackupPlanName: stackScopedName(s.out),
      BackupPlanRule: [
        {
          RuleName: 'daily',
          TargetBackupVault: sibling(s, 'AWS::Backup::BackupVault') ?? 'Default',
          ScheduleExpression: 'cron(0 5 ? * * *)',
          Lifecycle: { DeleteAfterDays: 35 },
        },
      ],
    },
  }),
  'AWS::Backup::BackupSelection': (s) => ({
    BackupPlanId: sibling(s, 'AWS::Backup::BackupPlan') ?? '',
    BackupSelection: {
      SelectionName: 'tagged-resources',
      IamRoleArn: getAtt(
        serviceRole(
          s,
          'SelectionRole',
          'backup.amazonaws.com',
          [],
          ['service-role/AWSBackupServiceRolePolicyForBackup'],
        ),
        'Arn',
      ),
      ListOfTags: [
        {
          ConditionType: 'STRINGEQUALS',
          ConditionKey: 'Application',
          ConditionValue: s.ctx.design.name.slice(0, 256),
        },
      ],
    },
  }),
  'AWS::CodeBuild::Project': () => ({
    Source: {
      Type: 'NO_SOURCE',
      BuildSpec:
        'version: 0.2\nphases:\n  build:\n    commands:\n      - echo "replace with the build"\n',
    },
    Artifacts: { Type: 'NO_ARTIFACTS' },
  }),
  'AWS::CodeCommit::Repository': (s) => ({ RepositoryName: stackScopedName(s.out) }),
  'AWS::CodePipeline::Pipeline': (s) => {
    const store = ownBucket(s, 'ArtifactBucket');
    const source = ask(
      s,
      'SourceObjectKey',
      'S3 key of the source archive the pipeline starts from, in its artifact bucket',
      { Default: 'source.zip' },
    );
    return {
      ArtifactStore: { Type: 'S3', Location: ref(store) },
      Stages: [
        {
          Name: 'Source',
          Actions: [
            {
              Name: 'Source',
              ActionTypeId: { Category: 'Source', Owner: 'AWS', Provider: 'S3', Version: '1' },
              Configuration: { S3Bucket: ref(store), S3ObjectKey: source },
              OutputArtifacts: [{ Name: 'SourceOutput' }],
            },
          ],
        },
        {
          Name: 'Approve',
          Actions: [
            {
              Name: 'Approve',
              ActionTypeId: {
                Category: 'Approval',
                Owner: 'AWS',
                Provider: 'Manual',
                Version: '1',
              },
            },
          ],
        },
      ],
    };
  },
  'AWS::Config::ConfigurationRecorder': () => ({
    // AWS Config works through its service-linked role, which the account has or AWS creates.
    RoleARN: sub(
      'arn:${AWS::Partition}:iam::${AWS::AccountId}:role/aws-service-role/config.amazonaws.com/AWSServiceRoleForConfig',
    ),
  }),
  'AWS::Config::DeliveryChannel': (s) => ({ S3BucketName: ref(ownBucket(s, 'ConfigBucket')) }),
  'AWS::Config::ConfigRule': () => ({
    Source: { Owner: 'AWS', SourceIdentifier: 'S3_BUCKET_SERVER_SIDE_ENCRYPTION_ENABLED' },
  }),
  'AWS::CloudTrail::Trail': (s) => ({
    S3BucketName: ask(
      s,
      'TrailBucket',
      'Name of the S3 bucket CloudTrail delivers logs to (its bucket policy must allow cloudtrail.amazonaws.com)',
    ),
  }),
  'AWS::CloudWatch::Dashboard': (s) => ({
    DashboardBody: JSON.stringify({
      widgets: [
        {
          type: 'text',
          x: 0,
          y: 0,
          width: 24,
          height: 2,
          properties: { markdown: `# ${s.ctx.design.name.replace(/[^\w .-]/g, '')}` },
        },
      ],
    }),
  }),
  'AWS::ControlTower::LandingZone': (s) => ({
    Manifest: {
      governedRegions: [ref('AWS::Region')],
      organizationStructure: { security: { name: 'Security' } },
      centralizedLogging: { enabled: true },
      securityRoles: {
        accountId: ask(s, 'AuditAccountId', 'Id of the audit account of the landing zone'),
      },
      accessManagement: { enabled: true },
    },
  }),
  'AWS::ControlTower::EnabledControl': (s) => ({
    ControlIdentifier: ask(s, 'ControlArn', 'ARN of the Control Tower control to enable'),
    TargetIdentifier: ask(
      s,
      'TargetOuArn',
      'ARN of the organizational unit the control applies to',
    ),
  }),
  'AWS::CE::AnomalySubscription': (s) => ({
    MonitorArnList: [sibling(s, 'AWS::CE::AnomalyMonitor') ?? ''],
    Subscribers: [
      {
        Type: 'EMAIL',
        Address: ask(s, 'AlertEmail', 'E-mail address that receives cost anomaly alerts'),
      },
    ],
    Threshold: 100,
  }),
  'AWS::DataExchange::DataSet': (s) => ({ Description: `${s.id()} data set` }),
  'AWS::DataSync::LocationS3': (s) => {
    const bucket = ask(s, 'BucketArn', 'ARN of the S3 bucket DataSync copies to');
    const role = serviceRole(s, 'BucketRole', 'datasync.amazonaws.com', [
      {
        Effect: 'Allow',
        Action: ['s3:GetBucketLocation', 's3:ListBucket', 's3:ListBucketMultipartUploads'],
        Resource: [bucket],
      },
      {
        Effect: 'Allow',
        Action: [
          's3:AbortMultipartUpload',
          's3:DeleteObject',
          's3:GetObject',
          's3:ListMultipartUploadParts',
          's3:PutObject',
          's3:GetObjectTagging',
          's3:PutObjectTagging',
        ],
        Resource: [join('', [bucket, '/*'])],
      },
    ]);
    return { S3BucketArn: bucket, S3Config: { BucketAccessRoleArn: getAtt(role, 'Arn') } };
  },
  'AWS::DataSync::Task': (s) => ({
    SourceLocationArn: ask(
      s,
      'SourceLocationArn',
      'ARN of the DataSync location to copy from (an agent-backed NFS, SMB or object-storage location)',
    ),
    DestinationLocationArn: sibling(s, 'AWS::DataSync::LocationS3') ?? '',
  }),
  'AWS::DataBrew::Dataset': (s) => ({
    Name: `${s.id()}Dataset`,
    Input: {
      S3InputDefinition: {
        Bucket: ask(s, 'InputBucket', 'Name of the S3 bucket holding the DataBrew input data'),
      },
    },
  }),
  'AWS::DataBrew::Job': (s) => {
    const output = ownBucket(s, 'OutputBucket');
    return {
      Name: `${s.id()}Job`,
      DatasetName: sibling(s, 'AWS::DataBrew::Dataset') ?? '',
      Outputs: [{ Location: { Bucket: ref(output) } }],
      RoleArn: getAtt(
        serviceRole(
          s,
          'JobRole',
          'databrew.amazonaws.com',
          [
            {
              Effect: 'Allow',
              Action: ['s3:PutObject', 's3:GetObject', 's3:ListBucket'],
              Resource: [getAtt(output, 'Arn'), join('', [getAtt(output, 'Arn'), '/*'])],
            },
          ],
          ['service-role/AWSGlueDataBrewServiceRole'],
        ),
        'Arn',
      ),
    };
  },
  'AWS::Glue::Database': (s) => ({
    DatabaseInput: {
      Name: kebab(s.id(), 60).replace(/-/g, '_'),
      Description: `${s.id()} catalog database`,
    },
  }),
  'AWS::Glue::Job': (s, _i, props) => {
    const scripts = ownBucket(s, 'ScriptBucket');
    const command = (props.Command as Record<string, Json>) ?? {};
    return {
      Command: {
        ...command,
        Name: command.Name ?? 'glueetl',
        ScriptLocation: sub(`s3://\${${scripts}}/scripts/${kebab(s.id())}.py`),
      },
    };
  },
  'AWS::IoT::TopicRule': (_s, _i, props) => {
    const payload = (props.TopicRulePayload as Record<string, Json>) ?? {};
    props.TopicRulePayload = {
      Sql: "SELECT * FROM 'devices/+/telemetry'",
      ...payload,
      Actions: payload.Actions ?? [],
    };
    return {};
  },
  'AWS::IoT::Policy': (s) => ({
    PolicyDocument: {
      Version: '2012-10-17',
      Statement: [
        {
          Effect: 'Allow',
          Action: ['iot:Connect'],
          Resource: [
            sub(
              'arn:${AWS::Partition}:iot:${AWS::Region}:${AWS::AccountId}:client/${!iot:Connection.Thing.ThingName}',
            ),
          ],
        },
        {
          Effect: 'Allow',
          Action: ['iot:Publish'],
          Resource: [
            sub(
              `arn:\${AWS::Partition}:iot:\${AWS::Region}:\${AWS::AccountId}:topic/devices/\${!iot:Connection.Thing.ThingName}/*`,
            ),
          ],
        },
      ],
    },
    PolicyName: stackScopedName(s.out),
  }),
  'AWS::GreengrassV2::Deployment': (s) => ({
    TargetArn: ask(
      s,
      'TargetArn',
      'ARN of the IoT thing or thing group the Greengrass deployment targets',
    ),
  }),
  'AWS::LakeFormation::Resource': (s) => ({
    ResourceArn: ask(s, 'DataLocationArn', 'ARN of the S3 location Lake Formation governs'),
  }),
  'AWS::NetworkFirewall::FirewallPolicy': (s) => ({ FirewallPolicyName: kebab(s.id()) }),
  'AWS::NetworkFirewall::Firewall': (s) => {
    const subnets = s.ctx
      .subnetsFor(s.out.node.id, 1)
      .map((n) => ({ SubnetId: s.ctx.refTo(s.out.node.id, n.id) ?? '' }));
    return {
      FirewallName: kebab(s.id()),
      FirewallPolicyArn: sibling(s, 'AWS::NetworkFirewall::FirewallPolicy') ?? '',
      SubnetMappings: subnets.length ? subnets : null,
    };
  },
  'AWS::NetworkFirewall::LoggingConfiguration': (s) => {
    const logs = s.add('FlowLogGroup', 'AWS::Logs::LogGroup', { RetentionInDays: 90 });
    return {
      FirewallArn: sibling(s, 'AWS::NetworkFirewall::Firewall') ?? '',
      LoggingConfiguration: {
        LogDestinationConfigs: [
          {
            LogType: 'ALERT',
            LogDestinationType: 'CloudWatchLogs',
            LogDestination: { logGroup: ref(logs) },
          },
        ],
      },
    };
  },
  'AWS::Organizations::OrganizationalUnit': (s) => ({
    Name: `${s.id()}Unit`,
    ParentId: ask(s, 'ParentId', 'Id of the root or organizational unit the new unit goes under'),
  }),
  'AWS::Organizations::Policy': (s) => ({
    Name: `${s.id()}Policy`,
    Content: {
      Version: '2012-10-17',
      Statement: [
        {
          Sid: 'DenyLeavingOrganization',
          Effect: 'Deny',
          Action: 'organizations:LeaveOrganization',
          Resource: '*',
        },
      ],
    },
  }),
  'AWS::Route53::RecordSet': (s) => ({
    Name: sub(`www.${String(s.p('domainName') ?? 'example.com')}.`),
    Type: 'A',
    TTL: String(s.p('ttlSeconds') ?? 60),
    ResourceRecords: ['192.0.2.1'],
  }),
  'AWS::SecurityHub::Standard': (s) => {
    s.ctx.dependsOn(s.out.stack, s.id(s.indexOf('AWS::SecurityHub::Standard')), s.id(0));
    return {
      StandardsArn: sub(
        'arn:${AWS::Partition}:securityhub:${AWS::Region}::standards/aws-foundational-security-best-practices/v/1.0.0',
      ),
    };
  },
  'AWS::Shield::Protection': (s, _i, props) => {
    const auto = props.ApplicationLayerAutomaticResponseConfiguration as
      Record<string, Json> | undefined;
    if (auto) auto.Action = auto.Status === 'ENABLED' ? { Block: {} } : { Count: {} };
    return {
      Name: s.id(),
      ResourceArn: ask(
        s,
        'ProtectedResourceArn',
        'ARN of the resource Shield Advanced protects (a CloudFront distribution, load balancer, Elastic IP or Global Accelerator)',
      ),
    };
  },
  'AWS::Scheduler::Schedule': (s) => {
    s.note(
      'Point the schedule at its target: it invokes a placeholder target until then (parameters TargetArn and TargetRoleArn).',
    );
    return {
      Target: {
        Arn: ask(s, 'TargetArn', 'ARN of what the schedule invokes'),
        RoleArn: ask(
          s,
          'TargetRoleArn',
          'ARN of the role EventBridge Scheduler assumes to invoke it',
        ),
      },
    };
  },
  'AWS::SSO::PermissionSet': (s) => ({
    Name: s.id().slice(0, 32),
    InstanceArn: ask(s, 'InstanceArn', 'ARN of the IAM Identity Center instance'),
  }),
  'AWS::SSO::Assignment': (s) => ({
    InstanceArn: ask(
      s,
      'AssignmentInstanceArn',
      'ARN of the IAM Identity Center instance (again, for the assignment)',
    ),
    PermissionSetArn: sibling(s, 'AWS::SSO::PermissionSet', 'PermissionSetArn') ?? '',
    PrincipalId: ask(
      s,
      'PrincipalId',
      'Id of the Identity Center group the permission set is assigned to',
    ),
    PrincipalType: 'GROUP',
    TargetId: ref('AWS::AccountId'),
    TargetType: 'AWS_ACCOUNT',
  }),
  'AWS::EC2::VPNConnection': (s) => ({
    CustomerGatewayId: sibling(s, 'AWS::EC2::CustomerGateway') ?? '',
    VpnGatewayId: sibling(s, 'AWS::EC2::VPNGateway'),
  }),
  'AWS::EC2::CustomerGateway': (s) => ({
    IpAddress: ask(s, 'CustomerGatewayIp', 'Public IPv4 address of the on-premises VPN device'),
  }),
  'AWS::EC2::VPCGatewayAttachment': (s) => ({
    VpnGatewayId:
      s.out.node.service === 'site-to-site-vpn' ? sibling(s, 'AWS::EC2::VPNGateway') : null,
    VpcId: ask(s, 'AttachVpcId', 'Id of the VPC the VPN gateway attaches to'),
  }),
  'AWS::EC2::TransitGatewayVpcAttachment': (s) => ({
    TransitGatewayId: sibling(s, 'AWS::EC2::TransitGateway') ?? '',
    VpcId: ask(s, 'AttachVpcId', 'Id of the VPC the transit gateway attaches to'),
    SubnetIds: {
      'Fn::Split': [
        ',',
        ask(
          s,
          'AttachSubnetIds',
          'Comma-separated ids of one subnet per zone for the transit gateway attachment',
        ),
      ],
    },
  }),
};
