import { describe, expect, test } from 'vitest';
import { describeRuleFixtures } from './helpers/rule-fixtures';

describeRuleFixtures('consent-paywall-nags', describe, test, expect);
