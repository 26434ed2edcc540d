// How a person and a route read on the page: a link that opens the person's ties, and a route as a row of
// people with the kind of each link between them, the weakest one marked.
import { getJson } from "./api.js";
import { h } from "./dom.js";
import { t } from "./i18n.js";
import * as view from "./view.js";

/** Names seen in any answer, so a tie or a path can name people without asking again. */
export const names = new Map();

export function remember(person) {
  if (person && person.id && person.name) names.set(person.id, person.name);
  return person;
}

export const nameOf = (id) => names.get(id) ?? id;

const CHUNK = 100;

/** Learns the names of the people among `ids` not yet known: one request (GET /api/people?id=...) per hundred. */
export async function learnNames(ids) {
  const unknown = [...new Set(ids)].filter((id) => !names.has(id));
  const chunks = [];
  for (let i = 0; i < unknown.length; i += CHUNK) chunks.push(unknown.slice(i, i + CHUNK));
  await Promise.all(chunks.map((chunk) => getJson("/api/people", { id: chunk, limit: CHUNK })
    .then((page) => page.items.forEach(remember)).catch(() => null)));
}

export function personLink(person) {
  remember(person);
  return h("a", { href: view.href({ person: person.id }), class: "person", "data-nav": true, "data-focus": "person",
    "data-person": person.id, text: person.name });
}

const joins = (link, a, b) => link && ((link.from === a && link.to === b) || (link.from === b && link.to === a));

/** The weakest link of a bridge path, as the finder names it for intermediaries: the lowest hop score. */
export function weakestOf(links) {
  return links.length < 2 ? null : links.reduce((w, l) => (l.score < w.score ? l : w));
}

export function routeChips(nodes, links, weakest) {
  const items = [];
  nodes.forEach((node, i) => {
    if (i > 0) {
      const a = nodes[i - 1].id;
      const link = links.find((l) => joins(l, a, node.id));
      const weak = joins(weakest, a, node.id);
      items.push(h("li", { class: weak ? "hop weakest" : "hop" },
        h("span", { text: link?.context ? t(`context.${link.context}`) : "—" }),
        weak ? h("strong", { class: "weakest-tag", text: t("weakest") }) : null));
    }
    remember(node);
    items.push(h("li", { class: "stop", "data-person": node.id, text: node.name ?? nameOf(node.id) }));
  });
  return h("ol", { class: "route", "aria-label": t("route") }, items);
}
