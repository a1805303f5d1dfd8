import { design, node } from '../../../../../test-support/design.ts';

const plan = (backupRetentionDays: number, coldStorageAfterDays = 0) =>
  node('plan', 'backup', undefined, { backupRetentionDays, coldStorageAfterDays });

/** A year of backups needs a cold tier; five weeks does not. */
export const fixtures = {
  compliant: [design([plan(35)]), design([plan(365, 90)])],
  nonCompliant: [{ design: design([plan(365)]), nodes: ['plan'] }],
};
