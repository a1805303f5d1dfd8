/**
 * Mappings of instances, containers, load balancers and relational databases.
 */
import { securityGroupFor } from '../network.ts';
import { propValue } from '../properties.ts';
import { getAtt, ref, type Json } from '../template.ts';
import { RETENTION } from './serverless.ts';
import type { Shaper, ShapeFn } from './shaper.ts';

/** The latest Amazon Linux 2023 image, resolved by CloudFormation from AWS's public SSM parameter. */
export function imageParameter(s: Shaper, instanceType: string): Json {
  const arm = /^[a-z]+\d+g[a-z]*\./.test(instanceType);
  const name =
    s.ctx.imageParams.get(`${s.out.stack.region}:${arm}`) ??
    s.ctx.param(s.out.stack, arm ? 'LatestAmiArm64' : 'LatestAmiX8664', {
      Type: 'AWS::SSM::Parameter::Value<AWS::EC2::Image::Id>',
      Description: `Amazon Linux 2023 image (${arm ? 'arm64' : 'x86_64'}), resolved at deploy time.`,
      Default: `/aws/service/ami-amazon-linux-latest/al2023-ami-kernel-default-${arm ? 'arm64' : 'x86_64'}`,
    });
  if (!name) return '';
  s.ctx.imageParams.set(`${s.out.stack.region}:${arm}`, name);
  return ref(name);
}

export const ec2: ShapeFn = (s) => {
  const i = s.res();
  const type = String(s.p('instanceType') ?? 't3.small');
  i.ImageId = imageParameter(s, type);
  i.BlockDeviceMappings = [
    {
      DeviceName: '/dev/xvda',
      Ebs: {
        VolumeType: String(s.p('volumeType') ?? 'gp3'),
        VolumeSize: Number(s.p('volumeSizeGb') ?? 30),
        Encrypted: s.p('ebsEncrypted') !== false,
        DeleteOnTermination: true,
      },
    },
  ];
  if (s.p('purchaseOption') === 'spot')
    s.note(
      'Spot instances are launched through a launch template or an Auto Scaling group; this export runs the instance on demand.',
    );
  if (s.p('placementGroup') !== undefined && s.p('placementGroup') !== 'none') {
    const pg = s.add('PlacementGroup', 'AWS::EC2::PlacementGroup', {
      Strategy: String(s.p('placementGroup')),
    });
    i.PlacementGroupName = ref(pg);
  }
};

export const autoScalingGroup: ShapeFn = (s) => {
  const members =
    s.ctx.index.children
      .get(s.out.node.id)
      ?.map((id) => s.ctx.index.nodes.get(id)!)
      .filter((n) => n.service === 'ec2-instance') ?? [];
  const first = members[0];
  const type = first ? String(first.props?.instanceType ?? 't3.small') : 't3.small';
  const lt = s.res(1);
  const data: Record<string, Json> = {
    ImageId: imageParameter(s, type),
    InstanceType: type,
    MetadataOptions: { HttpTokens: 'required' },
  };
  // The instances' role: the edges of the group's EC2 nodes add their statements to it.
  const role = s.add('InstanceRole', 'AWS::IAM::Role', {
    AssumeRolePolicyDocument: {
      Version: '2012-10-17',
      Statement: [
        {
          Effect: 'Allow',
          Principal: { Service: 'ec2.amazonaws.com' },
          Action: ['sts:AssumeRole'],
        },
      ],
    },
  });
  const profile = s.add('InstanceProfile', 'AWS::IAM::InstanceProfile', { Roles: [ref(role)] });
  data.IamInstanceProfile = { Arn: getAtt(profile, 'Arn') };
  s.ctx.grants.set(s.out.node.id, []);
  s.ctx.roles.set(s.out.node.id, role);
  const sg = s.ctx.vpcOf(s.out.node.id) ? securityGroupFor(s.ctx, s.out.node.id) : null;
  if (sg) {
    data.SecurityGroupIds = [getAtt(sg, 'GroupId')];
    s.ctx.placedInVpc.add(s.out.node.id);
  }
  lt.LaunchTemplateData = data;
  const asg = s.res(0);
  asg.LaunchTemplate = {
    LaunchTemplateId: ref(s.id(1)),
    Version: getAtt(s.id(1), 'LatestVersionNumber'),
  };
  asg.MinSize = String(asg.MinSize ?? 2);
  asg.MaxSize = String(asg.MaxSize ?? 4);
  if (asg.DesiredCapacity !== undefined) asg.DesiredCapacity = String(asg.DesiredCapacity);
  const subnets = s.ctx.subnetRefs(s.out.node.id, s.ctx.subnetsFor(s.out.node.id, 2));
  if (subnets.length > 0) asg.VPCZoneIdentifier = subnets;
  else asg.AvailabilityZones = { 'Fn::GetAZs': '' };
};

