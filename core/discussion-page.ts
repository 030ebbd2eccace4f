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
    // A live collection read by index: a selector query or a tree walk over the whole document
    // cost six to eight times more (measured on 40 trafilatura-dev pages in jsdom). The type's name in the text is the declaration, so
    // JSON that can run to tens of kilobytes is not parsed.
    const scripts = doc.getElementsByTagName('script');
    for (let i = 0, n = scripts.length; i < n && !answer; i++) {
      const script = scripts.item(i);
      answer = !!script && script.getAttribute('type')?.trim().toLowerCase() === 'application/ld+json' && DISCUSSION_TYPE.test(script.textContent ?? '');
    }
    jsonLdAnswer.set(doc, answer);
  }
  return answer;
}

function declaredInMicrodata(wrapper: Element): boolean {
  const declares = (el: Element) => DISCUSSION_TYPE.test(el.getAttribute('itemtype') ?? '');
  for (let up: Element | null = wrapper; up; up = up.parentElement) if (declares(up)) return true;
  return descendantElements(wrapper).some(declares);
}
