// My network drawn: me, my ties and theirs, two hops at most (GET /api/people/{id}/ties for me, then for each of my
// people, and their names in one request per hundred). Edge width is strength, colour is recency, FAN_OF is an
// arrow. To stay readable at 500 people it cuts: my strongest ties first, and past a few per friend the people
// two steps out are bundled into one "+n" node per friend; the caption says what was cut or bundled. A typed
// kind highlights its people and the route to them. The same picture is written out as a list, for a screen
// reader and for anyone who prefers reading.
import { getJson, personPath } from "./api.js";
import { $, fill, h } from "./dom.js";
import { lang, t } from "./i18n.js";
import { shortName } from "./graph.js";
import { learnNames, nameOf, personLink } from "./people.js";
import * as view from "./view.js";

const FIRST_MAX = 40;
const SECOND_PER_FRIEND = 8;
const SECOND_MAX = 160;
const RECENT_DAYS = 90;
const OLD_DAYS = 365;

const STYLE = [
  { selector: "node", style: {
    "background-color": "#4f7a62", label: "data(label)", "font-size": 11, color: "#1d2621",
    "font-family": "system-ui, sans-serif", "text-valign": "bottom", "text-margin-y": 4, width: 16, height: 16,
    "text-background-color": "#ffffff", "text-background-opacity": 0.8, "text-background-padding": 1,
    // Zoomed out over hundreds of people, labels too small to read are left out rather than piled up.
    "min-zoomed-font-size": 7 } },
  { selector: "node.me", style: { "background-color": "#c47f2c", width: 28, height: 28, "font-size": 13, "font-weight": "bold" } },
  { selector: "node.second", style: { "background-color": "#8fa898", width: 11, height: 11, "font-size": 9 } },
  { selector: "node.bundle", style: { shape: "round-rectangle", "background-color": "#d9dcd3", width: 26, height: 14, "font-size": 9 } },
  { selector: "node.hit", style: { "background-color": "#2c6a99", width: 22, height: 22, "border-width": 3, "border-color": "#173f5f" } },
  { selector: "edge", style: { width: "data(width)", "line-color": "data(colour)", "curve-style": "bezier", opacity: 0.85 } },
  { selector: "edge.fan", style: { "target-arrow-shape": "triangle", "target-arrow-color": "data(colour)", "line-style": "dashed" } },
  { selector: "edge.route", style: { "line-color": "#2c6a99", "target-arrow-color": "#2c6a99", opacity: 1, "z-index": 9 } },
  { selector: ".faded", style: { opacity: 0.25 } },
];

let cy = null;

const tiesOf = (id) => getJson(personPath(id, "/ties"), { limit: 1000 }).then((page) => page.items).catch(() => []);
const other = (tie, id) => (tie.from === id ? tie.to : tie.from);

function colour(lastContact, today) {
  if (!lastContact) return "#a3aaa5";
  const days = (today - Date.parse(lastContact)) / 86_400_000;
  return days <= RECENT_DAYS ? "#2f6b4f" : days <= OLD_DAYS ? "#c47f2c" : "#a3aaa5";
}

/** Who is drawn: me, my strongest people, theirs (cut per friend into bundles), and every tie among them. */
async function build(me) {
  const mine = await tiesOf(me);
  const best = new Map();
  for (const tie of mine) {
    const id = other(tie, me);
    if (!best.has(id) || tie.strength > best.get(id).strength) best.set(id, tie);
  }
  const firstAll = [...best.keys()].sort((a, b) => best.get(b).strength - best.get(a).strength || a.localeCompare(b));
  const first = firstAll.slice(0, FIRST_MAX);
  const theirs = await Promise.all(first.map(tiesOf));
  const firstSet = new Set([me, ...first]);
  const parent = new Map();
  const strengthTo = new Map();
  first.forEach((f, i) => {
    for (const tie of theirs[i]) {
      const id = other(tie, f);
      if (firstSet.has(id)) continue;
      if (!strengthTo.has(id) || tie.strength > strengthTo.get(id)) {
        strengthTo.set(id, tie.strength);
        parent.set(id, f);
      }
    }
  });
  const secondAll = [...parent.keys()].sort((a, b) => strengthTo.get(b) - strengthTo.get(a) || a.localeCompare(b));
  const perFriend = new Map();
  const second = [];
  const bundles = new Map();
  for (const id of secondAll) {
    const f = parent.get(id);
    const n = perFriend.get(f) ?? 0;
    if (n < SECOND_PER_FRIEND && second.length < SECOND_MAX) {
      perFriend.set(f, n + 1);
      second.push(id);
    } else {
      bundles.set(f, [...(bundles.get(f) ?? []), id]);
    }
  }
  const drawn = new Set([...firstSet, ...second]);
  const edges = new Map();
  for (const tie of [mine, ...theirs].flat()) {
    if (drawn.has(tie.from) && drawn.has(tie.to)) edges.set(`${tie.from}|${tie.type}|${tie.to}`, tie);
  }
  await learnNames([...drawn]);
  return { me, first, firstAll, second, secondAll, parent, bundles, edges: [...edges.values()] };
}

