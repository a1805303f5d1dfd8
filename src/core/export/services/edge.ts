/**
 * CloudFront, Route 53, Data Firehose and AppFlow: services whose resources are mostly wiring,
 * so their mapping looks at the node's edges as well as its settings.
 */
import type { ExportContext, NodeOut } from '../context.ts';
import { getAtt, join, ref, sub, type Json } from '../template.ts';
import { bucketPolicy } from './bucket-policy.ts';
import { kebab } from './names.ts';
import type { ShapeFn } from './shaper.ts';
import { Shaper } from './shaper.ts';
import { serviceRole } from './fillers-more.ts';

/** Targets of a node's outgoing edges of one of the given services, in edge order. */
export function targetsOf(
  ctx: ExportContext,
  nodeId: string,
  services: readonly string[],
): NodeOut[] {
  const out: NodeOut[] = [];
  for (const e of ctx.index.outgoing.get(nodeId) ?? []) {
    const t = ctx.outs.get(e.target);
    if (t && services.includes(t.node.service) && !out.includes(t)) out.push(t);
  }
  return out;
}

export const cloudfront: ShapeFn = (s) => {
  const config = s.res(0).DistributionConfig as Record<string, Json>;
  const oac = s.res(1).OriginAccessControlConfig as Record<string, Json>;
  oac.Name = sub(`\${AWS::StackName}-${kebab(s.id(), 30)}`);
  // The default certificate only allows the TLSv1 minimum; a custom domain and certificate are a manual step.
  config.ViewerCertificate = { CloudFrontDefaultCertificate: true };
  const origins: Json[] = [];
  const policy = String(s.p('originProtocolPolicy') ?? 'https-only');
  const shield = s.p('originShield') === true;
  for (const t of targetsOf(s.ctx, s.out.node.id, [
    's3-bucket',
    'application-load-balancer',
    'network-load-balancer',
    'api-gateway',
  ])) {
    const id = t.ids[0];
    const origin: Record<string, Json> = { Id: id };
    if (t.node.service === 's3-bucket') {
      origin.DomainName = s.ctx.refTo(s.out.node.id, t.node.id, 'RegionalDomainName') ?? '';
      origin.S3OriginConfig = { OriginAccessIdentity: '' };
      origin.OriginAccessControlId = getAtt(s.id(1), 'Id');
      if (t.stack === s.out.stack) {
        bucketPolicy(s.ctx, t).push({
          Sid: `AllowCloudFront${s.id()}`.slice(0, 100),
          Effect: 'Allow',
          Principal: { Service: 'cloudfront.amazonaws.com' },
          Action: 's3:GetObject',
          Resource: join('', [getAtt(id, 'Arn'), '/*']),
          Condition: {
            StringEquals: {
              'AWS:SourceArn': sub(
                `arn:\${AWS::Partition}:cloudfront::\${AWS::AccountId}:distribution/\${${s.id()}}`,
              ),
            },
          },
        });
      }
    } else {
      origin.DomainName =
        t.node.service === 'api-gateway'
          ? sub(`\${${id}}.execute-api.\${AWS::Region}.\${AWS::URLSuffix}`)
          : (s.ctx.refTo(s.out.node.id, t.node.id, 'DNSName') ?? '');
      if (t.node.service === 'api-gateway') origin.OriginPath = sub(`/\${${t.ids[2] ?? id}}`);
      origin.CustomOriginConfig = {
        OriginProtocolPolicy: policy,
        HTTPSPort: 443,
        HTTPPort: 80,
        OriginSSLProtocols: ['TLSv1.2'],
      };
    }
    if (shield) origin.OriginShield = { Enabled: true, OriginShieldRegion: ref('AWS::Region') };
    origins.push(origin);
  }
  if (origins.length === 0) {
    const name = s.param('OriginDomain', {
      Type: 'String',
      Description: `Domain name of the origin ${s.id()} serves.`,
      Default: 'example.com',
    });
    origins.push({
      Id: 'origin',
      DomainName: name ? ref(name) : 'example.com',
      CustomOriginConfig: { OriginProtocolPolicy: policy, OriginSSLProtocols: ['TLSv1.2'] },
    });
    s.note(
      'Connect the distribution to its origin (an S3 bucket, a load balancer or an API), or set the OriginDomain parameter.',
    );
  }
  config.Origins = origins;
  const behaviour = config.DefaultCacheBehavior as Record<string, Json>;
  behaviour.TargetOriginId = (origins[0] as Record<string, Json>).Id;
  if (s.p('webAcl') === true)
    s.note(
      'Attach an AWS WAF web ACL of CLOUDFRONT scope, created in us-east-1, to the distribution.',
    );
};

