// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { Outline } from '../../components/view/Outline';
import { outlineHeadings } from '../../components/view/outline-headings';

afterEach(cleanup);

function content(html: string): HTMLElement {
  const element = document.createElement('div');
  // Test input written here; the view only inserts the engine's sanitised output.
  element.append(document.createRange().createContextualFragment(html));
  document.body.append(element);
  return element;
}

describe('the outline ("Contents")', () => {
  it('lists the article’s h2–h4 with text, in order, leaving out headings inside a removed block’s place', () => {
    const article = content('<h2>The ledger</h2><p>…</p><h3> The   survey </h3><h2></h2><div data-qr-removed="r1"><h2>Newsletter</h2></div><h4>Numbers</h4><h5>Too deep</h5>');
    expect(outlineHeadings(article).map(({ text, level }) => [text, level])).toEqual([['The ledger', 2], ['The survey', 3], ['Numbers', 4]]);
  });

  it('is not shown for an article with fewer than 3 headings', () => {
    render(<Outline content={content('<h2>One</h2><p>…</p><h2>Two</h2>')} scroller={null} testId="outline" />);
    expect(screen.queryByTestId('outline')).toBeNull();
  });

  it('with 3 headings: a native disclosure of buttons; choosing one moves focus to its heading and marks it current', () => {
    const article = content('<h2>The ledger</h2><p>…</p><h2>The survey</h2><p>…</p><h2>What comes next</h2>');
    render(<Outline content={article} scroller={null} testId="outline" />);
    const nav = screen.getByTestId('outline');
    expect(nav.getAttribute('aria-label')).toBe('Contents');
    expect(nav.querySelector('details > summary')?.textContent).toBe('Contents');
    const links = screen.getAllByTestId('outline-link');
    expect(links.map((link) => [link.tagName, link.textContent])).toEqual([['BUTTON', 'The ledger'], ['BUTTON', 'The survey'], ['BUTTON', 'What comes next']]);
    fireEvent.click(links[2]!);
    expect(document.activeElement).toBe(article.querySelectorAll('h2')[2]);
    expect(links[2]!.getAttribute('aria-current')).toBe('location');
    expect(links[0]!.getAttribute('aria-current')).toBeNull();
  });
});
