import type { DesignNode, PropValue } from '../../../model/types.ts';
import type { ReviewContext, Rule } from '../../types.ts';
import { hitOn, nameOf, wa } from '../helpers.ts';

/** Per store, the setting that turns on cross-Region replication and its value. */
const REPLICATION: Record<string, { key: string; value: PropValue } | null> = {
  's3-bucket': { key: 'replication', value: 'cross-region' },
  'aurora-cluster': { key: 'globalDatabase', value: true },
  'documentdb-cluster': { key: 'globalCluster', value: true },
  'neptune-cluster': { key: 'globalDatabase', value: true },
  elasticache: { key: 'globalDatastore', value: true },
  memorydb: { key: 'multiRegion', value: true },
  'efs-file-system': { key: 'crossRegionReplication', value: true },
  'redshift-cluster': { key: 'crossRegionSnapshotCopy', value: true },
  'redshift-serverless': { key: 'crossRegionSnapshotCopy', value: true },
  keyspaces: { key: 'replicationStrategy', value: 'MULTI_REGION' },
  'dynamodb-table': null,
  'rds-instance': null,
};

function replicated(ctx: ReviewContext, n: DesignNode): boolean {
  const row = REPLICATION[n.service];
  if (row && ctx.prop(n, row.key) === row.value) return true;
  const replicas = ctx.prop(n, 'replicaRegions');
  if (Array.isArray(replicas) && replicas.length > 0) return true;
  const home = ctx.regionOf(n);
  // A replicate edge to or from a copy in another Region, or a backup plan copying elsewhere.
  if (
    [...ctx.targets(n), ...ctx.sources(n)].some(
      (o) => o.service === n.service && ctx.regionOf(o) !== home,
    )
  )
    return true;
  return ctx.sources(n, 'backup').some((b) => ctx.prop(b, 'crossRegionCopy') === true);
}

/** Flags: Data store with no copy in the other Regions of a multi-Region design. */
export const rule: Rule = {
  id: 'multi-region-data-not-replicated',
  pillar: 'reliability',
  bestPractice: 'REL10-BP01',
  severity: 'high',
  title: 'Data store with no copy in the other Regions of a multi-Region design',
  rationale:
    'A second Region only helps if the data is there when the first fails; a store with neither replication nor cross-Region backup copies leaves the other Region with nothing to serve.',
  remediation:
    'Turn on cross-Region replication (global tables, global databases, S3 replication) or copy backups to the other Region with AWS Backup.',
  docs: wa('REL10-BP01'),
  services: [...Object.keys(REPLICATION), 'backup', 'region'],
  topology: true,
  check: (ctx) => {
    const regions = ctx.regions();
    if (regions.length < 2) return [];
    return ctx
      .nodesOf(...Object.keys(REPLICATION))
      .filter((n) => !replicated(ctx, n))
      .map((n) => {
        const message = `${ctx.entry(n)?.name ?? n.service} ${nameOf(n)} in ${ctx.regionOf(n)} has no copy in another Region`;
        const row = REPLICATION[n.service];
        if (row)
          return hitOn(n, message, {
            title: 'Replicate to another Region',
            props: { [row.key]: row.value },
          });
        if (n.service === 'dynamodb-table') {
          const other = regions.find((r) => r !== ctx.regionOf(n))!;
          return hitOn(n, message, {
            title: `Add a replica in ${other}`,
            props: { replicaRegions: [other] },
          });
        }
        return hitOn(n, message);
      });
  },
};
