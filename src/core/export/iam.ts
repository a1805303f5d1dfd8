/**
 * An IAM role per compute node whose policy allows only what the node's edges need: the actions
 * an edge's meaning implies, on the connected resources' ARNs. No `*` actions ever; a `*` resource
 * only where the action supports no resource-level permission (each such place says so).
 */
import type { EdgeMeaning } from '../catalog/types.ts';
import type { ExportContext, NodeOut } from './context.ts';
import { getAtt, join, ref, sub, type Json } from './template.ts';

/** Where a resource type takes its role, and which service assumes it. */
interface RoleSlot {
  principal: string;
  /** Property that receives the role: its ARN, or (`profile`) an instance profile's name. */
  property: string;
  kind?: 'arn' | 'profile';
  /** AWS-managed policies the service itself needs to run at all. */
  managed?: string[];
}

export const ROLE_SLOTS: Readonly<Record<string, RoleSlot>> = {
  'AWS::Lambda::Function': { principal: 'lambda.amazonaws.com', property: 'Role' },
  'AWS::EC2::Instance': {
    principal: 'ec2.amazonaws.com',
    property: 'IamInstanceProfile',
    kind: 'profile',
  },
  'AWS::ECS::TaskDefinition': { principal: 'ecs-tasks.amazonaws.com', property: 'TaskRoleArn' },
  'AWS::StepFunctions::StateMachine': { principal: 'states.amazonaws.com', property: 'RoleArn' },
  'AWS::Glue::Job': {
    principal: 'glue.amazonaws.com',
    property: 'Role',
    managed: ['service-role/AWSGlueServiceRole'],
  },
  'AWS::CodeBuild::Project': { principal: 'codebuild.amazonaws.com', property: 'ServiceRole' },
  'AWS::CodePipeline::Pipeline': { principal: 'codepipeline.amazonaws.com', property: 'RoleArn' },
  'AWS::DataBrew::Job': { principal: 'databrew.amazonaws.com', property: 'RoleArn' },
  'AWS::KinesisAnalyticsV2::Application': {
    principal: 'kinesisanalytics.amazonaws.com',
    property: 'ServiceExecutionRole',
  },
  'AWS::DAX::Cluster': { principal: 'dax.amazonaws.com', property: 'IAMRoleARN' },
  'AWS::EKS::Cluster': {
    principal: 'eks.amazonaws.com',
    property: 'RoleArn',
    managed: ['AmazonEKSClusterPolicy'],
  },
  'AWS::EKS::Nodegroup': {
    principal: 'ec2.amazonaws.com',
    property: 'NodeRole',
    managed: [
      'AmazonEKSWorkerNodePolicy',
      'AmazonEKS_CNI_Policy',
      'AmazonEC2ContainerRegistryReadOnly',
    ],
  },
  'AWS::Transfer::User': { principal: 'transfer.amazonaws.com', property: 'Role' },
  'AWS::Lex::Bot': { principal: 'lexv2.amazonaws.com', property: 'RoleArn' },
  'AWS::SageMaker::Model': { principal: 'sagemaker.amazonaws.com', property: 'ExecutionRoleArn' },
};

function roleName(ctx: ExportContext, out: NodeOut, i: number): string {
  return ctx.ids.claim(i === 0 ? `${out.ids[0]}Role` : `${out.ids[i]}Role`, 'Role');
}

/**
 * Creates the roles a node's resources need and wires them in. The first role created is the one
 * the node's edges add statements to.
 */
export function createRoles(ctx: ExportContext, out: NodeOut): void {
  out.ids.forEach((id, i) => {
    const def = out.stack.resources.get(id);
    const slot = def && ROLE_SLOTS[def.Type];
    if (!def || !slot || def.Properties?.[slot.property] !== undefined) return;
    const role = roleName(ctx, out, i);
    const props: Record<string, Json> = {
      AssumeRolePolicyDocument: {
        Version: '2012-10-17',
        Statement: [
          { Effect: 'Allow', Principal: { Service: slot.principal }, Action: ['sts:AssumeRole'] },
        ],
      },
    };
    if (slot.managed)
      props.ManagedPolicyArns = slot.managed.map((p) =>
        sub(`arn:\${AWS::Partition}:iam::aws:policy/${p}`),
      );
    ctx.add(out.stack, role, 'AWS::IAM::Role', props, out.node.id);
    if (!ctx.grants.has(out.node.id)) {
      ctx.grants.set(out.node.id, []);
      ctx.roles.set(out.node.id, role);
    }
    if (slot.kind === 'profile') {
      const profile = ctx.ids.claim(`${id}InstanceProfile`, 'InstanceProfile');
      ctx.add(out.stack, profile, 'AWS::IAM::InstanceProfile', { Roles: [ref(role)] }, out.node.id);
      ctx.props(out.stack, id)[slot.property] = ref(profile);
    } else {
      ctx.props(out.stack, id)[slot.property] = getAtt(role, 'Arn');
    }
  });
}