function certificate(s: Shaper): Json {
  const name = s.param('CertificateArn', {
    Type: 'String',
    Description: `ARN of the ACM certificate the HTTPS listener of ${s.id()} presents.`,
  });
  s.note(
    'The HTTPS listener needs an ACM certificate: request one and pass its ARN as a parameter.',
  );
  return name ? ref(name) : '';
}

export const loadBalancer: ShapeFn = (s) => {
  const alb = s.out.node.service === 'application-load-balancer';
  const lb = s.res(0);
  const listener = s.res(1);
  const group = s.res(2);
  listener.LoadBalancerArn = ref(s.id(0));
  listener.DefaultActions = [{ Type: 'forward', TargetGroupArn: ref(s.id(2)) }];
  const vpc = s.ctx.vpcOf(s.out.node.id);
  if (vpc) group.VpcId = s.ctx.refTo(s.out.node.id, vpc.id) ?? '';
  const attributes: Json[] = [];
  if (alb) {
    attributes.push({
      Key: 'routing.http.drop_invalid_header_fields.enabled',
      Value: String(s.p('dropInvalidHeaders') !== false),
    });
    attributes.push({
      Key: 'idle_timeout.timeout_seconds',
      Value: String(s.p('idleTimeoutSeconds') ?? 60),
    });
    const mode = String(s.p('listeners') ?? 'https-with-redirect');
    if (mode === 'http') {
      listener.Protocol = 'HTTP';
      listener.Port = 80;
      delete listener.SslPolicy;
    } else {
      listener.Protocol = 'HTTPS';
      listener.Port = 443;
      listener.SslPolicy = String(s.p('sslPolicy') ?? 'ELBSecurityPolicy-TLS13-1-2-2021-06');
      listener.Certificates = [{ CertificateArn: certificate(s) }];
      if (mode === 'https-with-redirect') {
        s.add('HttpListener', 'AWS::ElasticLoadBalancingV2::Listener', {
          LoadBalancerArn: ref(s.id(0)),
          Protocol: 'HTTP',
          Port: 80,
          DefaultActions: [
            {
              Type: 'redirect',
              RedirectConfig: { Protocol: 'HTTPS', Port: '443', StatusCode: 'HTTP_301' },
            },
          ],
        });
      }
    }
    group.HealthCheckPath = String(s.p('healthCheckPath') ?? '/');
  } else {
    listener.Protocol = listener.Protocol ?? 'TCP';
    listener.Port = listener.Port ?? 443;
    group.Protocol = group.Protocol ?? 'TCP';
    group.Port = group.Port ?? 443;
    delete group.HealthCheckPath;
    attributes.push({
      Key: 'load_balancing.cross_zone.enabled',
      Value: String(s.p('crossZone') === true),
    });
  }
  attributes.push({
    Key: 'deletion_protection.enabled',
    Value: String(s.p('deletionProtection') === true),
  });
  lb.LoadBalancerAttributes = attributes;
  if (!alb) delete lb.SecurityGroups;
};

/** After placement: an internet-facing ALB accepts the internet on its listener ports. */
export const loadBalancerIngress: ShapeFn = (s) => {
  if (s.out.node.service !== 'application-load-balancer') return;
  const sg = s.ctx.securityGroups.get(s.out.node.id);
  if (!sg || s.res(0).Scheme === 'internal') return;
  const rules = (s.ctx.props(s.out.stack, sg).SecurityGroupIngress ??= []) as Json[];
  const ports =
    s.p('listeners') === 'http' ? [80] : s.p('listeners') === 'https' ? [443] : [80, 443];
  for (const p of ports)
    rules.push({
      IpProtocol: 'tcp',
      FromPort: p,
      ToPort: p,
      CidrIp: '0.0.0.0/0',
      Description: 'Internet clients',
    });
};

