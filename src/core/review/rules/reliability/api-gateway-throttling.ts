import type { Rule } from '../../types.ts';
import { hitOn, nameOf, wa } from '../helpers.ts';

const ACCOUNT_DEFAULT_RATE = 10000; // requests per second shared by every API of the account and Region

/** Flags: API stage not throttled below the account limit. */
export const rule: Rule = {
  id: 'api-gateway-throttling',
  pillar: 'reliability',
  bestPractice: 'REL05-BP02',
  severity: 'high',
  title: 'API stage not throttled below the account limit',
  rationale:
    'Left at the account-wide default, one API can take the whole Region quota of every API in the account, and it passes bursts straight to backends sized for far less.',
  remediation:
    'Set stage (and per-method or usage-plan) rate and burst limits to what the backend can serve, and return 429 beyond them.',
  docs: wa('REL05-BP02'),
  services: ['api-gateway'],
  topology: false,
  checkNode: (node, ctx) =>
    Number(ctx.prop(node, 'throttlingRateLimit')) >= ACCOUNT_DEFAULT_RATE
      ? hitOn(node, `API ${nameOf(node)} is not throttled below the account default`, {
          title: 'Throttle at 1,000 requests/s (tune to the backend)',
          props: { throttlingRateLimit: 1000, throttlingBurstLimit: 500 },
        })
      : null,
};
