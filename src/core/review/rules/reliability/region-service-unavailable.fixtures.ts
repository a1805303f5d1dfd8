import {
  design,
  network,
  node,
  region,
  type RuleFixtures,
} from '../../../../../test-support/design.ts';

const stockholm = network({ code: 'eu-north-1' });

/** Designs the rule must pass, and designs it must flag with the nodes named. */
export const fixtures: RuleFixtures = {
  compliant: [
    design([region('r', 'us-east-1'), node('w', 'wickr', 'r')]),
    design([region('r', 'eu-north-1'), node('b', 's3-bucket', 'r')]),
  ],
  nonCompliant: [
    { design: design([region('r', 'eu-west-1'), node('w', 'wickr', 'r')]), nodes: ['w'] },
    { design: design([region('r', 'ap-south-1'), node('w', 'wickr', 'r')]), nodes: ['w'] },
    {
      design: design([...stockholm.nodes, node('as', 'appstream', stockholm.zones[0].private)]),
      nodes: ['as'],
    },
  ],
};
