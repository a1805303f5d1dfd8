import { connectionRule } from '../../../catalog/index.ts';
import { outgoingOf } from '../../../model/graph.ts';
import type { RuleHit, Rule } from '../../types.ts';

const STORES = ['s3-bucket', 's3-glacier', 'efs-file-system'];

/** SUS04-BP05: a second copy of the same data in the same Region doubles its storage without adding resilience. */
export const rule: Rule = {
  id: 'same-region-data-copy',
  pillar: 'sustainability',
  bestPractice: 'SUS04-BP05',
  choiceId: 'sus_sus_data_a6',
  severity: 'medium',
  title: 'Data is replicated to another store in the same Region',
  rationale:
    'S3 and EFS already keep data across several Availability Zones, so a replica in the same Region adds little protection while doubling the storage that must be powered and kept; shared access to one copy is usually enough.',
  remediation:
    'Share the one copy (access points, bucket policies, Lake Formation) instead of replicating it; if the copy is for disaster recovery, replicate to another Region; if it is for compliance in another account, keep it and note why.',
  docs: 'https://docs.aws.amazon.com/wellarchitected/latest/sustainability-pillar/sus_sus_data_a6.html',
  services: STORES,
  topology: true,
  check: (ctx) => {
    const hits: RuleHit[] = [];
    for (const src of ctx.nodesOf(...STORES)) {
      let drawn = false;
      for (const e of outgoingOf(ctx.index, src.id)) {
        const dst = ctx.index.nodes.get(e.target);
        if (!dst || !STORES.includes(dst.service)) continue;
        if (
          (e.meaning ?? connectionRule(src.service, dst.service)?.meaning) !== 'replicate' ||
          ctx.regionOf(dst) !== ctx.regionOf(src)
        )
          continue;
        drawn = true;
        hits.push({
          nodes: [src.id, dst.id],
          message: `${src.label ?? src.id} is copied to ${dst.label ?? dst.id} in the same Region`,
        });
      }
      if (!drawn && src.service === 's3-bucket' && ctx.prop(src, 'replication') === 'same-region') {
        hits.push({
          nodes: [src.id],
          message: `${src.label ?? src.id} replicates to a bucket in the same Region`,
        });
      }
    }
    return hits;
  },
};
