import type { Rule } from '../../types.ts';

const DATABASES = [
  'rds-instance',
  'aurora-cluster',
  'dynamodb-table',
  'documentdb-cluster',
  'neptune-cluster',
  'keyspaces',
];

/** SUS04-BP08: a cache in front of a database holds copies that can be rebuilt, so backing it up stores data twice. */
export const rule: Rule = {
  id: 'cache-backups-recreatable',
  pillar: 'sustainability',
  bestPractice: 'SUS04-BP08',
  choiceId: 'sus_sus_data_a9',
  severity: 'medium',
  title: 'Backups are kept of a cache whose data can be rebuilt from its database',
  rationale:
    'When the readers of a cache also use a database, the cache holds copies of data that already have a durable home; its snapshots add storage and copy work without protecting anything the database does not.',
  remediation:
    'Turn off snapshots for caches used as a look-aside copy of a database; keep them only for caches that are the system of record.',
  docs: 'https://docs.aws.amazon.com/wellarchitected/latest/sustainability-pillar/sus_sus_data_a9.html',
  services: ['elasticache', ...DATABASES],
  topology: true,
  check: (ctx) =>
    ctx
      .nodesOf('elasticache')
      .filter((c) => Number(ctx.prop(c, 'backupRetentionDays') ?? 0) > 0)
      .flatMap((c) => {
        const readers = ctx.sources(c).filter((r) => ctx.targets(r, ...DATABASES).length > 0);
        if (readers.length === 0) return [];
        const dbs = [
          ...new Set(readers.flatMap((r) => ctx.targets(r, ...DATABASES).map((d) => d.id))),
        ];
        return [
          {
            nodes: [c.id, ...dbs],
            message: `${c.label ?? c.id} keeps snapshots of data that ${dbs.join(', ')} already stores`,
            fix: { title: 'Stop cache snapshots', node: c.id, props: { backupRetentionDays: 0 } },
          },
        ];
      }),
};