/** Route 53 alias records for the routed targets; a zone without targets keeps only the zone. */
export const route53: ShapeFn = (s) => {
  const zone = s.res(0);
  const domain = String(s.p('domainName') ?? 'example.com');
  zone.Name = domain;
  const record = s.indexOf('AWS::Route53::RecordSet');
  const check = s.indexOf('AWS::Route53::HealthCheck');
  const targets = targetsOf(s.ctx, s.out.node.id, [
    'cloudfront',
    'application-load-balancer',
    'network-load-balancer',
  ]);
  if (check >= 0) {
    const first = targets[0];
    if (s.p('healthChecks') === true && first) {
      const cfg = s.res(check).HealthCheckConfig as Record<string, Json>;
      cfg.FullyQualifiedDomainName = aliasTarget(s, first).DNSName;
      cfg.RequestInterval = Number(s.p('healthCheckIntervalSeconds') ?? 30);
    } else s.drop(check);
  }
  if (record < 0) return;
  if (targets.length === 0) {
    s.drop(record);
    s.note(`Add the records of ${domain} (the zone is created without any).`);
    return;
  }
  targets.forEach((t, i) => {
    const props: Record<string, Json> = {
      HostedZoneId: ref(s.id(0)),
      Name: i === 0 ? domain : `${kebab(t.ids[0])}.${domain}`,
      Type: 'A',
      AliasTarget: aliasTarget(s, t),
    };
    if (i === 0) Object.assign(s.res(record), props);
    else s.add(`${t.ids[0]}Record`, 'AWS::Route53::RecordSet', props);
  });
};

function aliasTarget(s: Shaper, t: NodeOut): Record<string, Json> {
  if (t.node.service === 'cloudfront') {
    // Z2FDTNDATAQYW2 is the fixed hosted zone of every CloudFront distribution.
    return {
      DNSName: s.ctx.refTo(s.out.node.id, t.node.id, 'DomainName') ?? '',
      HostedZoneId: 'Z2FDTNDATAQYW2',
      EvaluateTargetHealth: false,
    };
  }
  return {
    DNSName: s.ctx.refTo(s.out.node.id, t.node.id, 'DNSName') ?? '',
    HostedZoneId: s.ctx.refTo(s.out.node.id, t.node.id, 'CanonicalHostedZoneID') ?? '',
    EvaluateTargetHealth: true,
  };
}

/** Firehose delivers to the bucket its edge names, or to one the stack makes for it, with a role to write there. */
export const firehose: ShapeFn = (s) => {
  const stream = s.res(0);
  const target = targetsOf(s.ctx, s.out.node.id, ['s3-bucket']).find(
    (t) => t.stack === s.out.stack,
  );
  const bucketArn = target
    ? getAtt(target.ids[0], 'Arn')
    : getAtt(
        s.add('DeliveryBucket', 'AWS::S3::Bucket', {
          PublicAccessBlockConfiguration: {
            BlockPublicAcls: true,
            BlockPublicPolicy: true,
            IgnorePublicAcls: true,
            RestrictPublicBuckets: true,
          },
        }),
        'Arn',
      );
  const logs = s.add('LogGroup', 'AWS::Logs::LogGroup', { RetentionInDays: 30 });
  const logStream = s.add('LogStream', 'AWS::Logs::LogStream', {
    LogGroupName: ref(logs),
    LogStreamName: 'delivery',
  });
  const role = serviceRole(s, 'DeliveryRole', 'firehose.amazonaws.com', [
    {
      Effect: 'Allow',
      Action: [
        's3:AbortMultipartUpload',
        's3:GetBucketLocation',
        's3:GetObject',
        's3:ListBucket',
        's3:ListBucketMultipartUploads',
        's3:PutObject',
      ],
      Resource: [bucketArn, join('', [bucketArn, '/*'])],
    },
    { Effect: 'Allow', Action: ['logs:PutLogEvents'], Resource: [getAtt(logs, 'Arn')] },
  ]);
  const dest = (stream.ExtendedS3DestinationConfiguration ??= {}) as Record<string, Json>;
  dest.BucketARN = bucketArn;
  dest.RoleARN = getAtt(role, 'Arn');
  const logging = dest.CloudWatchLoggingOptions as Record<string, Json> | undefined;
  if (logging?.Enabled === true)
    Object.assign(logging, { LogGroupName: ref(logs), LogStreamName: ref(logStream) });
  const processing = dest.ProcessingConfiguration as Record<string, Json> | undefined;
  if (processing?.Enabled === true) {
    s.note("Add the transformation function to the delivery stream's processing configuration.");
    processing.Enabled = false;
  }
  const conversion = dest.DataFormatConversionConfiguration as Record<string, Json> | undefined;
  if (conversion?.Enabled === true) {
    s.note('Format conversion needs a Glue table schema: configure it once the table exists.');
    conversion.Enabled = false;
  }
  if (stream.DeliveryStreamType !== 'DirectPut') {
    s.note(
      `A ${String(stream.DeliveryStreamType)} delivery stream reads from a stream the template does not name; it is exported as DirectPut.`,
    );
    stream.DeliveryStreamType = 'DirectPut';
  }
  if (s.p('destination') !== undefined && s.p('destination') !== 's3')
    s.note(
      `Delivery to ${String(s.p('destination'))} is configured by hand; the export delivers to S3.`,
    );
};

