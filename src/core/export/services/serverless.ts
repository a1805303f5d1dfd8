/**
 * Mappings of the serverless and messaging services: settings without a one-to-one CloudFormation
 * property, values CloudFormation refuses (a standard queue with `FifoQueue: false`), and what a
 * deployable resource needs beyond the catalog (a function's code, a table's key).
 */
import { getAtt, iff, join, ref, type Json } from '../template.ts';
import { bucketPolicy } from './bucket-policy.ts';
import { stackScopedName } from './names.ts';
import type { ShapeFn } from './shaper.ts';

/** Placeholder handlers: a stack deploys and answers at once; the team replaces the code. */
const INLINE_CODE: Readonly<Record<string, string>> = {
  nodejs:
    'exports.handler = async (event) => {\n  console.log(JSON.stringify(event));\n  return { statusCode: 200, body: JSON.stringify({ ok: true }) };\n};\n',
  python:
    "import json\n\ndef handler(event, context):\n    print(json.dumps(event))\n    return {'statusCode': 200, 'body': json.dumps({'ok': True})}\n",
};

/** Log retention: a year in production, a month elsewhere. */
export const RETENTION: Json = iff('IsProduction', 365, 30);

export const lambda: ShapeFn = (s) => {
  const fn = s.res();
  fn.Architectures = [String(s.p('architecture') ?? 'x86_64')];
  const runtime = String(s.p('runtime') ?? 'nodejs22.x');
  const family = runtime.startsWith('nodejs')
    ? 'nodejs'
    : runtime.startsWith('python')
      ? 'python'
      : null;
  if (family) {
    fn.Code = { ZipFile: INLINE_CODE[family] };
    fn.Handler = 'index.handler';
  } else {
    const bucket = s.param('CodeBucket', {
      Type: 'String',
      Description: `S3 bucket holding the ${runtime} deployment package of ${s.id()}.`,
    });
    const key = s.param('CodeKey', {
      Type: 'String',
      Description: `S3 key of the deployment package of ${s.id()}.`,
      Default: `${s.id()}.zip`,
    });
    fn.Code = { S3Bucket: bucket ? ref(bucket) : '', S3Key: key ? ref(key) : `${s.id()}.zip` };
    s.note(
      `Upload the ${runtime} deployment package and pass its bucket and key as parameters (inline code exists only for Node.js and Python).`,
    );
  }
  // The function logs to a group the stack owns (retention set, deleted with care) instead of one Lambda creates unmanaged.
  const logs = s.add('LogGroup', 'AWS::Logs::LogGroup', { RetentionInDays: RETENTION });
  fn.LoggingConfig = { LogGroup: ref(logs) };
  s.ctx.grants
    .get(s.out.node.id)
    ?.push({
      Effect: 'Allow',
      Action: ['logs:CreateLogStream', 'logs:PutLogEvents'],
      Resource: [getAtt(logs, 'Arn')],
    });
  if (s.p('tracing') === 'Active') {
    // X-Ray's write actions support no resource-level permissions: AWS requires "*".
    s.ctx.grants
      .get(s.out.node.id)
      ?.push({
        Effect: 'Allow',
        Action: ['xray:PutTelemetryRecords', 'xray:PutTraceSegments'],
        Resource: ['*'],
      });
  }
  if (s.p('deadLetterQueue') === true) {
    const dlq = s.add('DeadLetterQueue', 'AWS::SQS::Queue', {
      SqsManagedSseEnabled: true,
      MessageRetentionPeriod: 1209600,
    });
    fn.DeadLetterConfig = { TargetArn: getAtt(dlq, 'Arn') };
    s.ctx.grants
      .get(s.out.node.id)
      ?.push({ Effect: 'Allow', Action: ['sqs:SendMessage'], Resource: [getAtt(dlq, 'Arn')] });
  }
  if (Number(s.p('provisionedConcurrency') ?? 0) > 0) {
    s.note(
      'Provisioned concurrency is set on a published version or alias: publish one after the first deployment.',
    );
  }
};

/** After the role exists: functions in a VPC manage their network interfaces. */
export const lambdaVpcAccess: ShapeFn = (s) => {
  if (!s.ctx.placedInVpc.has(s.out.node.id)) return;
  // Lambda creates and deletes ENIs in the function's subnets; these EC2 actions support no
  // resource-level permissions for the describe calls, so AWS requires "*" (as in AWSLambdaVPCAccessExecutionRole).
  s.ctx.grants.get(s.out.node.id)?.push({
    Effect: 'Allow',
    Action: [
      'ec2:AssignPrivateIpAddresses',
      'ec2:CreateNetworkInterface',
      'ec2:DeleteNetworkInterface',
      'ec2:DescribeNetworkInterfaces',
      'ec2:DescribeSubnets',
      'ec2:UnassignPrivateIpAddresses',
    ],
    Resource: ['*'],
  });
};

