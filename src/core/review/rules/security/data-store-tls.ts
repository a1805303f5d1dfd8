import type { Rule } from '../../types.ts';
import { checkSetting, nameOf, wa, type SettingTable } from '../helpers.ts';

const TABLE: SettingTable = {
  'documentdb-cluster': { key: 'tls', bad: [false], fix: true },
  elasticache: { key: 'transitEncryption', bad: [false], fix: true },
  memorydb: { key: 'tlsEnabled', bad: [false], fix: true },
  'dax-cluster': { key: 'endpointEncryption', bad: ['NONE'], fix: 'TLS' },
  'msk-cluster': { key: 'clientBrokerEncryption', bad: ['PLAINTEXT', 'TLS_PLAINTEXT'], fix: 'TLS' },
  'opensearch-domain': { key: 'enforceHttps', bad: [false], fix: true },
  dms: { key: 'sslMode', bad: ['none'], fix: 'require' },
  quicksight: { key: 'disableSsl', bad: [true], fix: false },
};

/** Flags: Data store or data connection allows unencrypted traffic. */
export const rule: Rule = {
  id: 'data-store-tls',
  pillar: 'security',
  bestPractice: 'SEC09-BP02',
  severity: 'high',
  title: 'Data store or data connection allows unencrypted traffic',
  rationale:
    'Inside a VPC traffic is isolated but not encrypted; a cache, broker or database that accepts plaintext connections exposes its data to anything that can observe or redirect the network path.',
  remediation:
    'Require TLS on the endpoint (in-transit encryption, HTTPS enforcement or SSL mode require) and use TLS-capable clients.',
  docs: wa('SEC09-BP02'),
  services: Object.keys(TABLE),
  topology: false,
  checkNode: (node, ctx) =>
    checkSetting(
      node,
      ctx,
      TABLE,
      (n, key) =>
        `${ctx.entry(n)?.name ?? n.service} ${nameOf(n)} accepts unencrypted connections (${key})`,
      'Require TLS',
    ),
};