/** Turns the collected statements into each role's inline policy. */
export function finishRoles(ctx: ExportContext): void {
  for (const [nodeId, statements] of ctx.grants) {
    const role = ctx.roles.get(nodeId);
    const out = ctx.outs.get(nodeId);
    if (!role || !out || statements.length === 0) continue;
    ctx.props(out.stack, role).Policies = [
      {
        PolicyName: 'least-privilege',
        PolicyDocument: { Version: '2012-10-17', Statement: statements as unknown as Json[] },
      },
    ];
  }
}

type Access = 'read' | 'write' | 'invoke';

/** The access an edge's meaning asks for, seen from the side that calls. */
function accessOf(meaning: EdgeMeaning): Access {
  if (meaning === 'read' || meaning === 'subscribe') return 'read';
  if (meaning === 'invoke' || meaning === 'trigger' || meaning === 'route') return 'invoke';
  return 'write';
}

interface Grant {
  actions: string[];
  resources: Json[];
}
type GrantFn = (
  access: Access,
  arn: (attribute?: string, index?: number) => Json | null,
) => Grant[] | null;

const all = (arn: Json | null, suffix: string): Json[] => (arn ? [join('', [arn, suffix])] : []);
const one = (arn: Json | null): Json[] => (arn ? [arn] : []);
/** A `*` resource, for the actions that support no resource-level permission (see each caller). */
const ANY: Json[] = ['*'];

