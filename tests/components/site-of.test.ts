import { describe, expect, test } from 'vitest';
import { siteOf } from '../../components/popup/site-of';
import { sitePermissionPattern } from '../../utils/settings/site-permission';

describe('siteOf', () => {
  test('websites have a host and origin; other schemes and unknown URLs have none', () => {
    expect(siteOf('https://news.example.org/a?b')).toEqual({ host: 'news.example.org', origin: 'https://news.example.org' });
    expect(siteOf('file:///tmp/a.html')).toBeNull();
    expect(siteOf(undefined)).toBeNull();
  });
});

describe('sitePermissionPattern', () => {
  test('asks for the host on any port, as match patterns have no port', () => {
    expect(sitePermissionPattern('https://news.example.org')).toBe('https://news.example.org/*');
    expect(sitePermissionPattern('http://127.0.0.1:8080')).toBe('http://127.0.0.1/*');
  });
});
