import type { Rule } from '../../types.ts';

const SECONDS_PER_MONTH = 730 * 3600;
/** Eventually consistent reads of up to 4 KB one read capacity unit serves each second. */
const READS_PER_RCU = 2;

/** PERF03-BP02: provisioned capacity below the average request rate throttles even before peaks. */
export const rule: Rule = {
  id: 'dynamodb-provisioned-below-demand',
  pillar: 'performance-efficiency',
  bestPractice: 'PERF03-BP02',
  choiceId: 'perf_data_evaluate_configuration_options_data_store',
  severity: 'medium',
  title: 'Provisioned DynamoDB capacity is below the expected average traffic',
  rationale:
    'A provisioned table serves about two eventually consistent reads per read capacity unit and one write per write unit each second; when the expected monthly requests already average more than that, requests are throttled and retried all day, and peaks are worse.',
  remediation:
    'Switch the table to on-demand capacity, or provision for the peak with auto scaling on consumed capacity.',
  docs: 'https://docs.aws.amazon.com/wellarchitected/latest/performance-efficiency-pillar/perf_data_evaluate_configuration_options_data_store.html',
  services: ['dynamodb-table'],
  topology: false,
  checkNode: (n, ctx) => {
    if (ctx.prop(n, 'capacityMode') !== 'provisioned') return null;
    const readsPerSecond = (ctx.usage(n, 'readRequestsPerMonth') ?? 0) / SECONDS_PER_MONTH;
    const writesPerSecond = (ctx.usage(n, 'writeRequestsPerMonth') ?? 0) / SECONDS_PER_MONTH;
    const rcu = Number(ctx.prop(n, 'readCapacityUnits') ?? 0);
    const wcu = Number(ctx.prop(n, 'writeCapacityUnits') ?? 0);
    const short: string[] = [];
    if (readsPerSecond / READS_PER_RCU > rcu)
      short.push(`reads need ${Math.ceil(readsPerSecond / READS_PER_RCU)} RCU (has ${rcu})`);
    if (writesPerSecond > wcu)
      short.push(`writes need ${Math.ceil(writesPerSecond)} WCU (has ${wcu})`);
    if (short.length === 0) return null;
    return {
      nodes: [n.id],
      message: `${n.label ?? n.id} is under-provisioned on average: ${short.join(', ')}`,
      fix: { title: 'Use on-demand capacity', node: n.id, props: { capacityMode: 'on_demand' } },
    };
  },
};
