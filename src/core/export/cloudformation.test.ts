import { describe, expect, it } from 'vitest';
import example from '../../../catalog/examples/serverless-api.json';
import { parseCidr, cidrOverlaps } from '../model/cidr.ts';
import type { DesignDocument } from '../model/types.ts';
import { design, edge, network, node, region, subnet } from '../../../test-support/design.ts';
import { formatTemplateErrors, validateTemplate } from '../../../test-support/validate-template.ts';
import { everyServiceDesign, wiredDesign } from './__fixtures__/designs.ts';
import { toCloudFormation } from './cloudformation.ts';
import { humanize, LogicalIds, pascalCase } from './logical-ids.ts';
import type { CfnResourceDef, Json, Template } from './template.ts';

const serverless = example as unknown as DesignDocument;

function resourcesOf(t: Template, type: string): [string, CfnResourceDef][] {
  return Object.entries(t.Resources).filter(([, r]) => r.Type === type);
}

function only(d: DesignDocument): Template {
  const r = toCloudFormation(d);
  expect(r.stacks).toHaveLength(1);
  return r.stacks[0].template;
}

/** Every IAM statement of every role in the template. */
function statements(t: Template): { Action: string[]; Resource: Json[] }[] {
  return resourcesOf(t, 'AWS::IAM::Role').flatMap(([, r]) =>
    (
      (r.Properties?.Policies as
        | { PolicyDocument: { Statement: { Action: string[]; Resource: Json[] }[] } }[]
        | undefined) ?? []
    ).flatMap((p) => p.PolicyDocument.Statement),
  );
}

/** Actions AWS only grants on "*" (no resource-level permissions); each use is commented in iam.ts and the mappings. */
const STAR_ONLY =
  /^(ec2:(AssignPrivateIpAddresses|CreateNetworkInterface|DeleteNetworkInterface|DescribeNetworkInterfaces|DescribeSubnets|UnassignPrivateIpAddresses)|xray:Put\w+|cloudwatch:PutMetricData|ecr:GetAuthorizationToken|dynamodb:ListStreams|batch:DescribeJobs|comprehend:Detect\w+|rekognition:Detect\w+|textract:\w+|logs:(CreateLogDelivery|DeleteLogDelivery|DescribeLogGroups|DescribeResourcePolicies|GetLogDelivery|ListLogDeliveries|PutResourcePolicy|UpdateLogDelivery))$/;

describe('logical ids', () => {
  it('are PascalCase alphanumerics from labels, stable under pascalCase and humanize', () => {
    expect(pascalCase('Orders handler (v2)')).toBe('OrdersHandlerV2');
    expect(pascalCase('café résumé')).toBe('CafeResume');
    expect(pascalCase('1st queue')).toBe('N1stQueue');
    expect(pascalCase('<b>"top" & \'co\'</b>')).toBe('BTopCoB');
    expect(pascalCase('OrdersHandler')).toBe('OrdersHandler');
    for (const id of ['OrdersHandler', 'DynamoDBTable', 'N1stQueue', 'APIGateway', 'S3Bucket2'])
      expect(pascalCase(humanize(id))).toBe(id);
  });

  it('are unique: a clash takes the node id, then a counter, whatever the order', () => {
    const ids = new LogicalIds();
    expect(ids.claim('Worker', 'Lambda', 'a1')).toBe('Worker');
    expect(ids.claim('worker', 'Lambda', 'b2')).toBe('WorkerB2');
    expect(ids.claim('Worker', 'Lambda', 'b2')).toBe('WorkerB22');
    expect(ids.claim('', 'Amazon SQS', 'q')).toBe('AmazonSQS');
  });
});

