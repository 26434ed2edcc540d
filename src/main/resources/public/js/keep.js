// Keeping in touch (気にかける): the strong ties gone quiet (GET /api/people/ME/keep-in-touch), each with "log an
// interaction" in two taps (the button, then what happened: POST /api/people/ME/interactions, which moves the
// tie's lastContact); the ledger of given and received; and the fan club, the long-standing first.
import { getJson, personPath, postJson } from "./api.js";
import { fill, h } from "./dom.js";
import { date, has, t } from "./i18n.js";
import { personLink } from "./people.js";
import { report } from "./problems.js";

const KINDS = ["met", "call", "message", "helped", "was-helped"];

export async function show(section, { me: person, current, redraw }) {
  const [quiet, ledger, fans] = await Promise.all([
    getJson(personPath(person, "/keep-in-touch"), { quietDays: 90, limit: 20 }),
    getJson(personPath(person, "/ledger"), { limit: 50 }),
    getJson(personPath(person, "/fans"), { limit: 50 }),
  ]);
  if (!current()) return;
  const log = (other, kind, note) => async (event) => {
    event.currentTarget.disabled = true;
    try {
      await postJson(personPath(person, "/interactions"), { with: other.id, kind, ...(note.value.trim() ? { note: note.value.trim() } : {}) });
      await redraw(t("logged", { kind: t(`kind.${kind}`), name: other.name }));
    } catch (problem) {
      event.target.disabled = false;
      report(problem, "problem", { note: note.id });
    }
  };
  fill(section,
    h("h2", { id: "view-heading", tabindex: -1, text: t("keepHeading") }),
    h("h3", { id: "quiet-heading", text: t("quietHeading") }),
    quiet.items.length
      ? h("ul", { id: "quiet-list", class: "results", "aria-labelledby": "quiet-heading" }, quiet.items.map((q) => quietItem(q, log)))
      : h("p", { class: "empty", text: t("noQuiet") }),
    ledgerPart(ledger),
    fansPart(fans));
}

function quietItem(q, log) {
  const note = h("input", { id: `log-note-${q.person.id}`, type: "text", maxlength: 2000, autocomplete: "off" });
  return h("li", { class: "result quiet", "data-person": q.person.id },
    h("div", { class: "row-head" }, personLink(q.person),
      h("span", { class: "muted", text: q.daysQuiet == null ? t("neverContacted") : t("quietFor", { n: q.daysQuiet }) }),
      q.lastContact ? h("span", { class: "muted", text: t("lastContact", { date: date(q.lastContact) }) }) : null),
    h("details", { class: "log" },
      h("summary", { class: "log-open", text: t("logInteraction") }),
      h("div", { class: "kinds", role: "group", "aria-label": t("logWith", { name: q.person.name }) },
        KINDS.map((kind) => h("button", { type: "button", class: "log-kind", "data-kind": kind, text: t(`kind.${kind}`),
          onclick: log(q.person, kind, note) }))),
      h("label", { for: note.id, class: "sub", text: t("logNote") }), note));
}

function ledgerPart(ledger) {
  const rows = ledger.counterparts ?? [];
  return [
    h("h3", { text: t("ledgerHeading") }),
    h("p", { class: "summary", text: t("ledgerTotals", { given: ledger.given, received: ledger.received, balance: ledger.balance }) }),
    rows.length
      ? h("table", { id: "ledger", class: "ledger" },
        h("thead", {}, h("tr", {}, ["ledgerPerson", "ledgerGiven", "ledgerReceived", "ledgerBalance"].map((k) => h("th", { scope: "col", text: t(k) })))),
        h("tbody", {}, rows.map((e) => h("tr", { "data-person": e.person.id, class: e.theyGaveMore ? "gave-more" : null },
          h("th", { scope: "row" }, personLink(e.person), e.theyGaveMore ? h("span", { class: "tag-note", text: ` · ${t("theyGaveMore")}` }) : null),
          h("td", { text: String(e.given) }), h("td", { text: String(e.received) }), h("td", { text: String(e.balance) })))))
      : h("p", { class: "empty", text: t("noLedger") }),
  ];
}

function fansPart(fans) {
  const items = [...fans.items].sort((a, b) => Number(b.sixMonthsOrMore) - Number(a.sixMonthsOrMore));
  return [
    h("h3", { text: t("fansHeading") }),
    items.length
      ? h("ul", { id: "fans", class: "results" }, items.map((f) => h("li", { class: "result fan", "data-person": f.person.id },
        h("div", { class: "row-head" }, personLink(f.person),
          f.sixMonthsOrMore ? h("strong", { class: "long-standing", text: t("sixMonths") }) : null,
          f.since ? h("span", { class: "muted", text: t("fanSince", { date: date(f.since) }) }) : null),
        h("p", { class: "muted", text: [...(f.reasons ?? []).map((r) => (has(`reason.${r}`) ? t(`reason.${r}`) : r)),
          f.introductions ? t("fanIntroductions", { n: f.introductions }) : null].filter(Boolean).join(" · ") }))))
      : h("p", { class: "empty", text: t("noFans") }),
  ];
}
