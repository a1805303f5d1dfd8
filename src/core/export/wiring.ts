/**
 * Edges become wiring where the catalog meaning implies it: Lambda event source mappings, SNS
 * subscriptions, S3 notifications, API Gateway integrations, EventBridge rule targets, with the
 * resource policies and Lambda permissions each needs, plus IAM grants and security-group rules
 * for compute nodes. Integrations AWS only allows within one Region are wired in the same stack.
 */
import type { EdgeMeaning } from '../catalog/types.ts';
import type { DesignEdge } from '../model/types.ts';
import type { ExportContext, NodeOut } from './context.ts';
import { grantEdge } from './iam.ts';
import { apiIntegration } from './wiring-api.ts';
import { eventTarget, loadBalancerTarget, networkRule } from './wiring-more.ts';
import { getAtt, ref, type Json } from './template.ts';
import { bucketArn } from './services/names.ts';

/** `Principal` and condition helpers shared by the resource policies. */
export function servicePrincipal(service: string): Json {
  return { Service: service };
}

/** A Lambda permission for a service principal, scoped to the calling resource. */
export function lambdaPermission(
  ctx: ExportContext,
  fn: NodeOut,
  caller: NodeOut,
  principal: string,
  sourceArn: Json,
  edge: DesignEdge,
  account = false,
): string {
  const id = ctx.ids.claim(`${fn.ids[0]}${caller.ids[0]}Permission`, 'Permission');
  const props: Record<string, Json> = {
    Action: 'lambda:InvokeFunction',
    FunctionName: getAtt(fn.ids[0], 'Arn'),
    Principal: principal,
    SourceArn: sourceArn,
  };
  if (account) props.SourceAccount = ref('AWS::AccountId');
  ctx.add(fn.stack, id, 'AWS::Lambda::Permission', props, caller.node.id, { edge: edge.id });
  return id;
}

/**
 * The statement list of a queue's or topic's resource policy, created on first use so that every
 * publisher adds to one policy (a queue takes one QueuePolicy).
 */
export function resourcePolicy(ctx: ExportContext, target: NodeOut): Json[] {
  const existing = ctx.resourcePolicies.get(target.node.id);
  if (existing) return existing;
  const statements: Json[] = [];
  const queue = target.node.service === 'sqs-queue';
  const id = ctx.ids.claim(`${target.ids[0]}Policy`, 'Policy');
  const props: Record<string, Json> = queue
    ? {
        Queues: [ref(target.ids[0])],
        PolicyDocument: { Version: '2012-10-17', Statement: statements },
      }
    : {
        Topics: [ref(target.ids[0])],
        PolicyDocument: { Version: '2012-10-17', Statement: statements },
      };
  ctx.add(
    target.stack,
    id,
    queue ? 'AWS::SQS::QueuePolicy' : 'AWS::SNS::TopicPolicy',
    props,
    target.node.id,
  );
  ctx.resourcePolicies.set(target.node.id, statements);
  ctx.resourcePolicyIds.set(target.node.id, id);
  return statements;
}

/** Lets a service send to a queue or publish to a topic, only on behalf of one source ARN. */
export function allowService(
  ctx: ExportContext,
  target: NodeOut,
  principal: string,
  sourceArn: Json,
): string {
  const queue = target.node.service === 'sqs-queue';
  const statement = {
    Effect: 'Allow',
    Principal: servicePrincipal(principal),
    Action: queue ? 'sqs:SendMessage' : 'sns:Publish',
    Resource: queue ? getAtt(target.ids[0], 'Arn') : ref(target.ids[0]),
    Condition: { ArnEquals: { 'aws:SourceArn': sourceArn } },
  };
  const list = resourcePolicy(ctx, target);
  const key = JSON.stringify(statement);
  if (!list.some((s) => JSON.stringify(s) === key)) list.push(statement);
  return ctx.resourcePolicyIds.get(target.node.id)!;
}

const STREAM_SOURCES = new Set(['sqs-queue', 'kinesis-data-streams', 'dynamodb-table']);

function eventSourceMapping(
  ctx: ExportContext,
  source: NodeOut,
  fn: NodeOut,
  edge: DesignEdge,
): void {
  const id = ctx.ids.claim(`${fn.ids[0]}${source.ids[0]}Mapping`, 'EventSourceMapping');
  const props: Record<string, Json> = { FunctionName: ref(fn.ids[0]), Enabled: true };
  if (source.node.service === 'sqs-queue') {
    props.EventSourceArn = getAtt(source.ids[0], 'Arn');
    props.BatchSize = 10;
    ctx.grant(
      fn.node.id,
      [
        'sqs:ReceiveMessage',
        'sqs:DeleteMessage',
        'sqs:GetQueueAttributes',
        'sqs:ChangeMessageVisibility',
      ],
      [getAtt(source.ids[0], 'Arn')],
    );
  } else if (source.node.service === 'kinesis-data-streams') {
    props.EventSourceArn = getAtt(source.ids[0], 'Arn');
    props.StartingPosition = 'LATEST';
    ctx.grant(
      fn.node.id,
      [
        'kinesis:GetRecords',
        'kinesis:GetShardIterator',
        'kinesis:DescribeStream',
        'kinesis:DescribeStreamSummary',
        'kinesis:ListShards',
        'kinesis:SubscribeToShard',
      ],
      [getAtt(source.ids[0], 'Arn')],
    );
  } else {
    const table = ctx.props(source.stack, source.ids[0]);
    table.StreamSpecification ??= { StreamViewType: 'NEW_AND_OLD_IMAGES' };
    props.EventSourceArn = getAtt(source.ids[0], 'StreamArn');
    props.StartingPosition = 'LATEST';
    ctx.grant(
      fn.node.id,
      ['dynamodb:DescribeStream', 'dynamodb:GetRecords', 'dynamodb:GetShardIterator'],
      [getAtt(source.ids[0], 'StreamArn')],
    );
    // dynamodb:ListStreams has no resource type: AWS requires "*", and Lambda calls it to poll.
    ctx.grant(fn.node.id, ['dynamodb:ListStreams'], ['*']);
  }
  // The mapping is validated against the role's permissions when it is created.
  const role = ctx.roles.get(fn.node.id);
  ctx.add(fn.stack, id, 'AWS::Lambda::EventSourceMapping', props, source.node.id, {
    edge: edge.id,
    ...(role ? { DependsOn: [role] } : {}),
  });
}

