// Asks waiting for me (GET /api/introductions?person=ME): as the introducer, agree or decline privately; as the
// one asked, the seed's light wording, then accept or decline; once both said yes, connect them with a message to
// copy; and the ones I asked for, with their state. The requester is shown what the API shows: a decline is only
// ever "closed" to them. The same list counts what waits for me, for the badge in the header.
import { getJson, postJson } from "./api.js";
import { fill, h } from "./dom.js";
import { date, t } from "./i18n.js";
import { messages } from "./message.js";
import { personLink } from "./people.js";
import { report } from "./problems.js";
import { actingAs } from "./session.js";

const OUTCOMES = ["met", "collaboration", "customer", "nothing"];

const load = (me, person) => getJson("/api/introductions", { person, limit: 200 }, actingAs(me, person));

/** Which step waits for `person` in an introduction, if any. */
function waitingFor(intro, person) {
  if (intro.status === "proposed" && intro.via.id === person) return "via";
  if (intro.status === "asked" && intro.target.id === person) return "target";
  if (intro.status === "accepted" && intro.via.id === person) return "connect";
  return null;
}

/** The number of introductions waiting for a move by `person`, for the header's badge. */
export async function waiting(me, person) {
  const page = await load(me, person);
  return page.items.filter((i) => waitingFor(i, person)).length;
}

export async function show(section, { account: me, me: person, current, redraw }) {
  const page = await load(me, person);
  if (!current()) return;
  const items = page.items;
  const asVia = items.filter((i) => waitingFor(i, person) === "via");
  const asTarget = items.filter((i) => waitingFor(i, person) === "target");
  const toConnect = items.filter((i) => waitingFor(i, person) === "connect");
  const mine = items.filter((i) => i.requester.id === person);
  const made = items.filter((i) => i.via.id === person && !waitingFor(i, person));
  const move = (intro, action, body) => async (event) => {
    event.currentTarget.disabled = true;
    try {
      const moved = await postJson(`/api/introductions/${encodeURIComponent(intro.id)}/${action}`, body?.() ?? {}, actingAs(me, person));
      await redraw(t("moved", { status: t(`status.${moved.status}`) }));
    } catch (problem) {
      // Someone moved it first: the list as it is now, and why this step is gone.
      if (problem.status === 409) await redraw();
      else event.target.disabled = false;
      report(problem, "problem", { note: `note-${intro.id}`, outcome: `outcome-${intro.id}` });
    }
  };
  const waitingCount = asVia.length + asTarget.length + toConnect.length;
  const connectMessages = await Promise.all(toConnect.concat(asVia).map((i) => messages(i, person).catch(() => null)));
  if (!current()) return;
  const messageOf = new Map(toConnect.concat(asVia).map((i, n) => [i.id, connectMessages[n]]));
  fill(section,
    h("h2", { id: "view-heading", tabindex: -1, text: t("asksHeading") }),
    waitingCount ? null : h("p", { class: "empty", id: "nothing-waiting", text: t("noneWaiting") }),
    group("as-via", t("asViaHeading"), asVia, (i) => viaItem(i, move, messageOf.get(i.id))),
    group("as-target", t("asTargetHeading"), asTarget, (i) => targetItem(i, move)),
    group("to-connect", t("toConnectHeading"), toConnect, (i) => connectItem(i, move, messageOf.get(i.id))),
    h("h3", { text: t("mineHeading") }),
    mine.length ? h("ul", { id: "mine", class: "results" }, mine.map((i) => mineItem(i, move))) : h("p", { class: "empty", text: t("noneMine") }),
    made.length ? [h("h3", { text: t("madeHeading") }), h("ul", { id: "made", class: "results" }, made.map((i) => mineItem(i, move)))] : null);
  return waitingCount;
}

function group(id, heading, items, render) {
  if (!items.length) return null;
  return [h("h3", { text: heading }), h("ul", { id, class: "results" }, items.map(render))];
}

