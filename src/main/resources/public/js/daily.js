// The daily views of the page (?view=asks|keep|add|network|connectors) and what every signed-in page shows with
// them: the views' links in the header, with a badge counting the asks waiting for me. Each view is drawn into
// the one #view section by its own module; the search forms are hidden meanwhile.
import { token } from "./api.js";
import { $, h } from "./dom.js";
import { t } from "./i18n.js";
import { nameOf } from "./people.js";
import * as add from "./add.js";
import * as asks from "./asks.js";
import * as connectors from "./connectors.js";
import * as keep from "./keep.js";
import * as network from "./network.js";
import * as view from "./view.js";

const MODULES = { asks, keep, add, network, connectors };

/** Draws the view the URL names, or hides them all; updates the header's links and badge either way. */
export async function show(v, account, chosen, current, navigate) {
  const name = view.VIEWS.includes(v.view) ? v.view : null;
  // A member or viewer is their own person; an admin is whoever the page was told to act as.
  const me = account.admin ? chosen : account.person ?? chosen;
  $("views-nav").hidden = false;
  for (const link of $("views-nav").querySelectorAll("a[data-view]")) {
    const own = link.dataset.view;
    link.setAttribute("href", own === "search" ? view.searchHref(null, null) : view.viewHref(own, { from: v.from }));
    if (own === (name ?? "search")) link.setAttribute("aria-current", "page");
    else link.removeAttribute("aria-current");
  }
  document.querySelector(".forms").hidden = Boolean(name);
  const section = $("view");
  const acting = $("acting");
  acting.hidden = !(name && account.admin && me);
  if (!acting.hidden) acting.textContent = t("actingAs", { name: nameOf(me) });
  // After a change the view is drawn anew from the service; the sentence saying what was done stays.
  const redraw = async (message) => {
    await navigate(location.pathname + location.search, "none", true);
    if (message) $("status").textContent = message;
  };
  const badge = me && token.get() ? asks.waiting(account, me).catch(() => 0) : Promise.resolve(0);
  if (name) {
    section.hidden = false;
    section.dataset.view = name;
    if (!me) {
      section.replaceChildren(h("h2", { id: "view-heading", tabindex: -1, text: t("nav." + name) }), h("p", { text: t("needPerson") }));
    } else {
      await MODULES[name].show(section, { account, me, v, current, redraw, navigate });
    }
  } else {
    hide();
  }
  const waiting = await badge;
  if (!current()) return;
  const mark = $("asks-badge");
  mark.hidden = waiting === 0;
  mark.textContent = String(waiting);
  mark.setAttribute("aria-label", t("badgeLabel", { n: waiting }));
}

export function hide() {
  $("view").hidden = true;
  $("view").replaceChildren();
  delete $("view").dataset.view;
}
