import type { Rule } from '../../types.ts';
import { nameOf, wa } from '../helpers.ts';

const DATABASES = [
  'rds-instance',
  'aurora-cluster',
  'documentdb-cluster',
  'neptune-cluster',
  'redshift-cluster',
];

/** Flags: Database clients with no managed secret or IAM authentication. */
export const rule: Rule = {
  id: 'database-credentials-not-in-secrets-manager',
  pillar: 'security',
  bestPractice: 'SEC02-BP03',
  severity: 'high',
  title: 'Database clients with no managed secret or IAM authentication',
  rationale:
    'When applications connect to a database and the design shows neither a managed secret nor IAM database authentication, the password most likely lives in code or configuration, where it leaks and never rotates.',
  remediation:
    'Store the credentials in Secrets Manager with rotation and have clients fetch them at run time, or use IAM database authentication where the engine supports it.',
  docs: wa('SEC02-BP03'),
  services: [...DATABASES, 'secrets-manager'],
  topology: true,
  check: (ctx) =>
    ctx
      .nodesOf(...DATABASES)
      .filter((db) => {
        const clients = ctx.sources(db).filter((s) => s.service !== 'secrets-manager');
        if (clients.length === 0 || ctx.sources(db, 'secrets-manager').length > 0) return false;
        return ctx.prop(db, 'iamAuth') !== true;
      })
      .map((db) => ({
        nodes: [db.id],
        message: `${nameOf(db)} has clients but no Secrets Manager secret or IAM authentication`,
      })),
};