const head = (intro) => h("p", { class: "muted" },
  `${t("modeLabel", { mode: t(`mode.${intro.mode}`) })} · ${date(intro.createdAt?.slice(0, 10))}`);

const theirMessage = (intro) => (intro.message ? h("p", { class: "note", text: t("theirMessage", { message: intro.message }) }) : null);

function viaItem(intro, move, texts) {
  const note = declineNote(intro);
  return h("li", { class: "result ask", "data-introduction": intro.id, "data-role": "via" },
    h("p", { text: t("viaAsk", { requester: intro.requester.name, target: intro.target.name }) }),
    head(intro), theirMessage(intro),
    texts,
    h("div", { class: "actions" },
      h("button", { type: "button", class: "agree", text: t("agree", { target: intro.target.name }), onclick: move(intro, "agree") }),
      declineBox(intro, note, move)));
}

function targetItem(intro, move) {
  const note = declineNote(intro);
  return h("li", { class: "result ask", "data-introduction": intro.id, "data-role": "target" },
    h("p", { text: t("targetAsk", { via: intro.via.name, requester: intro.requester.name }) }),
    h("p", { class: "wording", text: t("lightWording") }),
    h("p", {}, personLink(intro.requester)),
    theirMessage(intro), head(intro),
    h("div", { class: "actions" },
      h("button", { type: "button", class: "accept", text: t("accept"), onclick: move(intro, "accept") }),
      declineBox(intro, note, move)));
}

function declineNote(intro) {
  return h("input", { id: `note-${intro.id}`, type: "text", maxlength: 2000, autocomplete: "off", "aria-describedby": `private-${intro.id}` });
}

/** Declining is a separate, quiet step: a note only the introducer and the target read, and a plain button. */
function declineBox(intro, note, move) {
  return h("details", { class: "decline-box" },
    h("summary", { text: intro.status === "proposed" ? t("declinePrivately") : t("decline") }),
    h("label", { for: note.id, text: t("declineNote", { via: intro.via.name }) }), note,
    h("p", { id: `private-${intro.id}`, class: "muted", text: t("declinePrivate", { requester: intro.requester.name }) }),
    h("button", { type: "button", class: "decline plain", text: intro.status === "proposed" ? t("declinePrivately") : t("decline"),
      onclick: move(intro, "decline", () => (note.value.trim() ? { note: note.value.trim() } : {})) }));
}

function connectItem(intro, move, texts) {
  return h("li", { class: "result ask", "data-introduction": intro.id, "data-role": "connect" },
    h("p", {}, personLink(intro.requester), " ⇄ ", personLink(intro.target)),
    head(intro), texts,
    h("div", { class: "actions" },
      h("button", { type: "button", class: "connect", text: t("connect"), onclick: move(intro, "connect") })));
}

function mineItem(intro, move) {
  return h("li", { class: "result ask", "data-introduction": intro.id, "data-status": intro.status },
    h("div", { class: "row-head" }, personLink(intro.target), h("span", { class: "muted", text: "←" }), personLink(intro.via),
      h("span", { class: `state state-${intro.status}`, text: t("statusWord", { status: t(`status.${intro.status}`) }) })),
    head(intro),
    intro.outcome ? h("p", { class: "muted", text: t(`outcome.${intro.outcome}`) }) : null,
    intro.status === "connected" || intro.status === "outcome" ? outcomeForm(intro, move) : null);
}

function outcomeForm(intro, move) {
  const select = h("select", { id: `outcome-${intro.id}` }, OUTCOMES.map((o) => h("option", { value: o, text: t(`outcome.${o}`) })));
  return h("div", { class: "actions outcome" },
    h("label", { for: select.id, text: t("outcomeLabel") }), select,
    h("button", { type: "button", class: "record-outcome", text: t("recordOutcome"), onclick: move(intro, "outcome", () => ({ outcome: select.value })) }));
}
