import { describePillarRules } from '../../../../../test-support/rule-fixtures.ts';
import { rules } from './index.ts';

describePillarRules(
  'operational-excellence',
  rules,
  import.meta.glob('./*.fixtures.ts', { eager: true }),
);
