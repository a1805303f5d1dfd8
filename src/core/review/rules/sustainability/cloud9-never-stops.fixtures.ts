import { design, node } from '../../../../../test-support/design.ts';

const ide = (automaticStopMinutes: number) =>
  node('ide', 'cloud9', undefined, { automaticStopMinutes });

/** Stopping after 30 minutes passes; never, or after a day, is a hit. */
export const fixtures = {
  compliant: [design([ide(30)])],
  nonCompliant: [
    { design: design([ide(0)]), nodes: ['ide'] },
    { design: design([ide(1440)]), nodes: ['ide'] },
  ],
};
