// @vitest-environment happy-dom
import { render } from 'preact';
import { afterEach, describe, expect, it } from 'vitest';
import { ReadingPanel } from '../../components/view/ReadingPanel';
import { DEFAULT_PREFERENCES } from '../../utils/settings/defaults';

const none = () => undefined;
let host: HTMLElement | null = null;

afterEach(() => {
  if (host) render(null, host);
  host?.remove();
  host = null;
});

describe('the view’s "Aa" panel takes focus', () => {
  it('on its chosen font before it is first painted, so no key pressed while it shows goes to the bar', () => {
    host = document.body.appendChild(document.createElement('div'));
    // Preact's plain render, without testing-library's act(): effects that wait for a paint have
    // not run when it returns; layout effects have.
    render(<ReadingPanel theme="light" typography={DEFAULT_PREFERENCES.typography} saveProblem={null} onChange={none} onClose={none} testId="panel" />, host);
    const focused = document.activeElement as HTMLInputElement | null;
    expect(focused?.tagName).toBe('INPUT');
    expect(focused?.checked).toBe(true);
    expect(host.contains(focused)).toBe(true);
  });
});
