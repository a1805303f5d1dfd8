import { describePillarRules } from '../../../../../test-support/rule-fixtures.ts';
import { rules } from './index.ts';

describePillarRules('sustainability', rules, import.meta.glob('./*.fixtures.ts', { eager: true }));
