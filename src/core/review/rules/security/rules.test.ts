import { describePillarRules } from '../../../../../test-support/rule-fixtures.ts';
import { rules } from './index.ts';

describePillarRules('security', rules, import.meta.glob('./*.fixtures.ts', { eager: true }));
