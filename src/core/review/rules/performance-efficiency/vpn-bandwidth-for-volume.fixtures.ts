import { design, node } from '../../../../../test-support/design.ts';

const vpn = (dataOutGb: number, tunnelBandwidth = 'standard') => ({
  ...node('vpn', 'site-to-site-vpn', undefined, { tunnelBandwidth }),
  usage: { dataOutGb },
});

/** Tens of terabytes a month over standard tunnels is a hit. */
export const fixtures = {
  compliant: [design([vpn(100)]), design([vpn(80_000, 'large')])],
  nonCompliant: [{ design: design([vpn(80_000)]), nodes: ['vpn'] }],
};
