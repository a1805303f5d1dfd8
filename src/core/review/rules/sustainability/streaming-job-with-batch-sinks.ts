import type { DesignNode } from '../../../model/types.ts';
import type { ReviewContext, Rule } from '../../types.ts';

/** Destinations that are read later, in batches, rather than acted on as records arrive. */
const BATCH_SINKS = new Set(['s3-bucket', 's3-glacier', 'redshift-cluster', 'redshift-serverless']);

function streaming(ctx: ReviewContext, n: DesignNode): boolean {
  return n.service === 'managed-flink' || ctx.prop(n, 'jobType') === 'gluestreaming';
}

/** SUS03-BP01: an always-on stream processor that only fills a data lake could run as a scheduled batch. */
export const rule: Rule = {
  id: 'streaming-job-with-batch-sinks',
  pillar: 'sustainability',
  bestPractice: 'SUS03-BP01',
  choiceId: 'sus_sus_software_a2',
  severity: 'medium',
  title: 'Always-on stream processing only feeds storage that is read in batches',
  rationale:
    'Real-time processing keeps compute running continuously and so uses more energy; when its only outputs are a data lake or a warehouse read by reports, nobody benefits from the seconds saved, and a scheduled batch job or Firehose delivery does the same work with far less idle capacity.',
  remediation:
    'Replace the streaming job with Firehose delivery, or with a scheduled Glue or EMR Serverless batch job, unless something downstream needs the results within seconds.',
  docs: 'https://docs.aws.amazon.com/wellarchitected/latest/sustainability-pillar/sus_sus_software_a2.html',
  services: ['glue', 'managed-flink'],
  topology: true,
  check: (ctx) =>
    ctx
      .nodesOf('glue', 'managed-flink')
      .filter((n) => streaming(ctx, n))
      .filter((n) => {
        const outs = ctx.targets(n);
        return outs.length > 0 && outs.every((t) => BATCH_SINKS.has(t.service));
      })
      .map((n) => ({
        nodes: [n.id, ...ctx.targets(n).map((t) => t.id)],
        message: `${n.label ?? n.id} streams continuously only into batch storage`,
      })),
};
