import { connectionRule } from '../../../catalog/index.ts';
import { outgoingOf } from '../../../model/graph.ts';
import type { RuleHit, Rule } from '../../types.ts';

/** Services that move data in bulk: ETL, analytics, streaming delivery, migration. */
const MOVERS = [
  'glue', 'glue-databrew', 'emr-cluster', 'athena', 'redshift-cluster', 'redshift-serverless', 'firehose', 'managed-flink',
  'datasync', 'dms', 'quicksight', 'sagemaker', 'appflow',
];

/** SUS04-BP07: bulk reads and writes across Regions move every byte over long-haul links. */
export const rule: Rule = {
  id: 'cross-region-data-movement',
  pillar: 'sustainability',
  bestPractice: 'SUS04-BP07',
  choiceId: 'sus_sus_data_a8',
  severity: 'medium',
  title: 'Analytics or ETL moves data between Regions',
  rationale:
    'Jobs that read or write data in another Region push whole datasets across long-distance networks on every run; processing the data where it is stored, or sharing it in place, avoids that movement.',
  remediation: 'Run the job in the Region where the data is, query it in place (Athena, Redshift data sharing), or replicate only the subset that is needed once rather than reading it remotely on every run.',
  docs: 'https://docs.aws.amazon.com/wellarchitected/latest/sustainability-pillar/sus_sus_data_a8.html',
  services: MOVERS,
  topology: true,
  check: (ctx) => {
    const hits: RuleHit[] = [];
    for (const mover of ctx.nodesOf(...MOVERS)) {
      const home = ctx.regionOf(mover);
      for (const e of outgoingOf(ctx.index, mover.id)) {
        const other = ctx.index.nodes.get(e.target);
        if (!other || ctx.entry(other)?.kind !== 'service') continue;
        const meaning = e.meaning ?? connectionRule(mover.service, other.service)?.meaning;
        if (meaning === 'replicate' || ctx.regionOf(other) === home) continue;
        hits.push({ nodes: [mover.id, other.id], message: `${mover.label ?? mover.id} (${home}) moves data to or from ${other.label ?? other.id} in ${ctx.regionOf(other)}` });
      }
    }
    return hits;
  },
};
