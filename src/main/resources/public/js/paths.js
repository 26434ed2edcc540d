// Bridge paths between two people (GET /api/paths): the shortest chains of usable ties, best first, each with its
// weakest link; the one the link names (path=N) is drawn, else the best.
import { getJson, personPath } from "./api.js";
import { $, fill, h, scoreBar } from "./dom.js";
import { lang, t } from "./i18n.js";
import { draw, hide as hideGraph } from "./graph.js";
import { nameOf, names, remember, routeChips, weakestOf } from "./people.js";
import * as view from "./view.js";

const MAX_LENGTH = 6;
let cache = { key: null, answer: null };

export async function show(v, current) {
  const key = JSON.stringify([v.pathFrom, v.pathTo]);
  if (cache.key !== key) {
    const [answer] = await Promise.all([
      getJson("/api/paths", { from: v.pathFrom, to: v.pathTo, maxLength: MAX_LENGTH, limit: 5 }),
      ...[v.pathFrom, v.pathTo].filter((id) => !names.has(id)).map((id) => getJson(personPath(id)).then(remember)),
    ]);
    cache = { key, answer };
  }
  if (!current()) return;
  render(v, cache.answer);
}

/** Hides the answer and forgets it, so signing out leaves nothing of it behind. */
export function hide() {
  cache = { key: null };
  $("paths-results").hidden = true;
  $("paths-results").replaceChildren();
}

function render(v, answer) {
  const index = Math.min(Math.max(Number.parseInt(v.path ?? "0", 10) || 0, 0), Math.max(answer.paths.length - 1, 0));
  const summary = answer.length < 0 ? t("pathsNone", { max: MAX_LENGTH })
    : answer.length === 0 ? t("pathsSame")
    : t("pathsSummary", { n: answer.length, count: answer.paths.length });
  const section = $("paths-results");
  fill(section,
    h("h2", { id: "paths-heading", tabindex: -1, text: t("pathsHeading", { from: nameOf(v.pathFrom), to: nameOf(v.pathTo) }) }),
    h("p", { class: "summary", text: summary }),
    answer.paths.length && answer.length > 0
      ? h("ol", { id: "path-list", class: "results" }, answer.paths.map((path, i) => pathItem(path, i, i === index)))
      : null);
  section.hidden = false;
  const chosen = answer.paths[index];
  if (chosen && answer.length > 0) {
    draw({ nodes: chosen.nodes, links: chosen.links, weakest: weakestOf(chosen.links) }, lang());
  } else {
    hideGraph();
  }
}

function pathItem(path, i, isChosen) {
  const key = `path:${i}`;
  return h("li", { class: "result path", "data-path": i, "data-nodes": path.nodes.map((n) => n.id).join(" ") },
    h("div", { class: "row-head" }, h("strong", { text: t("pathLabel", { n: i + 1 }) }), scoreBar(path.score, t("score"))),
    routeChips(path.nodes, path.links, weakestOf(path.links)),
    h("div", { class: "actions" },
      h("a", { href: view.href({ path: i === 0 ? null : String(i) }), class: "show-route", "data-nav": true,
        "data-focus": `key:${key}`, "data-focus-key": key, "aria-current": isChosen ? "true" : null,
        text: isChosen ? t("shown") : t("showRoute") })));
}
