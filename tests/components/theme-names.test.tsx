// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { ReadingSection } from '../../components/options/ReadingSection';
import { QuickSettings } from '../../components/popup/QuickSettings';
import { ReadingPanel } from '../../components/view/ReadingPanel';
import { DEFAULT_PREFERENCES } from '../../utils/settings/defaults';

afterEach(cleanup);

const none = () => undefined;
/** The names of the theme choices a surface offers, in order. */
const themeChoices = (inputName: string) =>
  Array.from(document.querySelectorAll<HTMLInputElement>(`input[type=radio][name="${inputName}"]`)).map((input) => input.closest('label')?.textContent?.trim());

describe('one name for each theme everywhere', () => {
  it('the popup, the settings page and the view’s "Aa" panel call the themes the same (the system one was "Auto", "Match the system" and "System")', () => {
    render(<QuickSettings preferences={DEFAULT_PREFERENCES} onTheme={none} onFontSize={none} onKindEnabled={none} />);
    const popup = themeChoices('quick-theme');
    cleanup();
    render(<ReadingSection preferences={DEFAULT_PREFERENCES} onTheme={none} onTypography={none} onSiteMemory={none} />);
    const settingsName = document.querySelector<HTMLInputElement>('input[type=radio][value=sepia]')?.name ?? '';
    const settings = themeChoices(settingsName);
    cleanup();
    render(<ReadingPanel theme="system" typography={DEFAULT_PREFERENCES.typography} saveProblem={null} onChange={none} onClose={none} testId="panel" />);
    expect(screen.getByTestId('panel')).toBeTruthy();
    const view = themeChoices('qr-theme');
    expect(popup).toEqual(['System', 'Light', 'Sepia', 'Dark']);
    expect(settings).toEqual(popup);
    expect(view).toEqual(popup);
  });
});
