// Add someone I just met, from a phone, in a few taps: a name, what they do, kinds of person (suggested from the
// tags already in use), how I know them and how well. POST /api/people creates them with a generated id, then
// PUT /api/ties records my tie to them with today's date; a card exchange is recorded as what it is.
import { getJson, postJson, putJson } from "./api.js";
import { $, fill, h } from "./dom.js";
import { t } from "./i18n.js";
import { personLink } from "./people.js";
import * as problems from "./problems.js";

const CONTEXTS = ["met", "card-exchange", "online", "worked-together", "friend", "family", "introduced", "other"];
const STRENGTHS = [["light", 0.3], ["good", 0.5], ["strong", 0.8]];
const FIELDS = { name: "add-name", kana: "add-kana", headline: "add-headline", organization: "add-organization",
  tags: "add-tags", context: "add-context", note: "add-note", strength: "add-strength-good" };
let knownTags = null;

/** Tags in use, most used first, from one page of people (suggestions only: a miss costs nothing). */
async function tagsInUse() {
  if (!knownTags) {
    const page = await getJson("/api/people", { limit: 1000 }).catch(() => ({ items: [] }));
    const counts = new Map();
    for (const p of page.items) for (const tag of p.tags ?? []) counts.set(tag, (counts.get(tag) ?? 0) + 1);
    knownTags = [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([tag]) => tag);
  }
  return knownTags;
}

const splitTags = (text) => text.split(/[,、，]/).map((x) => x.trim()).filter(Boolean);

export async function show(section, { me: person, current }) {
  const tags = await tagsInUse();
  if (!current()) return;
  const field = (key, type = "text", attrs = {}) => h("div", { class: "field" },
    h("label", { for: FIELDS[key], text: t(`add${key[0].toUpperCase()}${key.slice(1)}`) }),
    h("input", { id: FIELDS[key], name: key, type, autocomplete: "off", ...attrs }));
  const tagInput = h("input", { id: "add-tags", name: "tags", type: "text", autocomplete: "off", "aria-describedby": "tag-suggestions-label" });
  const suggestions = h("ul", { id: "tag-suggestions", class: "suggestions", "aria-labelledby": "tag-suggestions-label" });
  const suggest = () => {
    const typed = splitTags(tagInput.value);
    const last = /[,、，]\s*$/.test(tagInput.value) ? "" : (typed.at(-1) ?? "");
    const fold = (x) => x.normalize("NFKC").toLowerCase();
    const offered = tags.filter((tag) => !typed.includes(tag) && (!last || fold(tag).includes(fold(last)))).slice(0, 8);
    fill(suggestions, offered.map((tag) => h("li", {}, h("button", { type: "button", class: "suggestion plain", "data-tag": tag, text: tag,
      onclick: () => {
        // The suggestion completes the fragment being typed; tags already finished stay.
        const done = /[,、，]\s*$/.test(tagInput.value) ? typed : typed.slice(0, -1);
        tagInput.value = [...done.filter((x) => x !== tag), tag].join(", ") + ", ";
        tagInput.focus();
        suggest();
      } }))));
  };
  tagInput.addEventListener("input", suggest);
  const form = h("form", { id: "add-form", novalidate: true },
    field("name", "text", { required: true, maxlength: 200 }),
    field("kana", "text", { maxlength: 200 }),
    field("headline", "text", { maxlength: 500 }),
    field("organization", "text", { maxlength: 200 }),
    h("div", { class: "field" }, h("label", { for: "add-tags", text: t("addTags") }), tagInput,
      h("p", { id: "tag-suggestions-label", class: "sub muted", text: t("addSuggested") }), suggestions),
    h("div", { class: "field" }, h("label", { for: "add-context", text: t("addContext") }),
      h("select", { id: "add-context", name: "context" }, CONTEXTS.map((c) => h("option", { value: c, text: t(`context.${c}`) })))),
    h("fieldset", { class: "field strengths" }, h("legend", { text: t("addStrength") }),
      STRENGTHS.map(([key, value]) => h("label", { class: "choice", for: `add-strength-${key}` },
        h("input", { type: "radio", name: "strength", id: `add-strength-${key}`, value, checked: key === "good" }), t(`strength.${key}`)))),
    field("note", "text", { maxlength: 2000 }),
    h("button", { type: "submit", id: "add-submit", text: t("addSubmit") }));
  const result = h("div", { id: "add-result", role: "status" });
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    problems.clear();
    const value = (id) => $(id).value.trim();
    if (!value("add-name")) return problems.report(problems.local("name", t("enterName")), "problem", FIELDS);
    const body = Object.fromEntries(Object.entries({ name: value("add-name"), kana: value("add-kana"), headline: value("add-headline"),
      organization: value("add-organization"), tags: splitTags(tagInput.value) }).filter(([, v]) => v && v.length));
    const context = $("add-context").value;
    const today = new Date().toISOString().slice(0, 10);
    $("add-submit").disabled = true;
    try {
      const created = await postJson("/api/people", body);
      const note = value("add-note");
      await putJson("/api/ties", { from: person, to: created.id, type: "KNOWS", context, since: today, lastContact: today,
        strength: Number(form.querySelector("input[name=strength]:checked").value), ...(note ? { note } : {}) });
      knownTags = null;
      fill(result, h("p", { "data-person": created.id }, t(context === "card-exchange" ? "addedCard" : "added", { name: created.name }), " ",
        personLink(created)));
      form.reset();
      suggest();
      $("add-name").focus();
    } catch (problem) {
      problems.report(problem, "problem", FIELDS);
    } finally {
      $("add-submit").disabled = false;
    }
  });
  fill(section, h("h2", { id: "view-heading", tabindex: -1, text: t("addHeading") }), form, result);
  suggest();
}
