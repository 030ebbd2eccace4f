import { describe, expect, test } from 'vitest';
import { describeRuleFixtures } from './helpers/rule-fixtures';

describeRuleFixtures('engagement-prompts', describe, test, expect);
