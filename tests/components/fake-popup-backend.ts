import { vi } from 'vitest';
import type { PopupBackend } from '../../components/popup/popup-store';
import type { ArticlePreview } from '../../utils/messaging';
import { DEFAULT_PREFERENCES } from '../../utils/settings/defaults';
import { ARTICLE, REMOVED } from './popup-fixtures';

export const OK_PREVIEW: ArticlePreview = { ok: true, article: ARTICLE, removed: REMOVED };

/** A popup backend whose every call succeeds on an article tab; a test overrides what it needs. */
export function fakeBackend(overrides: Partial<PopupBackend> = {}): PopupBackend {
  return {
    findTargetTab: vi.fn(() => Promise.resolve({ id: 7, url: 'https://news.example.org/story' })),
    loadPreferences: vi.fn(() => Promise.resolve(structuredClone(DEFAULT_PREFERENCES))),
    savePreferences: vi.fn(async () => {}),
    previewArticle: vi.fn(() => Promise.resolve(OK_PREVIEW)),
    getViewActive: vi.fn(() => Promise.resolve(false)),
    toggleView: vi.fn(() => Promise.resolve(true)),
    getAutoClean: vi.fn(() => Promise.resolve(false)),
    requestSiteAccess: vi.fn(() => Promise.resolve(true)),
    setAutoClean: vi.fn(async () => {}),
    openOptions: vi.fn(),
    ...overrides,
  };
}
