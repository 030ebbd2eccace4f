import { describe, expect, test } from 'vitest';
import { describeRuleFixtures } from './helpers/rule-fixtures';

// Fixtures: an inline Newspack appeal beside a donation jar, a pull quote and an editor's note; a
// Portuguese story *about* a fundraiser quoting "Doe agora"; a trailing Polish appeal.
describeRuleFixtures('donation-appeals', describe, test, expect);
