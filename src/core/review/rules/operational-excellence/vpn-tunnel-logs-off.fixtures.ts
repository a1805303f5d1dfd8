import { design, node } from '../../../../../test-support/design.ts';

/** Compliant: the setting on. Non-compliant: the setting off. */
export const fixtures = {
  compliant: [design([node('x', 'site-to-site-vpn', undefined, { tunnelLogs: true })])],
  nonCompliant: [
    {
      design: design([node('x', 'site-to-site-vpn', undefined, { tunnelLogs: false })]),
      nodes: ['x'],
    },
  ],
};
