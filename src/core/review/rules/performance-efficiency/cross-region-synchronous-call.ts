import { connectionRule } from '../../../catalog/index.ts';
import { outgoingOf } from '../../../model/graph.ts';
import type { RuleHit, Rule } from '../../types.ts';

/** Services that serve requests while a caller waits. */
const REQUEST_PATH = [
  'lambda-function',
  'ec2-instance',
  'ecs-service',
  'fargate',
  'eks-cluster',
  'elastic-beanstalk',
  'app-runner',
  'api-gateway',
  'appsync',
];
/** Edge meanings where the caller waits for the answer. */
const WAITING = new Set(['invoke', 'read', 'write']);

/** PERF04-BP01: every call a request makes to another Region adds that Region's round trip. */
export const rule: Rule = {
  id: 'cross-region-synchronous-call',
  pillar: 'performance-efficiency',
  bestPractice: 'PERF04-BP01',
  choiceId: 'perf_networking_understand_how_networking_impacts_performance',
  severity: 'high',
  title: 'Request path calls a service in another Region',
  rationale:
    'A call between Regions crosses tens to hundreds of milliseconds of network each way, and it is paid on every request that makes it; one such call on a request path can cost more time than all the work done locally.',
  remediation:
    'Keep the request path in one Region: read from a local replica (DynamoDB global table, Aurora global database, S3 replication) or move the caller next to what it calls; cross Regions asynchronously if at all.',
  docs: 'https://docs.aws.amazon.com/wellarchitected/latest/performance-efficiency-pillar/perf_networking_understand_how_networking_impacts_performance.html',
  services: REQUEST_PATH,
  topology: true,
  check: (ctx) => {
    const hits: RuleHit[] = [];
    for (const source of ctx.nodesOf(...REQUEST_PATH)) {
      const from = ctx.regionOf(source);
      for (const e of outgoingOf(ctx.index, source.id)) {
        const target = ctx.index.nodes.get(e.target);
        const kind = target ? ctx.entry(target)?.kind : undefined;
        if (!target || kind !== 'service') continue;
        const meaning = e.meaning ?? connectionRule(source.service, target.service)?.meaning;
        const to = ctx.regionOf(target);
        if (meaning && WAITING.has(meaning) && to !== from) {
          hits.push({
            nodes: [source.id, target.id],
            message: `${source.label ?? source.id} (${from}) waits on ${target.label ?? target.id} in ${to}`,
          });
        }
      }
    }
    return hits;
  },
};
