import { describe, expect, test } from 'vitest';
import { describeRuleFixtures } from './helpers/rule-fixtures';

describeRuleFixtures('related-lists', describe, test, expect);