describe('toCloudFormation', () => {
  it('is deterministic: shuffled nodes and edges give the same templates', () => {
    const d = wiredDesign();
    const shuffled = { ...d, nodes: [...d.nodes].reverse(), edges: [...d.edges].reverse() };
    expect(JSON.stringify(toCloudFormation(shuffled))).toBe(JSON.stringify(toCloudFormation(d)));
  });

  it('turns the example design into a VPC, subnets, route tables, the API, the function and the database', () => {
    const t = only(serverless);
    for (const id of [
      'OrdersVPC',
      'PrivateSubnetA',
      'PrivateSubnetB',
      'OrdersAPI',
      'OrdersHandler',
      'OrdersHandlerRole',
      'OrdersDatabase',
    ])
      expect(t.Resources[id], id).toBeDefined();
    expect(t.Resources.PrivateSubnetA.Properties?.CidrBlock).toEqual({ Ref: 'PrivateSubnetACidr' });
    expect(t.Parameters?.PrivateSubnetACidr.Default).toBe('10.0.1.0/24');
    expect(t.Resources.PrivateSubnetA.Properties?.AvailabilityZone).toEqual({
      'Fn::Sub': '${AWS::Region}a',
    });
    expect(resourcesOf(t, 'AWS::EC2::SubnetRouteTableAssociation')).toHaveLength(2);
    expect(t.Resources.OrdersHandler.Properties?.Architectures).toEqual(['arm64']);
    expect(t.Resources.OrdersHandler.Properties?.MemorySize).toBe(512);
    expect(
      (t.Resources.OrdersHandler.Properties?.VpcConfig as Record<string, Json>).SubnetIds,
    ).toEqual([{ Ref: 'PrivateSubnetA' }]);
    const [, permission] = resourcesOf(t, 'AWS::Lambda::Permission')[0];
    expect(permission.Properties?.Principal).toBe('apigateway.amazonaws.com');
    const [, rule] = resourcesOf(t, 'AWS::EC2::SecurityGroupIngress')[0];
    expect(rule.Properties).toMatchObject({
      FromPort: 5432,
      GroupId: { 'Fn::GetAtt': ['OrdersDatabaseSecurityGroup', 'GroupId'] },
      SourceSecurityGroupId: { 'Fn::GetAtt': ['OrdersHandlerSecurityGroup', 'GroupId'] },
    });
  });

  it('marks every resource with its node, tags the taggable ones and retains the stateful ones', () => {
    const t = only(serverless);
    for (const [id, r] of Object.entries(t.Resources))
      expect((r.Metadata?.Cloudwright as Record<string, Json>).node, id).toBeTypeOf('string');
    expect(t.Resources.OrdersDatabase.Metadata).toEqual({ Cloudwright: { node: 'db' } });
    expect(t.Resources.OrdersDatabase).toMatchObject({
      DeletionPolicy: 'Retain',
      UpdateReplacePolicy: 'Retain',
    });
    expect(t.Resources.OrdersHandler.DeletionPolicy).toBeUndefined();
    const tags = t.Resources.OrdersHandler.Properties?.Tags as { Key: string; Value: Json }[];
    expect(tags.map((x) => x.Key)).toEqual(['Application', 'Environment', 'CostCenter']);
    expect(tags[1].Value).toEqual({ Ref: 'Environment' });
  });

  it('has the Environment parameter, the IsProduction condition, size parameters and outputs', () => {
    const t = only(serverless);
    expect(t.Parameters?.Environment).toMatchObject({
      AllowedValues: ['dev', 'staging', 'prod'],
      Default: 'dev',
    });
    expect(t.Conditions?.IsProduction).toEqual({ 'Fn::Equals': [{ Ref: 'Environment' }, 'prod'] });
    expect(t.Parameters?.OrdersDatabaseInstanceClass).toMatchObject({ Default: 'db.t3.medium' });
    expect(t.Resources.OrdersDatabase.Properties?.DBInstanceClass).toEqual({
      Ref: 'OrdersDatabaseInstanceClass',
    });
    expect(t.Outputs?.OrdersAPIEndpoint.Value).toEqual({
      'Fn::Sub':
        'https://${OrdersAPI}.execute-api.${AWS::Region}.${AWS::URLSuffix}/${OrdersAPIStage}/',
    });
    expect(t.Outputs?.OrdersHandlerArn.Value).toEqual({ 'Fn::GetAtt': ['OrdersHandler', 'Arn'] });
  });

  it('grants each compute node only the actions its edges need, on the connected resources', () => {
    const t = toCloudFormation(wiredDesign()).stacks.find(
      (s) => s.region === 'us-east-1',
    )!.template;
    const all = statements(t);
    for (const s of all) {
      for (const a of s.Action) expect(a, 'no wildcard actions').not.toMatch(/\*/);
      if (s.Resource.includes('*'))
        for (const a of s.Action)
          expect(a, `"*" resource only where AWS requires it`).toMatch(STAR_ONLY);
    }
    const role = t.Resources.OrdersHandlerRole.Properties!.Policies as {
      PolicyDocument: { Statement: { Action: string[]; Resource: Json[] }[] };
    }[];
    const st = role[0].PolicyDocument.Statement;
    expect(st).toContainEqual({
      Effect: 'Allow',
      Action: ['sqs:GetQueueAttributes', 'sqs:SendMessage'],
      Resource: [{ 'Fn::GetAtt': ['Queue', 'Arn'] }],
    });
    expect(st.find((s) => s.Action.includes('dynamodb:PutItem'))?.Resource).toEqual([
      { 'Fn::GetAtt': ['Table', 'Arn'] },
      { 'Fn::Join': ['', [{ 'Fn::GetAtt': ['Table', 'Arn'] }, '/index/*']] },
    ]);
  });

  it('wires event sources, subscriptions, notifications, rule targets and load balancer targets', () => {
    const t = toCloudFormation(wiredDesign()).stacks.find(
      (s) => s.region === 'us-east-1',
    )!.template;
    const mappings = resourcesOf(t, 'AWS::Lambda::EventSourceMapping').map(
      ([, r]) => r.Properties?.EventSourceArn,
    );
    expect(mappings).toEqual(
      expect.arrayContaining([
        { 'Fn::GetAtt': ['Queue', 'Arn'] },
        { 'Fn::GetAtt': ['Stream', 'Arn'] },
        { 'Fn::GetAtt': ['Table', 'StreamArn'] },
      ]),
    );
    expect(t.Resources.Table.Properties?.StreamSpecification).toEqual({
      StreamViewType: 'NEW_AND_OLD_IMAGES',
    });
    const subs = resourcesOf(t, 'AWS::SNS::Subscription')
      .map(([, r]) => r.Properties?.Protocol)
      .sort();
    expect(subs).toEqual(['lambda', 'sqs']);
    const policy = resourcesOf(t, 'AWS::SQS::QueuePolicy')[0][1].Properties!.PolicyDocument as {
      Statement: { Principal: { Service: string } }[];
    };
    expect(policy.Statement.map((s) => s.Principal.Service).sort()).toEqual([
      'events.amazonaws.com',
      'sns.amazonaws.com',
    ]);
    const principals = resourcesOf(t, 'AWS::Lambda::Permission')
      .map(([, r]) => r.Properties?.Principal)
      .sort();
    expect(principals).toEqual([
      'apigateway.amazonaws.com',
      'events.amazonaws.com',
      's3.amazonaws.com',
      'sns.amazonaws.com',
    ]);
    expect(
      (t.Resources.Bucket.Properties?.NotificationConfiguration as Record<string, Json>)
        .LambdaConfigurations,
    ).toHaveLength(1);
    expect(t.Resources.Bucket.DependsOn).toEqual(['WorkerBucketPermission']);
    expect((t.Resources.BusRule.Properties?.Targets as Json[]).length).toBe(3);
    expect(t.Resources.AlbTargetGroup.Properties?.Targets).toEqual([
      { Id: { Ref: 'Web' }, Port: 80 },
    ]);
    expect(t.Resources.RecordSet ?? t.Resources.DnsRecordSet).toBeDefined();
  });

  it('gives one stack per Region and passes cross-Region references as parameters', () => {
    const r = toCloudFormation(wiredDesign());
    expect(r.stacks.map((s) => s.region)).toEqual(['eu-west-1', 'us-east-1']);
    const [eu, us] = r.stacks.map((s) => s.template);
    expect(eu.Resources.Far).toBeDefined();
    expect(eu.Outputs?.FarArn.Value).toEqual({ 'Fn::GetAtt': ['Far', 'Arn'] });
    expect(us.Parameters?.FarArn.Type).toBe('String');
    expect(r.manualSteps.some((m) => m.node === 'far' && m.reason.includes('FarArn'))).toBe(true);
  });

  it('lists nodes without a CloudFormation resource as manual steps, with the catalog reason', () => {
    const r = toCloudFormation(wiredDesign());
    const step = r.manualSteps.find((m) => m.node === 'ai');
    expect(step?.service).toBe('comprehend');
    expect(step?.reason).toMatch(/no resource/);
  });

  it('allocates missing subnet CIDRs without overlap, and a NAT gateway per zone for private egress', () => {
    const net = network({ zones: 2 });
    const nodes = net.nodes.map((n) => (n.service.endsWith('subnet') ? { ...n, props: {} } : n));
    nodes.push(subnet('extra', net.zones[0].az, 'private', '10.0.0.0/24'));
    delete nodes[nodes.length - 1].props!.cidr;
    nodes.push(subnet('fixed', net.zones[1].az, 'private', '10.0.0.0/24'));
    const t = only(design(nodes));
    const blocks = resourcesOf(t, 'AWS::EC2::Subnet').map(([, r]) => {
      const cidr = r.Properties!.CidrBlock as { Ref: string };
      return parseCidr(String(t.Parameters![cidr.Ref].Default))!;
    });
    expect(blocks).toHaveLength(6);
    for (let i = 0; i < blocks.length; i += 1)
      for (let j = i + 1; j < blocks.length; j += 1)
        expect(cidrOverlaps(blocks[i], blocks[j])).toBe(false);
    expect(resourcesOf(t, 'AWS::EC2::NatGateway')).toHaveLength(2);
    expect(resourcesOf(t, 'AWS::EC2::InternetGateway')).toHaveLength(1);
    const routes = resourcesOf(t, 'AWS::EC2::Route').map(([, r]) =>
      Object.keys(r.Properties!).find((k) => k.endsWith('GatewayId')),
    );
    expect(routes.filter((k) => k === 'NatGatewayId')).toHaveLength(4);
    expect(routes.filter((k) => k === 'GatewayId')).toHaveLength(1);
  });

  it('exports generic resources as they are, with references renamed to the exported ids', () => {
    const d = design([
      region('r', 'us-east-1'),
      { id: 'myQueue', service: 'sqs-queue', parent: 'r', label: 'Jobs' },
      {
        id: 'job',
        service: 'generic-resource',
        parent: 'r',
        label: 'Glue job',
        props: {
          cfnType: 'AWS::Glue::Job',
          cfnProperties: JSON.stringify({
            Role: 'arn:aws:iam::1:role/x',
            Command: { Name: 'glueetl' },
            DefaultArguments: {
              '--queue': { Ref: 'myQueue' },
              '--url': { 'Fn::Sub': '${myQueue.QueueUrl}' },
            },
          }),
        },
      },
    ]);
    const t = only(d);
    expect(t.Resources.GlueJob.Type).toBe('AWS::Glue::Job');
    expect(t.Resources.GlueJob.Properties).toEqual({
      Role: 'arn:aws:iam::1:role/x',
      Command: { Name: 'glueetl' },
      DefaultArguments: { '--queue': { Ref: 'Jobs' }, '--url': { 'Fn::Sub': '${Jobs.QueueUrl}' } },
    });
  });

  it('merges the Parameters, Conditions and Outputs kept from an import', () => {
    const d = design([region('r', 'us-east-1'), node('q', 'sqs-queue', 'r')]);
    d.cfn = {
      parameters: { Owner: { Type: 'String', Default: 'team' } },
      conditions: { HasOwner: { 'Fn::Not': [{ 'Fn::Equals': [{ Ref: 'Owner' }, ''] }] } },
      outputs: {
        QueueOwner: { Value: { 'Fn::If': ['HasOwner', { Ref: 'Owner' }, 'none'] } },
        Stale: { Value: { Ref: 'Gone' } },
      },
    };
    const r = toCloudFormation(d);
    const t = r.stacks[0].template;
    expect(t.Parameters?.Owner).toEqual({ Type: 'String', Default: 'team' });
    expect(t.Conditions?.HasOwner).toBeDefined();
    expect(t.Outputs?.QueueOwner).toBeDefined();
    expect(t.Outputs?.Stale).toBeUndefined();
    expect(r.manualSteps.some((m) => m.reason.includes('Stale'))).toBe(true);
  });

  it('exports a node of every catalog entry', () => {
    const r = toCloudFormation(everyServiceDesign());
    const t = r.stacks[0].template;
    const nodes = new Set(
      Object.values(t.Resources).map(
        (res) => (res.Metadata?.Cloudwright as Record<string, string>).node,
      ),
    );
    expect(nodes.has('n-sqs-queue')).toBe(true);
    expect(Object.keys(t.Resources).length).toBeGreaterThan(150);
  });

  it('gives an empty design a deployable placeholder stack', () => {
    const t = only(design([]));
    expect(Object.values(t.Resources).map((r) => r.Type)).toEqual([
      'AWS::CloudFormation::WaitConditionHandle',
    ]);
  });

  it('exports an Auto Scaling group with its instances, their role, their security group and target group', () => {
    const net = network({ zones: 2 });
    const asg = node('asg', 'auto-scaling-group', net.vpc);
    const app = node('app', 'ec2-instance', 'asg', { instanceType: 'm7g.large' });
    const alb = { ...node('alb', 'application-load-balancer', net.zones[0].public), label: 'Alb' };
    const table = node('table', 'dynamodb-table', 'region');
    const t = only(
      design([...net.nodes, asg, app, alb, table], [edge(alb, app), edge(app, table)]),
    );
    expect(resourcesOf(t, 'AWS::EC2::Instance')).toHaveLength(0);
    const [id, group] = resourcesOf(t, 'AWS::AutoScaling::AutoScalingGroup')[0];
    expect(group.Properties?.TargetGroupARNs).toEqual([{ Ref: 'AlbTargetGroup' }]);
    expect((group.Properties?.VPCZoneIdentifier as Json[]).length).toBe(2);
    const data = t.Resources[`${id}LaunchTemplate`].Properties?.LaunchTemplateData as Record<
      string,
      Json
    >;
    expect(data).toMatchObject({
      InstanceType: 'm7g.large',
      IamInstanceProfile: { Arn: { 'Fn::GetAtt': [`${id}InstanceProfile`, 'Arn'] } },
    });
    expect(JSON.stringify(t.Resources[`${id}InstanceRole`].Properties?.Policies)).toContain(
      'dynamodb:PutItem',
    );
    expect(
      resourcesOf(t, 'AWS::EC2::SecurityGroupIngress').map(([, r]) => r.Properties?.FromPort),
    ).toContain(80);
    expect(formatTemplateErrors(validateTemplate(t))).toBe('');
  });

  it('uses the design edge meaning, so an ALB-to-Lambda edge makes a Lambda target group', () => {
    const net = network({ zones: 2 });
    const alb = node('alb', 'application-load-balancer', net.zones[0].public);
    const fn = node('fn', 'lambda-function', 'region');
    const t = only(design([...net.nodes, alb, fn], [edge(alb, fn)]));
    const group = Object.entries(t.Resources).find(
      ([, r]) => r.Type === 'AWS::ElasticLoadBalancingV2::TargetGroup',
    )![1];
    expect(group.Properties).toMatchObject({ TargetType: 'lambda' });
    expect(group.Properties?.VpcId).toBeUndefined();
  });
});
