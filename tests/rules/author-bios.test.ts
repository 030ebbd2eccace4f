import { describe, expect, test } from 'vitest';
import { describeRuleFixtures } from './helpers/rule-fixtures';

describeRuleFixtures('author-bios', describe, test, expect);
