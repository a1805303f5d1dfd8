/**
 * EventBridge rule targets, load balancer targets and security-group rules between tiers.
 */
import type { DesignEdge } from '../model/types.ts';
import type { ExportContext, NodeOut } from './context.ts';
import { securityGroupFor } from './network.ts';
import { propValue } from './properties.ts';
import { getAtt, ref, type Json } from './template.ts';
import { allowService, lambdaPermission, servicePrincipal } from './wiring.ts';

/** Targets a rule reaches through a role EventBridge assumes, with the action the role needs. */
const ROLE_TARGETS: Readonly<Record<string, { attr?: string; actions: string[] }>> = {
  'step-functions': { actions: ['states:StartExecution'] },
  'kinesis-data-streams': { attr: 'Arn', actions: ['kinesis:PutRecord', 'kinesis:PutRecords'] },
  firehose: { attr: 'Arn', actions: ['firehose:PutRecord', 'firehose:PutRecordBatch'] },
  eventbridge: { attr: 'Arn', actions: ['events:PutEvents'] },
  codebuild: { attr: 'Arn', actions: ['codebuild:StartBuild'] },
};

/** CloudFormation's limit of targets per rule. */
const MAX_TARGETS = 5;

/** The role EventBridge assumes for a bus's role-based targets, created on first use. */
function eventsRole(ctx: ExportContext, bus: NodeOut): { id: string; statements: Json[] } {
  const key = `events:${bus.node.id}`;
  const existing = ctx.serviceRoles.get(key);
  if (existing) return existing;
  const id = ctx.ids.claim(`${bus.ids[0]}TargetRole`, 'TargetRole');
  const statements: Json[] = [];
  ctx.add(
    bus.stack,
    id,
    'AWS::IAM::Role',
    {
      AssumeRolePolicyDocument: {
        Version: '2012-10-17',
        Statement: [
          {
            Effect: 'Allow',
            Principal: servicePrincipal('events.amazonaws.com'),
            Action: ['sts:AssumeRole'],
          },
        ],
      },
      Policies: [
        {
          PolicyName: 'rule-targets',
          PolicyDocument: { Version: '2012-10-17', Statement: statements },
        },
      ],
    },
    bus.node.id,
  );
  const role = { id, statements };
  ctx.serviceRoles.set(key, role);
  return role;
}

/** Adds a target to the bus's rule, with the permission or policy that lets EventBridge deliver. */
export function eventTarget(
  ctx: ExportContext,
  bus: NodeOut,
  target: NodeOut,
  edge: DesignEdge,
): boolean {
  const rule = bus.ids[1];
  if (!rule || !bus.stack.resources.has(rule)) return false;
  const props = ctx.props(bus.stack, rule);
  const targets = (props.Targets ??= []) as Json[];
  if (targets.length >= MAX_TARGETS) {
    ctx.note(
      bus.node.id,
      `A rule takes at most ${MAX_TARGETS} targets; add a second rule for ${ctx.describe(target.node.id)}.`,
    );
    return true;
  }
  const t = target.ids[0];
  const ruleArn = getAtt(rule, 'Arn');
  const entry: Record<string, Json> = { Id: t.slice(0, 64) };
  const service = target.node.service;
  if (service === 'lambda-function') {
    entry.Arn = getAtt(t, 'Arn');
    lambdaPermission(ctx, target, bus, 'events.amazonaws.com', ruleArn, edge);
  } else if (service === 'sqs-queue') {
    entry.Arn = getAtt(t, 'Arn');
    allowService(ctx, target, 'events.amazonaws.com', ruleArn);
  } else if (service === 'sns-topic') {
    entry.Arn = ref(t);
    allowService(ctx, target, 'events.amazonaws.com', ruleArn);
  } else if (ROLE_TARGETS[service]) {
    const spec = ROLE_TARGETS[service];
    const arn = spec.attr ? getAtt(t, spec.attr) : ref(t);
    const role = eventsRole(ctx, bus);
    role.statements.push({ Effect: 'Allow', Action: spec.actions, Resource: [arn] });
    entry.Arn = arn;
    entry.RoleArn = getAtt(role.id, 'Arn');
  } else {
    ctx.note(
      bus.node.id,
      `Add ${ctx.describe(target.node.id)} (${service}) as a target of the rule by hand: its target settings depend on the workload.`,
    );
    return true;
  }
  targets.push(entry);
  return true;
}

