import { describe, expect, test } from 'vitest';
import { describeRuleFixtures } from './helpers/rule-fixtures';

describeRuleFixtures('share-bars', describe, test, expect);
