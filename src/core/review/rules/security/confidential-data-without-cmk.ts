import type { PropValue } from '../../../model/types.ts';
import type { Rule } from '../../types.ts';
import { hitOn, nameOf, wa } from '../helpers.ts';

// Per store: the setting that selects a customer managed KMS key, and its value. Stores without
// such a setting count as customer-managed only when an edge to a KMS key is drawn.
const CMK: Record<string, { key: string; value: PropValue } | null> = {
  's3-bucket': { key: 'encryption', value: 'SSE-KMS' },
  'dynamodb-table': { key: 'encryption', value: 'customer-managed' },
  'sqs-queue': { key: 'encryption', value: 'SSE-KMS' },
  'secrets-manager': { key: 'kmsKey', value: 'customer-managed' },
  keyspaces: { key: 'encryption', value: 'customer-managed' },
  'timestream-database': { key: 'encryption', value: 'customer-managed' },
  'rds-instance': null,
  'aurora-cluster': null,
  'documentdb-cluster': null,
  'efs-file-system': null,
  'ebs-volume': null,
};

/** Flags: Confidential data encrypted only with AWS-owned or AWS-managed keys. */
export const rule: Rule = {
  id: 'confidential-data-without-cmk',
  pillar: 'security',
  bestPractice: 'SEC08-BP01',
  severity: 'high',
  title: 'Confidential data encrypted only with AWS-owned or AWS-managed keys',
  rationale:
    'For confidential and restricted data, a customer managed KMS key lets you decide who may decrypt, audit every use in CloudTrail and cut access by disabling the key; AWS-owned keys give none of that control.',
  remediation:
    'Encrypt the store with a customer managed KMS key (draw the key and connect the store to it) with a key policy limited to the roles that need the data.',
  docs: wa('SEC08-BP01'),
  services: [...Object.keys(CMK), 'kms-key'],
  topology: true,
  needsContext: ['dataClassification'],
  check: (ctx) => {
    const cls = ctx.design.context?.dataClassification;
    if (cls !== 'confidential' && cls !== 'restricted') return [];
    return ctx
      .nodesOf(...Object.keys(CMK))
      .filter((n) => {
        const row = CMK[n.service];
        return (
          !(row && ctx.prop(n, row.key) === row.value) && ctx.targets(n, 'kms-key').length === 0
        );
      })
      .map((n) => {
        const row = CMK[n.service];
        const message = `${ctx.entry(n)?.name ?? n.service} ${nameOf(n)} holds ${cls} data without a customer managed key`;
        return row
          ? hitOn(n, message, {
              title: 'Use a customer managed KMS key',
              props: { [row.key]: row.value },
            })
          : hitOn(n, message);
      });
  },
};
