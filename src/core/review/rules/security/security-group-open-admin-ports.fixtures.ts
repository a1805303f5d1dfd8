import { design, network, node, type RuleFixtures } from '../../../../../test-support/design.ts';

const net = network();
const sg = (props: Record<string, string[]>) =>
  design([...net.nodes, node('sg', 'security-group', net.zones[0].public, props)]);

/** Designs the rule must pass, and designs it must flag with the nodes named. */
export const fixtures: RuleFixtures = {
  compliant: [
    sg({ ingressCidrs: ['0.0.0.0/0'], ingressPorts: ['443'] }),
    sg({ ingressCidrs: ['10.20.0.0/16'], ingressPorts: ['22'] }),
  ],
  nonCompliant: [
    { design: sg({ ingressCidrs: ['0.0.0.0/0'], ingressPorts: ['443', '22'] }), nodes: ['sg'] },
    { design: sg({ ingressCidrs: ['::/0'], ingressPorts: ['3389'] }), nodes: ['sg'] },
  ],
};
