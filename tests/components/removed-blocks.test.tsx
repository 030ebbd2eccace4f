// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { RemovedBlocks } from '../../components/popup/RemovedBlocks';
import { removal } from './popup-fixtures';

afterEach(cleanup);

describe('the popup’s list of what was removed', () => {
  it('counts elements the page kept hidden in one quiet line, not as entries or in the summary', () => {
    const hidden = { ...removal('r9', 'hidden', 35), reason: '35 elements the page kept hidden, never shown to readers', preview: '', quiet: true };
    render(<RemovedBlocks removed={[removal('r1', 'share'), hidden, removal('r2', 'appeal', 2)]} />);
    expect(screen.getByTestId('removal-summary-text').textContent).toBe('2 donation appeals and 1 share or follow bar');
    expect(screen.getAllByTestId('removal-item')).toHaveLength(2);
    expect(screen.getByTestId('removal-never-visible').textContent).toBe('Also 35 elements the page kept hidden.');
  });
});
