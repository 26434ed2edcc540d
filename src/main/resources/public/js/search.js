// 脳内検索 on the page: for a kind of person, the direct contacts who are such a person, then whom to ask and
// whom they lead to (GET /api/intermediaries), then everyone who matches, nearest first (GET /api/search).
// One route is drawn: the one the link names (via, target), else the first listed.
import { getJson, postJson } from "./api.js";
import { $, fill, h, scoreBar } from "./dom.js";
import { lang, t } from "./i18n.js";
import { draw } from "./graph.js";
import { personLink, remember, routeChips } from "./people.js";
import { busyMark } from "./connectors.js";
import { sentence } from "./problems.js";
import * as view from "./view.js";

let cache = { key: null, answer: null, matches: null };

export async function show(v, from, current) {
  const key = JSON.stringify([v.q, from, lang()]);
  if (cache.key !== key) {
    const [answer, matches] = await Promise.all([
      getJson("/api/intermediaries", { from, kind: v.q, lang: lang(), limit: 20, targetsLimit: 5 }),
      // The list of everyone who matches is a supplement: the answer above stands without it.
      getJson("/api/search", { q: v.q, from, limit: 50 }).catch(() => null),
    ]);
    cache = { key, answer, matches };
  }
  if (!current()) return;
  render(v, cache.answer, cache.matches);
}

/** Hides the answer and forgets it, so signing out leaves nothing of it behind. */
export function hide() {
  cache = { key: null };
  $("search-results").hidden = true;
  $("search-results").replaceChildren();
}

function chosenRoute(v, answer) {
  const from = answer.from;
  const direct = (d) => ({ key: `direct:${d.person.id}`, nodes: [from, d.person], links: d.link ? [d.link] : [], weakest: null });
  const through = (i, target) => ({ key: `via:${i.person.id}:${target.person.id}`, nodes: target.path, links: target.links, weakest: target.weakestLink });
  if (v.target && !v.via) {
    const d = answer.direct.find((x) => x.person.id === v.target);
    if (d) return direct(d);
  }
  if (v.via && v.target) {
    const i = answer.intermediaries.find((x) => x.person.id === v.via);
    const target = i?.targets.find((x) => x.person.id === v.target);
    if (target) return through(i, target);
  }
  if (answer.direct.length) return direct(answer.direct[0]);
  const first = answer.intermediaries[0];
  return first && first.targets.length ? through(first, first.targets[0]) : null;
}

function render(v, answer, matches) {
  remember(answer.from);
  const chosen = chosenRoute(v, answer);
  const targets = answer.targetsFound ?? new Set(answer.intermediaries.flatMap((i) => i.targets.map((x) => x.person.id))).size + answer.direct.length;
  const section = $("search-results");
  fill(section,
    h("h2", { id: "search-heading", tabindex: -1, text: t("searchHeading", { q: v.q }) }),
    h("p", { class: "summary", text: t("summary", { targets, direct: answer.direct.length }) }),
    answer.complete === false ? h("p", { class: "note", text: t("incomplete") }) : null,
    h("h3", { text: t("directHeading") }),
    answer.direct.length
      ? h("ul", { id: "direct-list", class: "results" }, answer.direct.map((d) => directItem(d, chosen)))
      : h("p", { class: "empty", text: t("noDirect") }),
    h("h3", { text: t("viaHeading") }),
    answer.intermediaries.length
      ? h("ol", { id: "intermediary-list", class: "results" }, answer.intermediaries.map((i) => intermediaryItem(i, chosen)))
      : h("p", { class: "empty", text: t("noVia") }),
    matches ? allMatches(matches) : null,
  );
  section.hidden = false;
  if (chosen) draw(chosen, lang());
}

function directItem(d, chosen) {
  const key = `direct:${d.person.id}`;
  return h("li", { class: "result direct", "data-person": d.person.id },
    h("div", { class: "row-head" }, personLink(d.person), scoreBar(d.score, t("score"))),
    d.person.headline ? h("p", { class: "headline", text: d.person.headline }) : null,
    actions(key, view.href({ via: null, target: d.person.id }), chosen, d.person.id, null));
}

function intermediaryItem(i, chosen) {
  return h("li", { class: "result intermediary", "data-person": i.person.id },
    h("div", { class: "row-head" },
      personLink(i.person), i.busy ? busyMark() : null, scoreBar(i.score, t("score")),
      h("span", { class: "muted", text: t("reaches", { n: i.targetsReached ?? i.targets.length }) })),
    i.person.headline ? h("p", { class: "headline", text: i.person.headline }) : null,
    h("ul", { class: "targets" }, i.targets.map((target) => targetItem(i, target, chosen))));
}

function targetItem(i, target, chosen) {
  const key = `via:${i.person.id}:${target.person.id}`;
  return h("li", { class: "target", "data-target": target.person.id },
    h("div", { class: "row-head" },
      personLink(target.person), scoreBar(target.score, t("score")),
      h("span", { class: "muted", text: t("hops", { n: target.hops }) })),
    target.person.headline ? h("p", { class: "headline", text: target.person.headline }) : null,
    routeChips(target.path, target.links, target.weakestLink),
    h("p", { class: "why", text: target.why }),
    actions(key, view.href({ via: i.person.id, target: target.person.id }), chosen, target.person.id, i.person.id,
      target.path[0].id));
}

function actions(key, href, chosen, target, via, from) {
  const isChosen = chosen && chosen.key === key;
  // A light introduction (API: POST /api/introductions): the introducer is asked first, then the target; a
  // retried click sends the same Idempotency-Key, so it never asks twice. A direct contact needs no introducer.
  const status = h("span", { class: "ask-status", role: "status" });
  const ask = async (event) => {
    event.currentTarget.disabled = true;
    try {
      const intro = await postJson("/api/introductions", { requester: from, target, via, mode: "light" },
        { "Idempotency-Key": `page:${from}:${via}:${target}` });
      status.textContent = t("asked", { status: intro.status });
      status.dataset.introduction = intro.id;
    } catch (problem) {
      status.textContent = sentence(problem);
      event.currentTarget.disabled = false;
    }
  };
  return h("div", { class: "actions" },
    h("a", { href, class: "show-route", "data-nav": true, "data-focus": `key:${key}`, "data-focus-key": key,
      "aria-current": isChosen ? "true" : null, text: isChosen ? t("shown") : t("showRoute") }),
    via && from ? h("button", { type: "button", class: "ask-intro", "data-feature": "introductions",
      "data-target": target, "data-via": via, text: t("askIntro"), onclick: ask }) : null,
    via && from ? status : null);
}

function allMatches(page) {
  return h("details", { id: "all-matches" },
    h("summary", { text: t("allHeading", { n: page.items.length }) }),
    h("ol", { class: "matches" }, page.items.map((hit) => h("li", { "data-person": hit.person.id },
      personLink(hit.person), " ",
      h("span", { class: "muted", text: hit.distance == null ? t("unreachable")
        : hit.via && hit.distance > 1 ? `${t("distance", { n: hit.distance })} · ${t("via", { name: hit.via.name })}`
        : t("distance", { n: hit.distance }) })))));
}
