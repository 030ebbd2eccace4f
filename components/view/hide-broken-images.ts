/**
 * Images that fail (offline, blocked, lazy-load placeholders) would leave empty frames in the
 * article: hide them. Listeners go on each image because `error` does not bubble, and images
 * adopted from the parsed fragment start loading the moment they are inserted.
 */
export function hideBrokenImages(root: ParentNode): void {
  if (root instanceof HTMLImageElement) hideIfBroken(root);
  for (const img of Array.from(root.querySelectorAll('img'))) hideIfBroken(img);
}

function hideIfBroken(img: HTMLImageElement): void {
  if (img.complete && img.naturalWidth === 0 && img.getAttribute('src')) img.hidden = true;
  else img.addEventListener('error', () => (img.hidden = true), { once: true });
}
