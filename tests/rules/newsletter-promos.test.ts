import { describe, expect, test } from 'vitest';
import { describeRuleFixtures } from './helpers/rule-fixtures';

// Fixtures: a Ghost sign-up card inside a story *about* newsletters (its paragraphs about
// subscribers stay); inline Italian and Dutch sign-up lines written as plain paragraphs.
describeRuleFixtures('newsletter-promos', describe, test, expect);
