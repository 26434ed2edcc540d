// A person and their ties (GET /api/people/{id} and /ties), opened by clicking any name: whom they know, how,
// how well and since when. Names of the people at the other end come from answers already seen, or are asked for
// all at once.
import { getJson, personPath } from "./api.js";
import { $, fill, h, scoreBar } from "./dom.js";
import { date, lang, t } from "./i18n.js";
import { learnNames as learn, nameOf, personLink, remember } from "./people.js";
import { report } from "./problems.js";
import * as view from "./view.js";

const PAGE = 50;

export async function show(v, me, current) {
  const [person, ties] = await Promise.all([
    getJson(personPath(v.person)).then(remember),
    getJson(personPath(v.person, "/ties"), { limit: PAGE }),
  ]);
  await learnNames(v.person, ties.items);
  if (!current()) return;
  const list = h("ul", { id: "ties-list", class: "ties" }, ties.items.map((tie) => tieItem(v.person, tie)));
  const section = $("person-panel");
  fill(section,
    h("div", { class: "panel-head" },
      h("h2", { id: "person-heading", tabindex: -1, text: person.name }),
      h("a", { href: view.href({ person: null }), class: "close", "data-nav": true, text: t("close") })),
    details(person),
    me && me !== person.id
      ? h("p", {}, h("a", { href: view.pathsHref(me, person.id), "data-nav": true, "data-focus": "paths", text: t("pathsToThem", { name: person.name }) }))
      : null,
    h("h3", { text: t("tiesHeading") }),
    ties.items.length ? list : h("p", { class: "empty", text: t("noTies") }),
    ties.next ? moreButton(v.person, ties.next, list) : null);
  section.hidden = false;
}

export function hide() {
  $("person-panel").hidden = true;
  $("person-panel").replaceChildren();
}

function details(person) {
  const line = [person.role, person.organization, person.location].filter(Boolean).join(" · ");
  return h("div", { class: "person-details" },
    person.kana ? h("p", { class: "muted", lang: "ja", text: person.kana }) : null,
    person.headline ? h("p", { class: "headline", text: person.headline }) : null,
    line ? h("p", { class: "muted", text: line }) : null,
    person.tags?.length ? h("ul", { class: "tags" }, person.tags.map((tag) => h("li", { text: tag }))) : null);
}

/** The names at the other ends of a page of ties, in one request (not one per tie). */
const learnNames = (id, ties) => learn(ties.map((tie) => (tie.from === id ? tie.to : tie.from)));

function tieItem(id, tie) {
  const out = tie.from === id;
  const other = out ? tie.to : tie.from;
  const relation = tie.type === "KNOWS" ? t("type.KNOWS") : t(`type.${tie.type}.${out ? "out" : "in"}`);
  const who = personLink({ id: other, name: nameOf(other) });
  const facts = [
    tie.context ? t(`context.${tie.context}`) : null,
    tie.since ? t("since", { date: date(tie.since) }) : null,
    tie.lastContact ? t("lastContact", { date: date(tie.lastContact) }) : null,
  ].filter(Boolean).join(" · ");
  return h("li", { class: `tie${tie.context === "card-exchange" ? " card-only" : ""}`, "data-person": other, "data-type": tie.type },
    h("div", { class: "row-head" },
      lang() === "ja" ? [who, h("span", { class: "relation", text: `：${relation}` })] : [h("span", { class: "relation", text: `${relation} ` }), who],
      scoreBar(tie.strength, t("strength"))),
    facts ? h("p", { class: "muted", text: facts }) : null,
    tie.note ? h("p", { class: "note", text: tie.note }) : null);
}

function moreButton(id, cursor, list) {
  const button = h("button", { type: "button", class: "more", text: t("more") });
  button.addEventListener("click", async () => {
    button.disabled = true;
    try {
      const page = await getJson(personPath(id, "/ties"), { limit: PAGE, cursor });
      await learnNames(id, page.items);
      list.append(...page.items.map((tie) => tieItem(id, tie)));
      if (page.next) button.replaceWith(moreButton(id, page.next, list));
      else button.remove();
    } catch (problem) {
      button.disabled = false;
      report(problem);
    }
  });
  return button;
}
