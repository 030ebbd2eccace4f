import { describe, expect, test } from 'vitest';
import { siteOf } from '../../components/popup/site-of';

describe('siteOf', () => {
  test('websites have a host and origin; other schemes and unknown URLs have none', () => {
    expect(siteOf('https://news.example.org/a?b')).toEqual({ host: 'news.example.org', origin: 'https://news.example.org' });
    expect(siteOf('file:///tmp/a.html')).toBeNull();
    expect(siteOf(undefined)).toBeNull();
  });
});