/** ECS: a cluster, a task definition with one container logging to the stack's log group, and the service. */
function ecsTask(s: Shaper, task: number, cpu: string, memory: number, arm: boolean): void {
  const logs = s.add('LogGroup', 'AWS::Logs::LogGroup', { RetentionInDays: RETENTION });
  const image = s.param('Image', {
    Type: 'String',
    Description: `Container image of ${s.id()}.`,
    Default: 'public.ecr.aws/nginx/nginx:stable',
  });
  const execution = s.add('ExecutionRole', 'AWS::IAM::Role', {
    AssumeRolePolicyDocument: {
      Version: '2012-10-17',
      Statement: [
        {
          Effect: 'Allow',
          Principal: { Service: 'ecs-tasks.amazonaws.com' },
          Action: ['sts:AssumeRole'],
        },
      ],
    },
    Policies: [
      {
        PolicyName: 'task-execution',
        PolicyDocument: {
          Version: '2012-10-17',
          Statement: [
            {
              Effect: 'Allow',
              Action: ['logs:CreateLogStream', 'logs:PutLogEvents'],
              Resource: [getAtt(logs, 'Arn')],
            },
          ],
        },
      },
    ],
  });
  const t = s.res(task);
  t.Cpu = cpu;
  t.Memory = String(memory);
  t.RequiresCompatibilities = ['FARGATE'];
  t.NetworkMode = 'awsvpc';
  t.ExecutionRoleArn = getAtt(execution, 'Arn');
  t.RuntimePlatform = {
    ...((t.RuntimePlatform as Record<string, Json>) ?? {}),
    CpuArchitecture: arm ? 'ARM64' : 'X86_64',
  };
  t.RuntimePlatform = {
    OperatingSystemFamily: 'LINUX',
    ...(t.RuntimePlatform as Record<string, Json>),
  };
  t.ContainerDefinitions = [
    {
      Name: 'app',
      Image: image ? ref(image) : 'public.ecr.aws/nginx/nginx:stable',
      Essential: true,
      PortMappings: [{ ContainerPort: 80, Protocol: 'tcp' }],
      LogConfiguration: {
        LogDriver: 'awslogs',
        Options: {
          'awslogs-group': ref(logs),
          'awslogs-region': ref('AWS::Region'),
          'awslogs-stream-prefix': 'app',
        },
      },
    },
  ];
}

export const ecsService: ShapeFn = (s) => {
  ecsTask(
    s,
    1,
    String(s.p('taskCpu') ?? '512'),
    Number(s.p('taskMemoryMb') ?? 1024),
    s.p('architecture') === 'arm64',
  );
  const svc = s.res(0);
  svc.Cluster = ref(s.id(2));
  svc.TaskDefinition = ref(s.id(1));
  if (s.p('containerInsights') !== false)
    s.res(2).ClusterSettings = [{ Name: 'containerInsights', Value: 'enabled' }];
  if (svc.LaunchType !== 'FARGATE') {
    s.note(
      'EC2 and external launch types need container instances registered in the cluster; run it on Fargate until they exist.',
    );
    svc.LaunchType = 'FARGATE';
  }
  if (!s.ctx.vpcOf(s.out.node.id))
    s.note(
      'A Fargate service runs in a VPC: place it in a subnet so that it gets a network configuration.',
    );
};

export const fargate: ShapeFn = (s) => {
  const t = s.res(0);
  ecsTask(
    s,
    0,
    String(t.Cpu ?? s.p('cpu') ?? '512'),
    Number(t.Memory ?? s.p('memoryMb') ?? 1024),
    s.p('architecture') === 'arm64',
  );
  const svc = s.res(1);
  svc.TaskDefinition = ref(s.id(0));
  svc.DesiredCount = Number(s.p('desiredCount') ?? 2);
  const cluster = s.add('Cluster', 'AWS::ECS::Cluster', {
    ClusterSettings: [{ Name: 'containerInsights', Value: 'enabled' }],
  });
  svc.Cluster = ref(cluster);
  if (s.p('capacityProvider') === 'FARGATE_SPOT') {
    delete svc.LaunchType;
    svc.CapacityProviderStrategy = [{ CapacityProvider: 'FARGATE_SPOT', Weight: 1 }];
  }
  if (!s.ctx.vpcOf(s.out.node.id))
    s.note(
      'A Fargate service runs in a VPC: place it in a subnet so that it gets a network configuration.',
    );
};