function snsSubscription(
  ctx: ExportContext,
  topic: NodeOut,
  target: NodeOut,
  edge: DesignEdge,
): boolean {
  const protocol =
    target.node.service === 'sqs-queue'
      ? 'sqs'
      : target.node.service === 'lambda-function'
        ? 'lambda'
        : null;
  if (!protocol) return false;
  const id = ctx.ids.claim(`${topic.ids[0]}${target.ids[0]}Subscription`, 'Subscription');
  const props: Record<string, Json> = {
    TopicArn: ref(topic.ids[0]),
    Protocol: protocol,
    Endpoint: getAtt(target.ids[0], 'Arn'),
  };
  if (protocol === 'sqs') {
    props.RawMessageDelivery = true;
    allowService(ctx, target, 'sns.amazonaws.com', ref(topic.ids[0]));
  } else {
    lambdaPermission(ctx, target, topic, 'sns.amazonaws.com', ref(topic.ids[0]), edge);
  }
  ctx.add(topic.stack, id, 'AWS::SNS::Subscription', props, topic.node.id, { edge: edge.id });
  return true;
}

function s3Notification(
  ctx: ExportContext,
  bucket: NodeOut,
  target: NodeOut,
  edge: DesignEdge,
): boolean {
  const props = ctx.props(bucket.stack, bucket.ids[0]);
  const config = (props.NotificationConfiguration ??= {}) as Record<string, Json>;
  const push = (key: string, value: Json) => ((config[key] ??= []) as Json[]).push(value);
  // The bucket's notification names the target and the target's policy names the bucket: the
  // policy must exist first, so it refers to the bucket by its fixed name, not by GetAtt (a cycle).
  const arn = bucketArn(ctx, bucket);
  const event = 's3:ObjectCreated:*';
  switch (target.node.service) {
    case 'lambda-function': {
      const permission = lambdaPermission(ctx, target, bucket, 's3.amazonaws.com', arn, edge, true);
      push('LambdaConfigurations', { Event: event, Function: getAtt(target.ids[0], 'Arn') });
      ctx.dependsOn(bucket.stack, bucket.ids[0], permission);
      return true;
    }
    case 'sqs-queue':
    case 'sns-topic': {
      const policy = allowService(ctx, target, 's3.amazonaws.com', arn);
      if (target.node.service === 'sqs-queue')
        push('QueueConfigurations', { Event: event, Queue: getAtt(target.ids[0], 'Arn') });
      else push('TopicConfigurations', { Event: event, Topic: ref(target.ids[0]) });
      ctx.dependsOn(bucket.stack, bucket.ids[0], policy);
      return true;
    }
    case 'eventbridge':
      config.EventBridgeConfiguration = { EventBridgeEnabled: true };
      return true;
    default:
      return false;
  }
}

/** The meaning of an edge: its own, else the catalog's for the pair. */
export function meaningOf(edge: DesignEdge, fallback: EdgeMeaning | undefined): EdgeMeaning {
  return edge.meaning ?? fallback ?? 'invoke';
}

/** Wires one edge. Edges between nodes without resources (users, external systems) need nothing. */
export function wireEdge(ctx: ExportContext, edge: DesignEdge, meaning: EdgeMeaning): void {
  const source = ctx.outs.get(edge.source);
  const target = ctx.outs.get(edge.target);
  const s = ctx.index.nodes.get(edge.source)?.service ?? '';
  const t = ctx.index.nodes.get(edge.target)?.service ?? '';
  const compute = ctx.grants.has(edge.source);
  if (source && target && source.stack === target.stack) {
    if (STREAM_SOURCES.has(s) && t === 'lambda-function' && meaning !== 'write')
      return eventSourceMapping(ctx, source, target, edge);
    if (s === 'lambda-function' && meaning === 'subscribe' && STREAM_SOURCES.has(t))
      return eventSourceMapping(ctx, target, source, edge);
    if (s === 'sns-topic' && snsSubscription(ctx, source, target, edge)) return;
    if (s === 's3-bucket' && s3Notification(ctx, source, target, edge)) return;
    if (s === 'api-gateway' && apiIntegration(ctx, source, target, edge)) return;
    if (s === 'eventbridge' && eventTarget(ctx, source, target, edge)) return;
    if (
      (s === 'application-load-balancer' || s === 'network-load-balancer') &&
      loadBalancerTarget(ctx, source, target, edge)
    )
      return;
    networkRule(ctx, source, target);
  } else if (source && target && !compute) {
    ctx.note(
      edge.source,
      `The edge to ${ctx.describe(edge.target)} crosses Regions and is not wired: connect them through a cross-Region integration.`,
    );
    return;
  }
  if (compute) grantEdge(ctx, edge.source, edge.target, meaning);
}
