import { describePillarRules } from '../../../../../test-support/rule-fixtures.ts';
import { rules } from './index.ts';

describePillarRules('reliability', rules, import.meta.glob('./*.fixtures.ts', { eager: true }));