export async function show(section, { me, v, current, navigate }) {
  const net = await build(me);
  const hits = v.kind ? await getJson("/api/people", { q: v.kind, limit: 1000 }).then((p) => p.items.map((x) => x.id)) : [];
  if (!current()) return;
  const kindInput = h("input", { id: "network-kind", name: "kind", type: "search", maxlength: 200, autocomplete: "off" });
  kindInput.value = v.kind ?? "";
  const form = h("form", { id: "network-form", class: "row inline-form", novalidate: true },
    kindInput,
    h("button", { type: "submit", text: t("networkShow") }));
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    navigate(view.viewHref("network", { kind: kindInput.value.trim(), from: v.from }), "none");
  });
  const container = h("div", { id: "network", role: "img" });
  const people = 1 + net.first.length + net.second.length;
  const bundled = [...net.bundles.values()].reduce((n, b) => n + b.length, 0);
  const caption = h("div", { id: "network-caption", class: "caption" },
    h("p", { text: t("networkSummary", { people: 1 + net.firstAll.length + net.secondAll.length, ties: net.edges.length }) }),
    net.firstAll.length > net.first.length ? h("p", { class: "cut", text: t("networkCut", { shown: people, total: 1 + net.firstAll.length + net.secondAll.length }) }) : null,
    bundled ? h("p", { class: "cut", text: t("networkBundled", { n: bundled }) }) : null);
  const legend = h("ul", { class: "legend network-legend" },
    h("li", {}, h("span", { class: "swatch thick" }), t("legendStrength")),
    h("li", {}, h("span", { class: "swatch recent" }), t("legendRecent")),
    h("li", {}, h("span", { class: "swatch old" }), t("legendOld")),
    h("li", {}, h("span", { class: "swatch fan" }), t("legendFan")),
    v.kind ? h("li", {}, h("span", { class: "swatch hit" }), t("legendHighlight")) : null);
  fill(section,
    h("h2", { id: "view-heading", tabindex: -1, text: t("networkHeading") }),
    h("p", {}, h("label", { for: "network-kind", text: t("networkKind") })), form,
    container, caption, legend, h("p", { id: "network-hits", class: "summary", role: "status" }),
    listing(net));
  section.hidden = false;
  draw(container, net, new Set(hits), v.kind, navigate);
}

function draw(container, net, hits, kind, navigate) {
  const today = Date.now();
  const level = new Map([[net.me, 3], ...net.first.map((id) => [id, 2]), ...net.second.map((id) => [id, 1])]);
  const elements = [...level.keys()].map((id) => ({ group: "nodes",
    data: { id, label: shortName(nameOf(id), lang()), level: level.get(id) },
    classes: id === net.me ? "me" : level.get(id) === 1 ? "second" : "first" }));
  for (const [f, ids] of net.bundles) {
    elements.push({ group: "nodes", data: { id: `bundle:${f}`, label: t("bundle", { n: ids.length }), level: 0 }, classes: "bundle" });
    elements.push({ group: "edges", data: { id: `bundle-edge:${f}`, source: f, target: `bundle:${f}`, width: 1, colour: "#c9cec7" } });
  }
  for (const tie of net.edges) {
    elements.push({ group: "edges", classes: tie.type === "FAN_OF" ? "fan" : "",
      data: { id: `${tie.from}|${tie.type}|${tie.to}`, source: tie.from, target: tie.to, type: tie.type,
        width: 1 + 5 * (tie.strength ?? 0.5), colour: colour(tie.lastContact, today) } });
  }
  if (cy) cy.destroy();
  cy = window.cytoscape({
    container, elements, style: STYLE, minZoom: 0.2, maxZoom: 2, boxSelectionEnabled: false,
    autoungrabify: true, autounselectify: true,
    layout: { name: "concentric", concentric: (n) => n.data("level"), levelWidth: () => 1, minNodeSpacing: 22,
      animate: false, padding: 12 },
  });
  cy.on("tap", "node", (event) => {
    const id = event.target.id();
    if (!id.startsWith("bundle:")) navigate(view.href({ person: id }), "person");
  });
  const drawnHits = [...hits].filter((id) => level.has(id) && id !== net.me);
  if (kind) {
    cy.elements().addClass("faded");
    const me = cy.getElementById(net.me).removeClass("faded");
    for (const id of drawnHits) {
      const node = cy.getElementById(id).addClass("hit").removeClass("faded");
      const via = level.get(id) === 1 ? cy.getElementById(net.parent.get(id)) : null;
      const hops = via ? [[me, via], [via, node]] : [[me, node]];
      if (via) via.removeClass("faded");
      for (const [a, b] of hops) a.edgesWith(b).addClass("route").removeClass("faded");
    }
    $("network-hits").textContent = drawnHits.length ? t("networkHighlighted", { n: drawnHits.length, kind }) : t("networkNoMatch", { kind });
  }
  container.dataset.nodes = [...level.keys()].join(" ");
  container.dataset.fans = net.edges.filter((e) => e.type === "FAN_OF").map((e) => `${e.from}>${e.to}`).join(" ");
  container.dataset.highlighted = drawnHits.join(" ");
  container.dataset.bundles = [...net.bundles.keys()].join(" ");
  container.setAttribute("aria-label", t("networkLabel", { name: nameOf(net.me), people: level.size }));
}

function listing(net) {
  const friendsOf = (f) => net.second.filter((id) => net.parent.get(id) === f);
  return h("details", { id: "network-list" },
    h("summary", { text: t("networkList") }),
    h("ul", { class: "network-list" }, net.first.map((f) => h("li", { "data-person": f }, personLink({ id: f, name: nameOf(f) }),
      friendsOf(f).length || net.bundles.has(f)
        ? h("ul", {}, friendsOf(f).map((id) => h("li", { "data-person": id }, personLink({ id, name: nameOf(id) }))),
          net.bundles.has(f) ? h("li", { class: "muted", text: t("bundle", { n: net.bundles.get(f).length }) }) : null)
        : null))));
}
