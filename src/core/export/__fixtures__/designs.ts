/**
 * Designs for the exporter's tests: one that exercises every kind of wiring, and one with a node of
 * every catalog entry, each placed where the catalog allows.
 */
import { CATALOG_ENTRIES, canPlace } from '../../catalog/index.ts';
import type { DesignDocument, DesignNode } from '../../model/types.ts';
import { design, edge, network, node, region } from '../../../../test-support/design.ts';

/** Two Regions, a VPC with two zones, and an edge of every kind the exporter wires. */
export function wiredDesign(): DesignDocument {
  const net = network({ zones: 2 });
  const [z1, z2] = net.zones;
  const n = {
    api: node('api', 'api-gateway', 'region'),
    fn: node('fn', 'lambda-function', z1.private, { memoryMb: 256 }),
    worker: node('worker', 'lambda-function', 'region', {
      runtime: 'python3.13',
      tracing: 'Active',
    }),
    table: node('table', 'dynamodb-table', 'region'),
    queue: node('queue', 'sqs-queue', 'region', { deadLetterQueue: true }),
    topic: node('topic', 'sns-topic', 'region'),
    inbox: node('inbox', 'sqs-queue', 'region', { fifo: false }),
    bucket: node('bucket', 's3-bucket', 'region'),
    bus: node('bus', 'eventbridge', 'region'),
    flow: node('flow', 'step-functions', 'region', { loggingLevel: 'ERROR' }),
    stream: node('stream', 'kinesis-data-streams', 'region'),
    alb: node('alb', 'application-load-balancer', z1.public),
    web: node('web', 'ec2-instance', z2.private, { instanceType: 't4g.small' }),
    db: node('db', 'rds-instance', z2.private, { engine: 'mysql' }),
    cdn: node('cdn', 'cloudfront'),
    dns: node('dns', 'route53', undefined, { domainName: 'shop.example.com' }),
    ai: node('ai', 'comprehend', 'region'),
    far: node('far', 'sqs-queue', 'eu'),
  };
  for (const [key, value] of Object.entries(n))
    value.label = key === 'fn' ? 'Orders handler' : key[0].toUpperCase() + key.slice(1);
  const nodes: DesignNode[] = [...net.nodes, region('eu', 'eu-west-1'), ...Object.values(n)];
  const edges = [
    edge(n.api, n.fn),
    edge(n.fn, n.table),
    edge(n.fn, n.queue),
    edge(n.fn, n.ai),
    edge(n.fn, n.far),
    edge(n.queue, n.worker),
    edge(n.topic, n.inbox),
    edge(n.topic, n.worker),
    edge(n.bucket, n.worker),
    edge(n.bus, n.worker),
    edge(n.bus, n.inbox),
    edge(n.bus, n.flow),
    edge(n.stream, n.worker),
    edge(n.table, n.worker),
    edge(n.alb, n.web),
    edge(n.web, n.db),
    edge(n.cdn, n.bucket),
    edge(n.dns, n.cdn),
    edge(n.flow, n.worker),
  ];
  const d = design(nodes, edges);
  d.name = 'Wired shop';
  return d;
}

/** A node of every catalog entry (containers too), in the first place the catalog allows. */
export function everyServiceDesign(): DesignDocument {
  const net = network({ zones: 2 });
  const nodes: DesignNode[] = [...net.nodes];
  const slots: [string | undefined, string | null, string[]][] = [
    ['region', 'region', []],
    [net.zones[0].private, 'private-subnet', ['availability-zone', 'vpc', 'region']],
    [net.zones[0].public, 'public-subnet', ['availability-zone', 'vpc', 'region']],
    ['vpc', 'vpc', ['region']],
    [undefined, null, []],
  ];
  for (const e of CATALOG_ENTRIES) {
    if (
      [
        'region',
        'vpc',
        'availability-zone',
        'public-subnet',
        'private-subnet',
        'outpost',
        'outpost-subnet',
      ].includes(e.id)
    )
      continue;
    const slot = slots.find(([, svc, anc]) => canPlace(e.id, svc, anc).ok);
    if (slot)
      nodes.push({
        id: `n-${e.id}`,
        service: e.id,
        ...(slot[0] ? { parent: slot[0] } : {}),
        label: e.name,
      });
  }
  const d = design(nodes, []);
  d.name = 'Every service';
  return d;
}
