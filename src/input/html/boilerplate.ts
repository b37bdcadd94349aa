// What marks page furniture rather than article text, by element name and by the words of its
// class and id attributes (the idea of trafilatura's tree cleaning, with our own lists): sharing
// and social widgets, related and recommended stories, newsletter and subscription prompts,
// advertising, comments, cookie notices, bylines and datelines, captions and credits, tag lists.

/** Elements that never hold the article's text. */
export const FURNITURE_TAGS = ['nav', 'aside', 'footer', 'header', 'form', 'button', 'figure', 'figcaption', 'dialog', 'menu', 'select', 'noscript', 'iframe', 'svg'];

/** A word of a class or id (split at '-', '_' and case changes) that marks furniture. */
const FURNITURE_WORD = new RegExp(
  '^(' +
    [
      'share', 'sharing', 'social', 'sociallinks', 'related', 'relatedlinks', 'recommended', 'recommendations', 'recirc', 'newsletter', 'subscribe',
      'subscription', 'signup', 'promo', 'promos', 'advert', 'advertisement', 'ads', 'ad', 'adslot', 'adunit', 'dfp', 'sponsor', 'sponsored',
      'comment', 'comments', 'disqus', 'cookie', 'cookies', 'consent', 'gdpr', 'breadcrumb', 'breadcrumbs', 'caption', 'credit', 'credits',
      'byline', 'author', 'authors', 'dateline', 'timestamp', 'tags', 'taglist', 'keywords', 'outbrain', 'taboola', 'popular', 'trending',
      'mostread', 'mostpopular', 'sidebar', 'widget', 'toolbar', 'modal', 'popup', 'overlay', 'footer', 'navbar', 'nav', 'navigation', 'menu',
      'masthead', 'skip', 'sronly', 'print', 'rating', 'pagination', 'pager', 'disclaimer', 'copyright', 'bio', 'readmore', 'moreon',
      'morestories', 'alsolike', 'upnext', 'paywall', 'meter', 'login', 'signin',
    ].join('|') +
    ')$',
);

/** The words of a class or id value: "article-share_bar" and "articleShareBar" both give article, share, bar. */
function words(value: string): string[] {
  return value
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

/** Whether the class or id marks furniture: one of its tokens is a furniture word or two joined ("read-more"). */
export function isFurnitureName(classOrId: string): boolean {
  for (const token of classOrId.split(/\s+/)) {
    const w = words(token);
    for (let i = 0; i < w.length; i++) {
      if (FURNITURE_WORD.test(w[i])) return true;
      if (i + 1 < w.length && FURNITURE_WORD.test(w[i] + w[i + 1])) return true;
    }
  }
  return false;
}