const PERMISSIONS: Readonly<Record<string, GrantFn>> = {
  'sqs-queue': (a, arn) => [
    a === 'read'
      ? {
          actions: [
            'sqs:ReceiveMessage',
            'sqs:DeleteMessage',
            'sqs:GetQueueAttributes',
            'sqs:ChangeMessageVisibility',
          ],
          resources: one(arn('Arn')),
        }
      : { actions: ['sqs:SendMessage', 'sqs:GetQueueAttributes'], resources: one(arn('Arn')) },
  ],
  'sns-topic': (_a, arn) => [{ actions: ['sns:Publish'], resources: one(arn('TopicArn')) }],
  'dynamodb-table': (a, arn) => {
    const read = [
      'dynamodb:GetItem',
      'dynamodb:BatchGetItem',
      'dynamodb:Query',
      'dynamodb:Scan',
      'dynamodb:ConditionCheckItem',
      'dynamodb:DescribeTable',
    ];
    const write = [
      'dynamodb:PutItem',
      'dynamodb:UpdateItem',
      'dynamodb:DeleteItem',
      'dynamodb:BatchWriteItem',
    ];
    return [
      {
        actions: a === 'read' ? read : [...read, ...write],
        resources: [...one(arn('Arn')), ...all(arn('Arn'), '/index/*')],
      },
    ];
  },
  's3-bucket': (a, arn) => [
    { actions: ['s3:ListBucket'], resources: one(arn('Arn')) },
    {
      actions:
        a === 'read'
          ? ['s3:GetObject']
          : ['s3:GetObject', 's3:PutObject', 's3:DeleteObject', 's3:AbortMultipartUpload'],
      resources: all(arn('Arn'), '/*'),
    },
  ],
  'kinesis-data-streams': (a, arn) => [
    a === 'read'
      ? {
          actions: [
            'kinesis:GetRecords',
            'kinesis:GetShardIterator',
            'kinesis:DescribeStream',
            'kinesis:DescribeStreamSummary',
            'kinesis:ListShards',
          ],
          resources: one(arn('Arn')),
        }
      : {
          actions: ['kinesis:PutRecord', 'kinesis:PutRecords', 'kinesis:DescribeStreamSummary'],
          resources: one(arn('Arn')),
        },
  ],
  firehose: (_a, arn) => [
    { actions: ['firehose:PutRecord', 'firehose:PutRecordBatch'], resources: one(arn('Arn')) },
  ],
  eventbridge: (_a, arn) => [{ actions: ['events:PutEvents'], resources: one(arn('Arn')) }],
  'lambda-function': (_a, arn) => [
    { actions: ['lambda:InvokeFunction'], resources: one(arn('Arn')) },
  ],
  'step-functions': (a, arn) => [
    {
      actions:
        a === 'read'
          ? ['states:DescribeExecution', 'states:DescribeStateMachine']
          : ['states:StartExecution'],
      resources: one(arn()),
    },
  ],
  'secrets-manager': (_a, arn) => [
    {
      actions: ['secretsmanager:GetSecretValue', 'secretsmanager:DescribeSecret'],
      resources: one(arn()),
    },
  ],
  'kms-key': (a, arn) => [
    {
      actions:
        a === 'read'
          ? ['kms:Decrypt', 'kms:DescribeKey']
          : ['kms:Encrypt', 'kms:Decrypt', 'kms:GenerateDataKey', 'kms:DescribeKey'],
      resources: one(arn('Arn')),
    },
  ],
  'cloudwatch-logs': (_a, arn) => [
    { actions: ['logs:CreateLogStream', 'logs:PutLogEvents'], resources: one(arn('Arn')) },
  ],
  // CloudWatch PutMetricData and the X-Ray write actions support no resource-level permissions: AWS requires "*".
  cloudwatch: () => [{ actions: ['cloudwatch:PutMetricData'], resources: ANY }],
  'x-ray': () => [
    { actions: ['xray:PutTraceSegments', 'xray:PutTelemetryRecords'], resources: ANY },
  ],
  'ecr-repository': (_a, arn) => [
    {
      actions: [
        'ecr:BatchGetImage',
        'ecr:GetDownloadUrlForLayer',
        'ecr:BatchCheckLayerAvailability',
      ],
      resources: one(arn('Arn')),
    },
    // ecr:GetAuthorizationToken is account-wide and has no resource type: AWS requires "*".
    { actions: ['ecr:GetAuthorizationToken'], resources: ANY },
  ],
  'efs-file-system': (a, arn) => [
    {
      actions:
        a === 'read'
          ? ['elasticfilesystem:ClientMount']
          : ['elasticfilesystem:ClientMount', 'elasticfilesystem:ClientWrite'],
      resources: one(arn('Arn')),
    },
  ],
  'opensearch-domain': (a, arn) => [
    {
      actions:
        a === 'read'
          ? ['es:ESHttpGet', 'es:ESHttpHead']
          : ['es:ESHttpGet', 'es:ESHttpHead', 'es:ESHttpPost', 'es:ESHttpPut', 'es:ESHttpDelete'],
      resources: all(arn('Arn'), '/*'),
    },
  ],
  'api-gateway': (_a, arn) => {
    const api = arn();
    return [
      {
        actions: ['execute-api:Invoke'],
        resources: api
          ? [
              sub2(
                'arn:${AWS::Partition}:execute-api:${AWS::Region}:${AWS::AccountId}:${Api}/*',
                api,
              ),
            ]
          : [],
      },
    ];
  },
  appsync: (_a, arn) => [{ actions: ['appsync:GraphQL'], resources: all(arn('Arn'), '/*') }],
  athena: (_a, arn) => {
    const wg = arn();
    return [
      {
        actions: [
          'athena:StartQueryExecution',
          'athena:GetQueryExecution',
          'athena:GetQueryResults',
          'athena:StopQueryExecution',
        ],
        resources: wg
          ? [
              sub2(
                'arn:${AWS::Partition}:athena:${AWS::Region}:${AWS::AccountId}:workgroup/${Api}',
                wg,
              ),
            ]
          : [],
      },
    ];
  },
  glue: (_a, arn) => {
    const job = arn();
    return [
      {
        actions: ['glue:StartJobRun', 'glue:GetJobRun', 'glue:GetJobRuns'],
        resources: job
          ? [sub2('arn:${AWS::Partition}:glue:${AWS::Region}:${AWS::AccountId}:job/${Api}', job)]
          : [],
      },
    ];
  },
  sagemaker: (_a, arn) => [{ actions: ['sagemaker:InvokeEndpoint'], resources: one(arn()) }],
  batch: (_a, arn) => [
    {
      actions: ['batch:SubmitJob'],
      resources: [...one(arn(undefined, 1)), ...one(arn(undefined, 2))],
    },
    // batch:DescribeJobs has no resource type: AWS requires "*".
    { actions: ['batch:DescribeJobs'], resources: ANY },
  ],
  ses: (_a, arn) => {
    const identity = arn();
    return [
      {
        actions: ['ses:SendEmail', 'ses:SendRawEmail'],
        resources: identity
          ? [
              sub2(
                'arn:${AWS::Partition}:ses:${AWS::Region}:${AWS::AccountId}:identity/${Api}',
                identity,
              ),
            ]
          : [],
      },
    ];
  },
  // The pre-trained AI APIs act on the request's own data and have no resource type: AWS requires "*".
  comprehend: () => [
    {
      actions: [
        'comprehend:DetectSentiment',
        'comprehend:DetectEntities',
        'comprehend:DetectKeyPhrases',
        'comprehend:DetectDominantLanguage',
      ],
      resources: ANY,
    },
  ],
  rekognition: () => [
    {
      actions: [
        'rekognition:DetectLabels',
        'rekognition:DetectText',
        'rekognition:DetectModerationLabels',
      ],
      resources: ANY,
    },
  ],
  textract: () => [
    { actions: ['textract:AnalyzeDocument', 'textract:DetectDocumentText'], resources: ANY },
  ],
  bedrock: () => [
    {
      actions: ['bedrock:InvokeModel', 'bedrock:InvokeModelWithResponseStream'],
      resources: [sub('arn:${AWS::Partition}:bedrock:${AWS::Region}::foundation-model/*')],
    },
  ],
  'systems-manager': () => [
    {
      actions: ['ssm:GetParameter', 'ssm:GetParameters', 'ssm:GetParametersByPath'],
      resources: [
        sub(
          'arn:${AWS::Partition}:ssm:${AWS::Region}:${AWS::AccountId}:parameter/${AWS::StackName}/*',
        ),
      ],
    },
  ],
  'iot-core': () => [
    {
      actions: ['iot:Publish'],
      resources: [
        sub('arn:${AWS::Partition}:iot:${AWS::Region}:${AWS::AccountId}:topic/${AWS::StackName}/*'),
      ],
    },
  ],
};

