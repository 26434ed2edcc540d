// Draws one route, a chain of people, with cytoscape; the weakest link dashed in red. It also writes what it drew
// into the page (data-nodes, data-weakest, an aria-label and a caption), so a screen reader, a test and the
// picture all tell the same route.
import { $ } from "./dom.js";
import { t } from "./i18n.js";

const STYLE = [
  { selector: "node", style: {
    "background-color": "#4f7a62", label: "data(label)", "font-size": 13, color: "#1d2621",
    "font-family": "system-ui, sans-serif", "text-valign": "bottom", "text-margin-y": 6,
    "text-wrap": "wrap", "text-max-width": 130, width: 24, height: 24 } },
  { selector: "node.side", style: { "text-valign": "center", "text-halign": "right", "text-margin-x": 8, "text-margin-y": 0 } },
  { selector: "node.start", style: { "background-color": "#c47f2c" } },
  { selector: "node.end", style: { "background-color": "#2c6a99", shape: "round-rectangle" } },
  { selector: "edge", style: {
    width: 3, "line-color": "#93ab9c", "curve-style": "straight", label: "data(label)", "font-size": 11,
    color: "#3b4a41", "font-family": "system-ui, sans-serif", "text-background-color": "#ffffff",
    "text-background-opacity": 0.9, "text-background-padding": 2 } },
  { selector: "edge.weakest", style: { "line-color": "#b83227", "line-style": "dashed", width: 4, color: "#b83227" } },
];

let cy = null;
let last = null;
let onPerson = () => {};

/** Called with a person's id when their node is clicked. */
export function onNodeClick(handler) {
  onPerson = handler;
}

/** "歌川 ララ (Lala Utagawa)" is labelled 歌川 ララ in Japanese and Lala Utagawa in English; other names whole. */
export function shortName(name, language) {
  const parts = /^(.+?)\s*\((.+)\)\s*$/.exec(name || "");
  return parts ? (language === "ja" ? parts[1] : parts[2]) : name;
}

const joins = (link, a, b) => link && ((link.from === a && link.to === b) || (link.from === b && link.to === a));

/** route: {nodes: [{id, name}], links: [{from, to, context, ...}], weakest: link or null}. */
export function draw(route, language) {
  last = { route, language };
  const section = $("graph-section");
  const container = $("graph");
  section.hidden = false;
  const narrow = container.clientWidth < 520;
  const { nodes, links, weakest } = route;
  const elements = nodes.map((node, i) => ({
    group: "nodes",
    data: { id: node.id, label: shortName(node.name, language) },
    position: narrow ? { x: 0, y: i * 56 } : { x: i * 180, y: (i % 2) * 44 },
    classes: [narrow ? "side" : "", i === 0 ? "start" : "", i === nodes.length - 1 && i > 0 ? "end" : ""].join(" "),
  }));
  for (let i = 1; i < nodes.length; i++) {
    const a = nodes[i - 1].id;
    const b = nodes[i].id;
    const link = links.find((l) => joins(l, a, b));
    elements.push({
      group: "edges",
      data: { id: `${a}->${b}`, source: a, target: b, label: !narrow && link?.context ? t(`context.${link.context}`) : "" },
      classes: joins(weakest, a, b) ? "weakest" : "",
    });
  }
  if (!cy) {
    cy = window.cytoscape({
      container, style: STYLE, minZoom: 0.3, maxZoom: 1.3,
      userZoomingEnabled: false, userPanningEnabled: false, boxSelectionEnabled: false,
      autoungrabify: true, autounselectify: true,
    });
    cy.on("tap", "node", (event) => onPerson(event.target.id()));
  }
  cy.elements().remove();
  cy.add(elements);
  cy.resize();
  cy.fit(undefined, 20);
  describe(container, nodes);
}

function describe(container, nodes) {
  const drawn = cy.nodes().map((n) => n.id());
  const weak = cy.edges(".weakest").map((e) => `${e.source().id()} ${e.target().id()}`);
  container.dataset.nodes = drawn.join(" ");
  container.dataset.weakest = weak.join(",");
  const names = nodes.map((n) => n.name).join(" → ");
  container.setAttribute("aria-label", `${t("route")}: ${names}`);
  const weakestEdge = cy.edges(".weakest")[0];
  const weakText = weakestEdge
    ? ` (${t("weakest")}: ${[weakestEdge.source(), weakestEdge.target()].map((n) => nodes.find((x) => x.id === n.id()).name).join("–")})`
    : "";
  $("graph-caption").textContent = names + weakText;
}

export function hide() {
  last = null;
  $("graph-section").hidden = true;
  delete $("graph").dataset.nodes;
  delete $("graph").dataset.weakest;
}

// A phone turned sideways gets the other layout.
let resizeTimer = null;
window.addEventListener("resize", () => {
  clearTimeout(resizeTimer);
  resizeTimer = setTimeout(() => last && draw(last.route, last.language), 200);
});
