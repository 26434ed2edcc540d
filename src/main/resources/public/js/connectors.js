// The connector view (「困ったときは◯◯さんに」): for a kind, who reaches it best (GET /api/connectors?kind=); for a
// person, the kinds they reach and the people only they bridge (GET /api/people/{id}/reach). Busy introducers are
// marked, so the page never steers more asks to someone already carrying many.
import { getJson, personPath } from "./api.js";
import { fill, h } from "./dom.js";
import { t } from "./i18n.js";
import { learnNames, nameOf, personLink } from "./people.js";
import * as view from "./view.js";

export async function show(section, { me, v, current, navigate }) {
  const who = v.who || me;
  const [connectors, reach] = await Promise.all([
    v.kind ? getJson("/api/connectors", { kind: v.kind, limit: 20 }) : null,
    who ? getJson(personPath(who, "/reach")) : null,
  ]);
  const busy = connectors ? await busyAmong(connectors.items.map((c) => c.person.id)) : new Set();
  if (connectors) await learnNames(connectors.items.flatMap((c) => c.sample ?? []));
  if (!current()) return;
  const kindInput = h("input", { id: "connectors-kind", name: "kind", type: "search", maxlength: 200, autocomplete: "off" });
  kindInput.value = v.kind ?? "";
  const form = h("form", { id: "connectors-form", class: "row inline-form", novalidate: true }, kindInput,
    h("button", { type: "submit", text: t("connectorsFind") }));
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    navigate(view.viewHref("connectors", { kind: kindInput.value.trim(), who: v.who, from: v.from }), "none");
  });
  fill(section,
    h("h2", { id: "view-heading", tabindex: -1, text: t("connectorsHeading") }),
    h("p", {}, h("label", { for: "connectors-kind", text: t("connectorsKind") })), form,
    connectors ? connectorList(v.kind, connectors.items, busy) : null,
    reach ? reachPart(reach, v) : null);
}

/** The ids among `ids` whose open asks make them busy (GET /api/people/{id}/busy, for the few listed). */
async function busyAmong(ids) {
  const answers = await Promise.all(ids.map((id) => getJson(personPath(id, "/busy")).catch(() => null)));
  return new Set(ids.filter((id, i) => answers[i]?.busy));
}

export const busyMark = () => h("span", { class: "busy", title: t("busyHint"), text: t("busy") });

function connectorList(kind, items, busy) {
  return [
    h("h3", { id: "connectors-heading", text: t("connectorsFor", { kind }) }),
    items.length
      ? h("ol", { id: "connector-list", class: "results" }, items.map((c) => h("li", { class: "result", "data-person": c.person.id },
        h("div", { class: "row-head" }, personLink(c.person), busy.has(c.person.id) ? busyMark() : null,
          h("span", { class: "muted", text: t("reachesRoutes", { reaches: c.reaches, routes: c.routes }) }),
          h("a", { href: view.viewHref("connectors", { who: c.person.id, kind }), "data-nav": true, "data-focus": "reach",
            class: "reach-link", text: t("reachShow") })),
        c.sample?.length ? h("p", { class: "muted", text: c.sample.map(nameOf).join("、") }) : null)))
      : h("p", { class: "empty", text: t("noConnectors") }),
  ];
}

function reachPart(reach, v) {
  return [
    h("h3", { id: "reach-heading", tabindex: -1, text: t("reachHeading", { name: reach.person.name }) }),
    h("p", { class: "summary", text: t("reachSummary", { one: reach.withinOneHop, two: reach.withinTwoHops }) }),
    h("h4", { text: t("kindsHeading") }),
    h("ul", { id: "reach-kinds", class: "tags kinds" }, reach.kinds.slice(0, 30).map((k) => h("li", { "data-kind": k.kind },
      h("a", { href: view.viewHref("connectors", { kind: k.kind, who: v.who, from: v.from }), "data-nav": true, "data-focus": "none", text: k.kind }),
      h("span", { class: "muted", text: ` ${t("kindCounts", { one: k.withinOneHop, two: k.withinTwoHops })}` })))),
    h("h4", { text: t("onlyBridgeHeading", { n: reach.onlyBridgeForCount }) }),
    reach.onlyBridgeFor.length
      ? h("ul", { id: "only-bridge", class: "tags" }, reach.onlyBridgeFor.map((p) => h("li", { "data-person": p.id }, personLink(p))))
      : h("p", { class: "empty", text: t("noOnlyBridge") }),
  ];
}
