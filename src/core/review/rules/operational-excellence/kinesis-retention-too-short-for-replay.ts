import { connectionRule } from '../../../catalog/index.ts';
import { incomingOf, outgoingOf } from '../../../model/graph.ts';
import type { DesignNode } from '../../../model/types.ts';
import type { ReviewContext, Rule } from '../../types.ts';

/** Consumers that checkpoint and re-read a stream after a failure or a bad deployment. */
const REPLAYING = new Set(['lambda-function', 'managed-flink']);

/** Nodes reading a stream: what it streams or triggers to, and what subscribes to or reads from it. */
export function streamConsumers(ctx: ReviewContext, stream: DesignNode): DesignNode[] {
  const out = new Map<string, DesignNode>();
  for (const e of outgoingOf(ctx.index, stream.id)) {
    const t = ctx.index.nodes.get(e.target);
    if (t) out.set(t.id, t);
  }
  for (const e of incomingOf(ctx.index, stream.id)) {
    const s = ctx.index.nodes.get(e.source);
    if (!s) continue;
    const meaning = e.meaning ?? connectionRule(s.service, stream.service)?.meaning;
    if (meaning === 'subscribe' || meaning === 'read') out.set(s.id, s);
  }
  return [...out.values()];
}

/** OPS06-BP01: with 24 hours of retention, a consumer bug found the next day means lost records. */
export const rule: Rule = {
  id: 'kinesis-retention-too-short-for-replay',
  pillar: 'operational-excellence',
  bestPractice: 'OPS06-BP01',
  choiceId: 'ops_mit_deploy_risks_plan_for_unsucessful_changes',
  severity: 'high',
  title: 'Kinesis stream keeps records only 24 hours although its consumers may need to replay',
  rationale:
    'Kinesis Data Streams keeps records for 24 hours unless told otherwise (it can keep them for 7 days or longer). When a bad consumer release or an outage is found after a day, the records it mishandled are gone and cannot be reprocessed; several consumers, or Lambda and Flink consumers that resume from checkpoints, make that more likely.',
  remediation:
    'Raise the retention to at least 7 days (168 hours) so that a failed change can be fixed and the affected records replayed from the stream.',
  docs: 'https://docs.aws.amazon.com/wellarchitected/latest/operational-excellence-pillar/ops_mit_deploy_risks_plan_for_unsucessful_changes.html',
  services: ['kinesis-data-streams'],
  topology: true,
  check: (ctx) =>
    ctx
      .nodesOf('kinesis-data-streams')
      .filter((s) => Number(ctx.prop(s, 'retentionPeriodHours') ?? 24) <= 24)
      .flatMap((s) => {
        const consumers = streamConsumers(ctx, s);
        if (consumers.length < 2 && !consumers.some((c) => REPLAYING.has(c.service))) return [];
        return [
          {
            nodes: [s.id, ...consumers.map((c) => c.id)],
            message: `${s.label ?? s.id} keeps 24 hours of records for ${consumers.length} consumer(s) that may need to replay`,
            fix: {
              title: 'Keep records for 7 days',
              node: s.id,
              props: { retentionPeriodHours: 168 },
            },
          },
        ];
      }),
};
