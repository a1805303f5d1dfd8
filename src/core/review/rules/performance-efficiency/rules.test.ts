import { describePillarRules } from '../../../../../test-support/rule-fixtures.ts';
import { rules } from './index.ts';

describePillarRules(
  'performance-efficiency',
  rules,
  import.meta.glob('./*.fixtures.ts', { eager: true }),
);
