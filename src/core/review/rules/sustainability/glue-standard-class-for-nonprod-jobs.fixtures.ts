import { design, node } from '../../../../../test-support/design.ts';

const job = (executionClass: string, jobType = 'glueetl') =>
  node('job', 'glue', undefined, { executionClass, jobType });

/** Standard-class Spark ETL in development is a hit; Flex, production, and non-Spark jobs are not. */
export const fixtures = {
  compliant: [
    design([job('FLEX')], [], { environment: 'development' }),
    design([job('STANDARD')], [], { environment: 'production' }),
    design([job('STANDARD', 'pythonshell')], [], { environment: 'test' }),
  ],
  nonCompliant: [
    { design: design([job('STANDARD')], [], { environment: 'development' }), nodes: ['job'] },
  ],
};