export const sqs: ShapeFn = (s) => {
  const q = s.res();
  const fifo = s.p('fifo') === true;
  // SQS refuses FifoQueue=false and content-based deduplication on standard queues.
  if (!fifo) {
    delete q.FifoQueue;
    delete q.ContentBasedDeduplication;
  }
  const encryption = s.p('encryption');
  if (encryption === 'SSE-KMS') {
    delete q.SqsManagedSseEnabled;
    q.KmsMasterKeyId = 'alias/aws/sqs';
  } else if (encryption === 'none') q.SqsManagedSseEnabled = false;
  if (s.p('deadLetterQueue') === true) {
    const dlqProps: Record<string, Json> = {
      SqsManagedSseEnabled: true,
      MessageRetentionPeriod: 1209600,
    };
    if (fifo) dlqProps.FifoQueue = true;
    const dlq = s.add('DeadLetterQueue', 'AWS::SQS::Queue', dlqProps, {
      DeletionPolicy: 'Retain',
      UpdateReplacePolicy: 'Retain',
    });
    q.RedrivePolicy = {
      deadLetterTargetArn: getAtt(dlq, 'Arn'),
      maxReceiveCount: Number(s.p('maxReceiveCount') ?? 5),
    };
  }
};

export const sns: ShapeFn = (s) => {
  const t = s.res();
  if (s.p('fifo') !== true) {
    delete t.FifoTopic;
    delete t.ContentBasedDeduplication;
  }
  if (s.p('encryption') === false) delete t.KmsMasterKeyId;
};

export const dynamodb: ShapeFn = (s) => {
  const t = s.res();
  t.KeySchema ??= [
    { AttributeName: 'pk', KeyType: 'HASH' },
    { AttributeName: 'sk', KeyType: 'RANGE' },
  ];
  t.AttributeDefinitions ??= [
    { AttributeName: 'pk', AttributeType: 'S' },
    { AttributeName: 'sk', AttributeType: 'S' },
  ];
  if (s.p('capacityMode') === 'provisioned') t.BillingMode = 'PROVISIONED';
  else {
    t.BillingMode = 'PAY_PER_REQUEST';
    delete t.ProvisionedThroughput;
  }
  const stream = s.p('stream');
  if (typeof stream === 'string' && stream !== 'none')
    t.StreamSpecification = { StreamViewType: stream };
  const encryption = s.p('encryption');
  if (encryption === 'aws-managed') t.SSESpecification = { SSEEnabled: true };
  else if (encryption === 'customer-managed') {
    const key = s.param('KmsKeyArn', {
      Type: 'String',
      Description: `ARN of the KMS key that encrypts ${s.id()}.`,
    });
    t.SSESpecification = {
      SSEEnabled: true,
      SSEType: 'KMS',
      KMSMasterKeyId: key ? ref(key) : 'alias/aws/dynamodb',
    };
  }
  const ttl = t.TimeToLiveSpecification as Record<string, Json> | undefined;
  if (ttl && ttl.Enabled === true) ttl.AttributeName = 'expiresAt';
  else delete t.TimeToLiveSpecification;
  const replicas = s.p('replicaRegions');
  if (Array.isArray(replicas) && replicas.length > 0)
    s.note(
      `Replicas in ${replicas.join(', ')} need a global table (AWS::DynamoDB::GlobalTable); this export makes a single-Region table.`,
    );
};