/** AppFlow from S3 or a SaaS connector (through a connection profile the user creates) to a bucket. */
export const appflow: ShapeFn = (s) => {
  const flow = s.res(0);
  const source = (flow.SourceFlowConfig ??= {}) as Record<string, Json>;
  const type = String(source.ConnectorType ?? 'Salesforce');
  if (type === 'S3') {
    const bucket = s.param('SourceBucket', {
      Type: 'String',
      Description: 'Bucket AppFlow reads from.',
    });
    source.SourceConnectorProperties = {
      S3: { BucketName: bucket ? ref(bucket) : '', BucketPrefix: 'input' },
    };
  } else {
    const profile = s.param('ConnectorProfile', {
      Type: 'String',
      Description: `Name of the AppFlow connection profile for ${type}.`,
    });
    source.ConnectorProfileName = profile ? ref(profile) : '';
    const key: Json =
      type === 'SAPOData'
        ? { ObjectPath: '/sap/opu/odata/sap/API' }
        : type === 'CustomConnector'
          ? { EntityName: 'entity' }
          : { Object: 'Account' };
    source.SourceConnectorProperties = {
      [type === 'Servicenow'
        ? 'ServiceNow'
        : type === 'Googleanalytics'
          ? 'GoogleAnalytics'
          : type]: key,
    };
    s.note(
      `Create the AppFlow connection profile for ${type} and pass its name; pick the object to copy.`,
    );
  }
  const dest = (
    Array.isArray(flow.DestinationFlowConfigList)
      ? flow.DestinationFlowConfigList[0]
      : flow.DestinationFlowConfigList
  ) as Record<string, Json> | undefined;
  const out = s.add('Destination', 'AWS::S3::Bucket', {
    PublicAccessBlockConfiguration: {
      BlockPublicAcls: true,
      BlockPublicPolicy: true,
      IgnorePublicAcls: true,
      RestrictPublicBuckets: true,
    },
  });
  if (dest && dest.ConnectorType !== 'S3')
    s.note(
      `Delivery to ${String(dest.ConnectorType)} needs a connection profile; the export delivers to S3.`,
    );
  flow.DestinationFlowConfigList = [
    { ConnectorType: 'S3', DestinationConnectorProperties: { S3: { BucketName: ref(out) } } },
  ];
  flow.Tasks = [
    {
      TaskType: 'Map_all',
      SourceFields: [],
      ConnectorOperator:
        type === 'S3'
          ? { S3: 'NO_OP' }
          : {
              [type === 'Servicenow'
                ? 'ServiceNow'
                : type === 'Googleanalytics'
                  ? 'GoogleAnalytics'
                  : type]: 'NO_OP',
            },
      TaskProperties: [],
    },
  ];
  flow.FlowName = kebab(s.id());
};
