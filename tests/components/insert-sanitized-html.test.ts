// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import { insertSanitizedHtml } from '../../components/shared/insert-sanitized-html';

describe('insertSanitizedHtml', () => {
  test('replaces the container’s children with the parsed article', () => {
    const pane = document.createElement('div');
    pane.append('old');
    insertSanitizedHtml(pane, '<h2>Title</h2><p>One <em>two</em></p>');
    expect(pane.innerHTML).toBe('<h2>Title</h2><p>One <em>two</em></p>');
  });

  test('links open in a new tab without handing over the opener', () => {
    const pane = document.createElement('div');
    insertSanitizedHtml(pane, '<p><a href="https://example.org/">x</a></p>');
    const link = pane.querySelector('a')!;
    expect(link.getAttribute('target')).toBe('_blank');
    expect(link.getAttribute('rel')).toBe('noopener noreferrer');
  });

  test('the nodes belong to the container’s document', () => {
    const pane = document.createElement('div');
    insertSanitizedHtml(pane, '<p>x</p>');
    expect(pane.firstElementChild!.ownerDocument).toBe(document);
  });
});
