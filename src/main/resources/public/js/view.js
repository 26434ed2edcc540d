// The URL is the state of the page: every view can be shared and reopened, and Back goes back.
// /?q=デザイナー&from=me[&via=lala&target=kanade]   who could introduce me, and the route drawn
// /?pathFrom=lala&pathTo=zeita[&path=1]              bridge paths, and which one is drawn
// &person=lala                                        someone's ties, beside either view
// &lang=ja|en                                         the language, when a link should fix it
// /?view=asks | keep | add | network[&kind=] | connectors[&kind=|&who=]   the daily views

const KEYS = ["view", "q", "from", "via", "target", "pathFrom", "pathTo", "path", "kind", "who", "person", "lang"];
export const VIEWS = ["asks", "keep", "add", "network", "connectors"];

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
export const searchHref = (q, from) => href({ view: null, kind: null, who: null, q, from, via: null, target: null, pathFrom: null, pathTo: null, path: null, person: null });
export const pathsHref = (from, to) => href({ view: null, kind: null, who: null, pathFrom: from, pathTo: to, path: null, q: null, from: null, via: null, target: null, person: null });

/** The link to one of the daily views, with its own parameters only (the language stays). */
export const viewHref = (view, params = {}) => {
  const query = new URLSearchParams({ view, ...Object.fromEntries(Object.entries(params).filter(([, v]) => v)) });
  const language = read().lang;
  if (language) query.set("lang", language);
  return `/?${query}`;
};