/** Wires a load balancer's target group to an instance, a Lambda function or an ECS service. */
export function loadBalancerTarget(
  ctx: ExportContext,
  lb: NodeOut,
  target: NodeOut,
  edge: DesignEdge,
): boolean {
  const group = lb.ids[2];
  if (!group) return false;
  const props = ctx.props(lb.stack, group);
  const targets = (props.Targets ??= []) as Json[];
  switch (target.node.service) {
    case 'ec2-instance':
      targets.push({ Id: ref(target.ids[0]), Port: Number(props.Port ?? 80) });
      networkRule(ctx, lb, target, Number(props.Port ?? 80));
      return true;
    case 'auto-scaling-group': {
      // The group registers its instances itself.
      if (targets.length === 0) delete props.Targets;
      const asg = ctx.props(target.stack, target.ids[0]);
      ((asg.TargetGroupARNs ??= []) as Json[]).push(ref(group));
      networkRule(ctx, lb, target, Number(props.Port ?? 80));
      return true;
    }
    case 'lambda-function': {
      if (lb.node.service !== 'application-load-balancer') return false;
      // A Lambda target group has no protocol, port or VPC, and needs the permission before it registers the function.
      delete props.Protocol;
      delete props.Port;
      delete props.VpcId;
      props.TargetType = 'lambda';
      targets.push({ Id: getAtt(target.ids[0], 'Arn') });
      const permission = lambdaPermission(
        ctx,
        target,
        lb,
        'elasticloadbalancing.amazonaws.com',
        ref(group),
        edge,
      );
      ctx.dependsOn(lb.stack, group, permission);
      return true;
    }
    case 'ecs-service':
    case 'fargate': {
      const service = target.node.service === 'ecs-service' ? target.ids[0] : target.ids[1];
      props.TargetType = 'ip';
      if (Object.keys(targets).length === 0) delete props.Targets;
      const svc = ctx.props(target.stack, service);
      const list = (svc.LoadBalancers ??= []) as Json[];
      list.push({ ContainerName: 'app', ContainerPort: 80, TargetGroupArn: ref(group) });
      if (lb.ids[1]) ctx.dependsOn(target.stack, service, lb.ids[1]);
      networkRule(ctx, lb, target, 80);
      return true;
    }
    default:
      return false;
  }
}

/** The port a client reaches a service on, from its engine where it has one. */
export function servicePort(out: NodeOut): number | null {
  const engine = String(propValue(out.entry, out.node.props, 'engine') ?? '');
  switch (out.node.service) {
    case 'rds-instance':
    case 'aurora-cluster':
      return { mysql: 3306, mariadb: 3306, oracle: 1521, sqlserver: 1433 }[engine] ?? 5432;
    case 'documentdb-cluster':
      return 27017;
    case 'neptune-cluster':
      return 8182;
    case 'elasticache':
      return engine === 'memcached' ? 11211 : 6379;
    case 'memorydb':
      return 6379;
    case 'dax-cluster':
      return 8111;
    case 'redshift-cluster':
    case 'redshift-serverless':
      return 5439;
    case 'msk-cluster':
      return 9098;
    case 'mq-broker':
      return 5671;
    case 'efs-file-system':
      return 2049;
    case 'fsx-lustre':
      return 988;
    case 'fsx-windows':
      return 445;
    case 'opensearch-domain':
    case 'application-load-balancer':
    case 'vpc-endpoint':
      return 443;
    case 'ec2-instance':
    case 'ecs-service':
    case 'fargate':
    case 'auto-scaling-group':
      return 80;
    default:
      return null;
  }
}

/**
 * A security-group rule letting the source's group reach the target's on the target's port,
 * when both sit in the same VPC. Only the tiers an edge connects can talk to each other.
 */
export function networkRule(
  ctx: ExportContext,
  source: NodeOut,
  target: NodeOut,
  port?: number,
): void {
  const vpc = ctx.vpcOf(target.node.id);
  if (
    !vpc ||
    ctx.vpcOf(source.node.id)?.id !== vpc.id ||
    !ctx.placedInVpc.has(source.node.id) ||
    !ctx.placedInVpc.has(target.node.id)
  )
    return;
  const p = port ?? servicePort(target);
  if (p === null) return;
  const from = securityGroupFor(ctx, source.node.id);
  const to = securityGroupFor(ctx, target.node.id);
  if (!from || !to || from === to) return;
  const key = `${from}>${to}:${p}`;
  if (ctx.ingressRules.has(key)) return;
  ctx.ingressRules.add(key);
  const id = ctx.ids.claim(`${to}From${from}`, 'Ingress');
  ctx.add(
    target.stack,
    id,
    'AWS::EC2::SecurityGroupIngress',
    {
      GroupId: getAtt(to, 'GroupId'),
      SourceSecurityGroupId: getAtt(from, 'GroupId'),
      IpProtocol: 'tcp',
      FromPort: p,
      ToPort: p,
      Description: `From ${source.ids[0]} to ${target.ids[0]}`.slice(0, 255),
    },
    target.node.id,
  );
}
