import type { Rule } from '../../types.ts';
import { checkSetting, nameOf, wa, type SettingTable } from '../helpers.ts';

// Policies that still accept TLS 1.0 or 1.1, which have known weaknesses and are deprecated.
const TABLE: SettingTable = {
  'application-load-balancer': {
    key: 'sslPolicy',
    bad: ['ELBSecurityPolicy-2016-08'],
    fix: 'ELBSecurityPolicy-TLS13-1-2-2021-06',
  },
  cloudfront: {
    key: 'minimumTlsVersion',
    bad: ['TLSv1_2016', 'TLSv1.1_2016'],
    fix: 'TLSv1.2_2021',
  },
  'api-gateway': { key: 'securityPolicy', bad: ['TLS_1_0'], fix: 'TLS_1_2' },
  'transfer-family': {
    key: 'securityPolicy',
    bad: ['TransferSecurityPolicy-2020-06'],
    fix: 'TransferSecurityPolicy-2024-01',
  },
};

/** Flags: Endpoint accepts TLS 1.0 or 1.1. */
export const rule: Rule = {
  id: 'outdated-tls-policy',
  pillar: 'security',
  bestPractice: 'SEC09-BP02',
  severity: 'high',
  title: 'Endpoint accepts TLS 1.0 or 1.1',
  rationale:
    'Old TLS versions and their cipher suites have known weaknesses; accepting them lets a client, or an attacker in the middle, negotiate weak encryption.',
  remediation:
    'Select a security policy with TLS 1.2 as the minimum (TLS 1.3 where clients support it).',
  docs: wa('SEC09-BP02'),
  services: Object.keys(TABLE),
  topology: false,
  checkNode: (node, ctx) =>
    checkSetting(
      node,
      ctx,
      TABLE,
      (n, key) =>
        `${ctx.entry(n)?.name ?? n.service} ${nameOf(n)} allows old TLS versions (${key} ${String(ctx.prop(n, key))})`,
      'Require TLS 1.2 or later',
    ),
};
