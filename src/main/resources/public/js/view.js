// The URL is the state of the page: every view can be shared and reopened, and Back goes back.
// /?q=デザイナー&from=me[&via=lala&target=kanade]   who could introduce me, and the route drawn
// /?pathFrom=lala&pathTo=zeita[&path=1]              bridge paths, and which one is drawn
// &person=lala                                        someone's ties, beside either view
// &lang=ja|en                                         the language, when a link should fix it

const KEYS = ["q", "from", "via", "target", "pathFrom", "pathTo", "path", "person", "lang"];

export function read() {
  const params = new URLSearchParams(location.search);
  return Object.fromEntries(KEYS.map((key) => [key, params.get(key) || null]));
}

/** The link to the current view with some parameters changed (null removes one). */
export function href(changes = {}) {
  const next = { ...read(), ...changes };
  const params = new URLSearchParams();
  for (const key of KEYS) {
    if (next[key] !== null && next[key] !== undefined && next[key] !== "") params.set(key, next[key]);
  }
  const query = params.toString();
  return query ? `/?${query}` : "/";
}

/** The link for a fresh search or a fresh bridge-path view: the other view's parameters go. */
export const searchHref = (q, from) => href({ q, from, via: null, target: null, pathFrom: null, pathTo: null, path: null, person: null });
export const pathsHref = (from, to) => href({ pathFrom: from, pathTo: to, path: null, q: null, from: null, via: null, target: null, person: null });
