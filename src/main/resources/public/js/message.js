// A message to copy for each side of an introduction, in the page's language, built from what the graph knows:
// who they are (headline), what the other seeks or offers, and how the introducer knows each (the tie's context
// and since). The introducer pastes it into their usual messenger: the service sends no mail.
import { getJson, personPath } from "./api.js";
import { date, lang, t } from "./i18n.js";
import { h } from "./dom.js";
import { shortName } from "./graph.js";

const list = (items) => (items || []).slice(0, 2).join(t("listJoin"));

/** "竹音 響 (Hibiki Takene)" is 竹音 響 in a Japanese message and Hibiki Takene in an English one. */
const called = (person) => shortName(person.name, lang());

function how(key, person, tie) {
  if (!tie) return "";
  const context = tie.context ? t(`context.${tie.context}`) : t("type.KNOWS");
  return tie.since ? t(key, { name: called(person), context, since: date(tie.since) }) : t("msgHowShort", { name: called(person), context });
}

/** The two texts for an introduction `via` (me) makes, as a <details> with a copy button for each. */
export async function messages(intro, me) {
  const [requester, target, ties] = await Promise.all([
    getJson(personPath(intro.requester.id)),
    getJson(personPath(intro.target.id)),
    getJson(personPath(me, "/ties"), { limit: 1000 }),
  ]);
  const tieTo = (id) => ties.items.filter((x) => x.type !== "FAN_OF" && (x.from === id || x.to === id))
    .sort((a, b) => (b.strength ?? 0) - (a.strength ?? 0))[0];
  const about = (p) => (p.headline ? t("msgAbout", { headline: p.headline }) : "");
  const toTarget = t(intro.mode === "vouched" ? "msgTargetVouched" : "msgTargetLight", {
    target: called(target), requester: called(requester), about: about(requester),
    how: how("msgHow", requester, tieTo(requester.id)),
    seeks: requester.seeks?.length ? t("msgSeeks", { seeks: list(requester.seeks) }) : "",
  });
  const toRequester = t("msgRequester", {
    requester: called(requester), target: called(target), about: about(target),
    how2: how("msgHow", target, tieTo(target.id)),
    offers: target.offers?.length ? t("msgOffers", { name: called(target), offers: list(target.offers) }) : "",
  });
  return h("details", { class: "messages", "data-introduction": intro.id },
    h("summary", { text: t("messageHeading") }),
    side(`msg-target-${intro.id}`, called(target), toTarget, "target"),
    side(`msg-requester-${intro.id}`, called(requester), toRequester, "requester"));
}

function side(id, name, text, who) {
  const area = h("textarea", { id, class: "message", rows: 5, readonly: true, "data-side": who });
  area.value = text;
  const status = h("span", { class: "muted", role: "status" });
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(area.value);
      status.textContent = t("copied");
    } catch (e) {
      area.select();
      status.textContent = t("copyFailed");
    }
  };
  return h("div", { class: "message-side" },
    h("label", { for: id, text: t("toSide", { name }) }), area,
    h("div", { class: "actions" }, h("button", { type: "button", class: "copy plain", text: t("copy"), onclick: copy }), status));
}
