import { normalizeArticleUrl } from '../../core/site-memory/article-key';
import { fingerprintText } from '../../core/text/fingerprint';

/**
 * Where the reader stopped in each article, as pure data: the store (./store.ts) keeps it in
 * `local:readingPositions`. Keyed by a hash of the article's normalised canonical address (never
 * the address itself), bounded to the most recently read articles.
 */

/** How many articles are remembered; the least recently read go first. */
export const READING_POSITIONS_LIMIT = 200;

export interface ReadingPosition {
  /** Index of the first text block at the top of the view (see components/view/reading-blocks.ts). */
  block: number;
  /** How far through the article (0–1): the progress bar, and the fallback if the blocks changed. */
  progress: number;
  /** Last saved (ms since epoch), for least-recently-read eviction. */
  at: number;
}

export type ReadingPositions = Record<string, ReadingPosition>;

/** The key of an article: its canonical address when the page names one on the same site, else its own. */
export function readingPositionKey(pageUrl: string, canonicalUrl: string | null = null): string | null {
  const page = normalizeArticleUrl(pageUrl);
  if (page === null) return null;
  const canonical = canonicalUrl ? normalizeArticleUrl(canonicalUrl) : null;
  // A canonical link to another host is a syndication or a mistake; it must not merge articles across sites.
  const sameHost = canonical !== null && canonical.split('/')[0] === page.split('/')[0];
  return fingerprintText(sameHost ? canonical : page);
}

function isPosition(value: unknown): value is ReadingPosition {
  if (value === null || typeof value !== 'object') return false;
  const { block, progress, at } = value as Record<string, unknown>;
  return Number.isInteger(block) && (block as number) >= 0 && typeof progress === 'number' && progress >= 0 && progress <= 1 && typeof at === 'number' && Number.isFinite(at);
}

/** Stored positions, entry by entry: a corrupt entry is dropped and named, the others kept. */
export function parseReadingPositions(raw: unknown): { positions: ReadingPositions; problems: string[] } {
  const positions: ReadingPositions = {};
  const problems: string[] = [];
  if (raw === undefined || raw === null) return { positions, problems };
  if (typeof raw !== 'object' || Array.isArray(raw)) return { positions, problems: ['is not a map of positions; starting empty'] };
  for (const [key, value] of Object.entries(raw)) {
    if (/^[0-9a-z]{1,16}$/.test(key) && isPosition(value)) positions[key] = value;
    else problems.push(`entry “${key.slice(0, 20)}” is not a reading position; dropped`);
  }
  return { positions: trimToLimit(positions), problems };
}

/** Positions with `key` set to `position`, and the least recently read beyond the limit dropped. */
export function withPosition(positions: ReadingPositions, key: string, position: ReadingPosition, limit = READING_POSITIONS_LIMIT): ReadingPositions {
  const next: ReadingPositions = { ...positions };
  delete next[key];
  next[key] = position;
  return trimToLimit(next, limit);
}

export function withoutPosition(positions: ReadingPositions, key: string): ReadingPositions {
  const next: ReadingPositions = { ...positions };
  delete next[key];
  return next;
}

function trimToLimit(positions: ReadingPositions, limit = READING_POSITIONS_LIMIT): ReadingPositions {
  const keys = Object.keys(positions);
  if (keys.length <= limit) return positions;
  const kept = keys.sort((a, b) => positions[b]!.at - positions[a]!.at).slice(0, limit);
  return Object.fromEntries(kept.map((key) => [key, positions[key]!]));
}