export const s3: ShapeFn = (s) => {
  const b = s.res();
  b.VersioningConfiguration = { Status: s.p('versioning') === false ? 'Suspended' : 'Enabled' };
  if (s.p('encryption') === 'SSE-KMS') {
    b.BucketEncryption = {
      ServerSideEncryptionConfiguration: [
        { ServerSideEncryptionByDefault: { SSEAlgorithm: 'aws:kms' }, BucketKeyEnabled: true },
      ],
    };
  }
  if (s.p('blockPublicAccess') === false) delete b.PublicAccessBlockConfiguration;
  if (s.p('objectLock') === true) b.VersioningConfiguration = { Status: 'Enabled' };
  const rules: Json[] = [
    {
      Id: 'abort-incomplete-uploads',
      Status: 'Enabled',
      AbortIncompleteMultipartUpload: { DaysAfterInitiation: 7 },
    },
  ];
  const storageClass = String(s.p('storageClass') ?? 'standard');
  const transition: Record<string, string> = {
    intelligent_tiering: 'INTELLIGENT_TIERING',
    standard_ia: 'STANDARD_IA',
    onezone_ia: 'ONEZONE_IA',
    glacier_instant_retrieval: 'GLACIER_IR',
    glacier_flexible_retrieval: 'GLACIER',
    glacier_deep_archive: 'DEEP_ARCHIVE',
  };
  const target =
    s.out.node.service === 's3-glacier'
      ? (transition[storageClass] ?? 'GLACIER')
      : transition[storageClass];
  if (target)
    rules.push({
      Id: 'storage-class',
      Status: 'Enabled',
      Transitions: [
        {
          StorageClass: target,
          TransitionInDays: target === 'STANDARD_IA' || target === 'ONEZONE_IA' ? 30 : 0,
        },
      ],
    });
  if (s.p('lifecycleRules') === true)
    rules.push({
      Id: 'expire-noncurrent',
      Status: 'Enabled',
      NoncurrentVersionExpiration: { NoncurrentDays: 90 },
    });
  b.LifecycleConfiguration = { Rules: rules };
  if (s.p('enforceTls') !== false) {
    const arn = getAtt(s.id(), 'Arn');
    bucketPolicy(s.ctx, s.out).push({
      Sid: 'DenyInsecureTransport',
      Effect: 'Deny',
      Principal: '*',
      Action: 's3:*',
      Resource: [arn, join('', [arn, '/*'])],
      Condition: { Bool: { 'aws:SecureTransport': 'false' } },
    });
  }
  if (s.p('replication') !== undefined && s.p('replication') !== 'none')
    s.note(
      'Replication needs a destination bucket and a role: configure it once both buckets exist.',
    );
};

export const kinesis: ShapeFn = (s) => {
  const k = s.res();
  const details = k.StreamModeDetails as Record<string, Json> | undefined;
  if (details?.StreamMode !== 'PROVISIONED') delete k.ShardCount;
  const enc = k.StreamEncryption as Record<string, Json> | undefined;
  if (enc?.EncryptionType === 'NONE') delete k.StreamEncryption;
};

export const stepFunctions: ShapeFn = (s) => {
  const sm = s.res();
  sm.Definition = {
    Comment: 'Replace with the workflow.',
    StartAt: 'Done',
    States: { Done: { Type: 'Succeed' } },
  };
  const logging = sm.LoggingConfiguration as Record<string, Json> | undefined;
  if (logging && logging.Level !== 'OFF') {
    const logs = s.add('LogGroup', 'AWS::Logs::LogGroup', { RetentionInDays: RETENTION });
    logging.Destinations = [{ CloudWatchLogsLogGroup: { LogGroupArn: getAtt(logs, 'Arn') } }];
    // Log delivery actions have no resource type: AWS requires "*" (see the Step Functions logging guide).
    s.ctx.grants.get(s.out.node.id)?.push({
      Effect: 'Allow',
      Action: [
        'logs:CreateLogDelivery',
        'logs:DeleteLogDelivery',
        'logs:DescribeLogGroups',
        'logs:DescribeResourcePolicies',
        'logs:GetLogDelivery',
        'logs:ListLogDeliveries',
        'logs:PutResourcePolicy',
        'logs:UpdateLogDelivery',
      ],
      Resource: ['*'],
    });
  }
};

export const eventBridge: ShapeFn = (s) => {
  s.res(0).Name = stackScopedName(s.out);
  const rule = s.res(1);
  rule.EventBusName = ref(s.id(0));
  rule.EventPattern = { account: [ref('AWS::AccountId')] };
};

export const apiGateway: ShapeFn = (s) => {
  s.res(0).Name = stackScopedName(s.out);
  s.res(1).RestApiId = ref(s.id(0));
  const stage = s.res(2);
  stage.RestApiId = ref(s.id(0));
  stage.DeploymentId = ref(s.id(1));
  const settings = stage.MethodSettings as Record<string, Json>[] | undefined;
  if (settings?.[0]) {
    settings[0].ThrottlingRateLimit = Number(s.p('throttlingRateLimit') ?? 10000);
    settings[0].ThrottlingBurstLimit = Number(s.p('throttlingBurstLimit') ?? 5000);
  }
  if (s.p('apiType') !== 'rest')
    s.note(
      `Exported as a REST API; an ${String(s.p('apiType'))} API (API Gateway v2) needs its routes defined by hand.`,
    );
  if (s.p('endpointType') === 'PRIVATE')
    s.note('A private API needs a resource policy and an execute-api VPC endpoint.');
};