/** Fargate's assignPublicIp has no catalog path (its primary is the task definition). */
export const fargatePublicIp: ShapeFn = (s) => {
  const svc = s.res(1);
  const conf = (svc.NetworkConfiguration as Record<string, Record<string, Json>> | undefined)
    ?.AwsvpcConfiguration;
  if (conf) conf.AssignPublicIp = String(s.p('assignPublicIp') ?? 'DISABLED');
};

const RDS_ENGINES: Readonly<Record<string, string>> = {
  postgresql: 'postgres',
  mysql: 'mysql',
  mariadb: 'mariadb',
  oracle: 'oracle-se2',
  sqlserver: 'sqlserver-se',
};

export const rdsInstance: ShapeFn = (s) => {
  const db = s.res(0);
  const engine = String(s.p('engine') ?? 'postgresql');
  db.Engine = RDS_ENGINES[engine] ?? 'postgres';
  db.MasterUsername = 'dbadmin';
  if (engine === 'oracle' || engine === 'sqlserver') db.LicenseModel = 'license-included';
  db.AllocatedStorage = String(db.AllocatedStorage ?? 100);
  if (db.StorageType === 'io2') db.Iops = 3000;
};

export const auroraCluster: ShapeFn = (s) => {
  const cluster = s.res(0);
  const engine =
    String(s.p('engine') ?? 'postgresql') === 'mysql' ? 'aurora-mysql' : 'aurora-postgresql';
  cluster.Engine = engine;
  cluster.MasterUsername = 'dbadmin';
  const serverless = s.p('capacityMode') === 'serverless_v2';
  if (serverless)
    (cluster.ServerlessV2ScalingConfiguration as Record<string, Json>).MinCapacity = 0.5;
  else delete cluster.ServerlessV2ScalingConfiguration;
  if (s.p('storageConfiguration') === 'io_optimized') cluster.StorageType = 'aurora-iopt1';
  const instance = (i: number) => {
    const props = i === 1 ? s.res(1) : {};
    Object.assign(props, {
      Engine: engine,
      DBClusterIdentifier: ref(s.id(0)),
      DBInstanceClass: serverless
        ? 'db.serverless'
        : String(s.p('instanceClass') ?? 'db.r6g.large'),
    });
    return props;
  };
  instance(1);
  if (propValue(s.out.entry, s.out.node.props, 'multiAz') !== false)
    s.add('ReplicaInstance', 'AWS::RDS::DBInstance', instance(2));
};

export const neptune: ShapeFn = (s) => {
  const cluster = s.res(0);
  const serverless = s.p('capacityMode') === 'serverless';
  if (serverless) (cluster.ServerlessScalingConfiguration as Record<string, Json>).MinCapacity = 1;
  else delete cluster.ServerlessScalingConfiguration;
  const instance = s.res(s.indexOf('AWS::Neptune::DBInstance'));
  instance.DBInstanceClass = serverless
    ? 'db.serverless'
    : String(s.p('instanceClass') ?? 'db.r6g.large');
};

export const eks: ShapeFn = (s) => {
  const group = s.indexOf('AWS::EKS::Nodegroup');
  if (group >= 0) {
    const ng = s.res(group);
    ng.InstanceTypes = [String(s.p('nodeInstanceType') ?? 'm6g.large')];
    ng.ScalingConfig = { MinSize: 2, DesiredSize: 2, MaxSize: 4 };
    if (/^[a-z]+\d+g[a-z]*\./.test(String(s.p('nodeInstanceType') ?? 'm6g.large')))
      ng.AmiType = 'AL2023_ARM_64_STANDARD';
  }
  if (s.ctx.vpcOf(s.out.node.id)) return;
  const name = s.param('SubnetIds', {
    Type: 'List<AWS::EC2::Subnet::Id>',
    Description: `Subnets (in two zones or more) of the cluster ${s.id()}.`,
  });
  s.note(
    'The cluster needs subnets in two zones: place it in a subnet of the design or pass SubnetIds.',
  );
  if (!name) return;
  (s.res(0).ResourcesVpcConfig ??= {}) as Record<string, Json>;
  (s.res(0).ResourcesVpcConfig as Record<string, Json>).SubnetIds = ref(name);
  if (group >= 0) s.res(group).Subnets = ref(name);
};