/** `Fn::Sub` with `${Api}` bound to a value (a Ref or a parameter). */
function sub2(text: string, value: Json): Json {
  return { 'Fn::Sub': [text, { Api: value }] };
}

/** Services reached over the network, not through IAM: a security-group rule is their wiring. */
const NETWORK_ONLY = new Set([
  'rds-instance',
  'aurora-cluster',
  'documentdb-cluster',
  'neptune-cluster',
  'elasticache',
  'memorydb',
  'redshift-cluster',
  'redshift-serverless',
  'msk-cluster',
  'mq-broker',
  'fsx-lustre',
  'fsx-windows',
  'dax-cluster',
  'ec2-instance',
  'application-load-balancer',
  'network-load-balancer',
  'ebs-volume',
  'external-system',
  'users',
  'devices',
]);

/**
 * Adds the statements a compute node's role needs for one edge. Returns false when the target is
 * neither reachable by IAM nor network-only (a manual step then says what to grant).
 */
export function grantEdge(
  ctx: ExportContext,
  sourceId: string,
  targetId: string,
  meaning: EdgeMeaning,
): boolean {
  if (!ctx.grants.has(sourceId)) return true;
  const target = ctx.outs.get(targetId);
  const service = ctx.index.nodes.get(targetId)?.service ?? '';
  const fn = PERMISSIONS[service === 's3-glacier' ? 's3-bucket' : service];
  if (!fn) {
    if (NETWORK_ONLY.has(service) || !target) return true;
    ctx.note(
      sourceId,
      `Grant it the permissions it needs on ${ctx.describe(targetId)} (${service}): Cloudwright has no least-privilege mapping for that service.`,
    );
    return false;
  }
  const arn = (attribute?: string, index = 0) =>
    target ? ctx.refTo(sourceId, targetId, attribute, index) : null;
  for (const g of fn(accessOf(meaning), arn) ?? [])
    if (g.resources.length > 0) ctx.grant(sourceId, g.actions, g.resources);
  return true;
}

export { ANY as ANY_RESOURCE };
