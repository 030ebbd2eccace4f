// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { importProgressively } from '../../components/view/import-progressively';

/** An inert body like the view's: `paragraphs` <p>, then one figure of `images` <img>. */
function inertArticle(paragraphs: number, images: number): HTMLElement {
  const doc = document.implementation.createHTMLDocument('');
  const ps = Array.from({ length: paragraphs }, (_, i) => `<p>Paragraph ${i + 1}</p>`).join('');
  const imgs = Array.from({ length: images }, (_, i) => `<img alt="Photo ${i}">`).join('');
  doc.body.append(...Array.from(new DOMParser().parseFromString(`<div class="page">${ps}<figure>${imgs}</figure></div>`, 'text/html').body.childNodes, (node) => doc.importNode(node, true)));
  return doc.body;
}

/** A clock that advances 1 ms per reading, and a queue of deferred slices run by hand. */
function manualScheduler() {
  let t = 0;
  const queue: (() => void)[] = [];
  return { now: () => t++, later: (task: () => void) => void queue.push(task), queue };
}

describe('importProgressively', () => {
  it('imports a long article over several slices, in order, and reports when done', () => {
    const container = document.createElement('div');
    const clock = manualScheduler();
    let done = 0;
    importProgressively(container, inertArticle(400, 2000), { now: clock.now, later: clock.later, onDone: () => done++ });
    expect(clock.queue.length, 'the first slice yields').toBe(1);
    expect(container.querySelectorAll('p').length).toBeLessThan(400);
    expect(container.textContent).toContain('Paragraph 1');
    let slices = 1;
    while (clock.queue.length) {
      clock.queue.shift()!();
      slices++;
    }
    expect(slices).toBeGreaterThan(10);
    expect(done).toBe(1);
    expect(Array.from(container.querySelectorAll('p'), (p) => p.textContent)).toEqual(Array.from({ length: 400 }, (_, i) => `Paragraph ${i + 1}`));
    // The 2,000-image figure went in shell first, its images later: still one figure, all images.
    expect(container.querySelectorAll('figure').length).toBe(1);
    expect(container.querySelectorAll('figure > img').length).toBe(2000);
  });

  it('a short article goes in within the first slice', () => {
    const container = document.createElement('div');
    let done = 0;
    importProgressively(container, inertArticle(3, 1), { later: () => { throw new Error('should not yield'); }, onDone: () => done++ });
    expect(done).toBe(1);
    expect(container.querySelectorAll('p').length).toBe(3);
  });

  it('stops when cancelled and replaces what the container held', () => {
    const container = document.createElement('div');
    container.append('old article');
    const clock = manualScheduler();
    const job = importProgressively(container, inertArticle(400, 0), { now: clock.now, later: clock.later });
    expect(container.textContent).not.toContain('old article');
    job.cancel();
    const before = container.querySelectorAll('p').length;
    while (clock.queue.length) clock.queue.shift()!();
    expect(container.querySelectorAll('p').length).toBe(before);
  });
});
