import { activeElementIndex } from './element-index';
import { descendantElements } from './walk';

/**
 * A discussion: a forum thread or a question with its answers, as the page declares it
 * (schema.org `DiscussionForumPosting` or `QAPage`, in the page's JSON-LD, or as microdata on the
 * wrapper, inside it or around it). Forum software marks the thread's wrapper `#comments` or
 * `.comment-list`; on such a page the comments are the content, not the clutter below a story.
 */
const DISCUSSION_TYPE = /\b(?:DiscussionForumPosting|QAPage)\b/;
const jsonLdAnswer = new WeakMap<Document, boolean>();

/** True when `wrapper` holds a discussion the page declares (asked only of comment-marked wrappers). */
export function isDeclaredDiscussion(wrapper: Element): boolean {
  return declaredInJsonLd(wrapper.ownerDocument) || declaredInMicrodata(wrapper);
}

function declaredInJsonLd(doc: Document): boolean {
  let answer = jsonLdAnswer.get(doc);
  if (answer === undefined) {
    answer = false;
    // The type's name in the text is the declaration, so JSON that can run to tens of kilobytes
    // is not parsed.
    for (const script of scriptsOf(doc)) {
      answer = script.getAttribute('type')?.trim().toLowerCase() === 'application/ld+json' && DISCUSSION_TYPE.test(script.textContent ?? '');
      if (answer) break;
    }
    jsonLdAnswer.set(doc, answer);
  }
  return answer;
}

/**
 * The document's scripts. The body's come from the phase's element index when it covers the body
 * (a live collection over the whole document cost more than the rest of the question); the
 * head's, and those of any other child of the root element, from a collection each.
 */
function* scriptsOf(doc: Document): Generator<Element> {
  const index = activeElementIndex();
  const body = doc.body;
  const inBody = body && index?.root === body ? index.descendants(body, ['script']) : null;
  if (!doc.documentElement || !inBody) {
    yield* scriptsBelow(doc);
    return;
  }
  for (const part of Array.from(doc.documentElement.children)) {
    if (part === body) yield* inBody;
    else {
      // A page's own scripts may append a script to the root element itself.
      if (part.localName === 'script') yield part;
      yield* scriptsBelow(part);
    }
  }
}

function* scriptsBelow(root: Document | Element): Generator<Element> {
  const scripts = root.getElementsByTagName('script');
  for (let i = 0, n = scripts.length; i < n; i++) yield scripts.item(i)!;
}

function declaredInMicrodata(wrapper: Element): boolean {
  const declares = (el: Element) => DISCUSSION_TYPE.test(el.getAttribute('itemtype') ?? '');
  for (let up: Element | null = wrapper; up; up = up.parentElement) if (declares(up)) return true;
  return descendantElements(wrapper).some(declares);
}
