import type { PropValue } from '../../../model/types.ts';
import type { RuleHit, Rule } from '../../types.ts';

/** Services with their own logging switch: the key, and the value that turns logging on. */
const LOG_SETTINGS: Record<string, { key: string; on: PropValue; off: PropValue }> = {
  'api-gateway': { key: 'accessLogging', on: true, off: false },
  'application-load-balancer': { key: 'accessLogs', on: true, off: false },
  'network-load-balancer': { key: 'accessLogs', on: true, off: false },
  'eks-cluster': { key: 'controlPlaneLogging', on: true, off: false },
  fargate: { key: 'logging', on: true, off: false },
  'msk-cluster': { key: 'brokerLogs', on: true, off: false },
  'mq-broker': { key: 'generalLogs', on: true, off: false },
  'step-functions': { key: 'loggingLevel', on: 'ERROR', off: 'OFF' },
  appsync: { key: 'fieldLogLevel', on: 'ERROR', off: 'NONE' },
};

/** Services whose logs reach CloudWatch Logs only when the design sends them there (agent, log driver, log export). */
const EDGE_LOGGED = [
  'ec2-instance',
  'elastic-beanstalk',
  'ecs-service',
  'rds-instance',
  'aurora-cluster',
  'documentdb-cluster',
  'neptune-cluster',
  'elasticache',
];

const SERVICES = [...Object.keys(LOG_SETTINGS), ...EDGE_LOGGED];

/** OPS08-BP02: critical services without logs leave nothing to analyse when something goes wrong. */
export const rule: Rule = {
  id: 'critical-service-without-logs',
  pillar: 'operational-excellence',
  bestPractice: 'OPS08-BP02',
  choiceId: 'ops_workload_observability_analyze_workload_logs',
  severity: 'medium',
  title: 'Critical service keeps no logs',
  rationale:
    'Metrics say that something is wrong; logs say what. A server, database, API or load balancer that writes no logs leaves the team guessing during an incident and unable to explain it afterwards.',
  remediation:
    "Turn on the service's logging setting (access logs, control-plane logs, broker logs, execution logs) or connect it to a CloudWatch Logs node (CloudWatch agent, container log driver, database log export).",
  docs: 'https://docs.aws.amazon.com/wellarchitected/latest/operational-excellence-pillar/ops_workload_observability_analyze_workload_logs.html',
  services: [...SERVICES, 'cloudwatch-logs'],
  topology: true,
  check: (ctx) => {
    const hits: RuleHit[] = [];
    for (const n of ctx.nodesOf(...SERVICES)) {
      if (
        ctx.targets(n, 'cloudwatch-logs').length > 0 ||
        ctx.sources(n, 'cloudwatch-logs').length > 0
      )
        continue;
      const setting = LOG_SETTINGS[n.service];
      if (setting && ctx.prop(n, setting.key) !== setting.off) continue;
      const hit: RuleHit = { nodes: [n.id], message: `${n.label ?? n.id} keeps no logs` };
      if (setting)
        hit.fix = {
          title: `Turn on ${setting.key}`,
          node: n.id,
          props: { [setting.key]: setting.on },
        };
      hits.push(hit);
    }
    return hits;
  },
};
