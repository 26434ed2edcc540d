// Chooses a person by name: typing in the filter box narrows the list (GET /api/people?q=), the select holds the
// choice. A plain select keeps it usable from the keyboard and on a phone without any custom widget.
import { getJson, personPath } from "./api.js";
import { $, h } from "./dom.js";
import { t } from "./i18n.js";
import { remember } from "./people.js";

let everyone = null;

const fold = (text) => text.normalize("NFKC").toLowerCase();

const option = (person) => h("option", { value: person.id, text: `${person.name} · ${person.id}` });

export class PersonPicker {
  /** blank: the list starts with an empty choice, so nobody is chosen until the visitor picks someone. */
  constructor(filterId, selectId, { blank = false } = {}) {
    this.blank = blank;
    this.narrowed = "";
    this.filter = $(filterId);
    this.select = $(selectId);
    let timer = null;
    this.filter.addEventListener("input", () => {
      clearTimeout(timer);
      timer = setTimeout(() => this.narrow(this.filter.value.trim()), 250);
    });
  }

  get value() {
    return this.select.value;
  }

  /** The choice, once the list matches what is typed in the filter: Enter may come before the list caught up. */
  async chosen() {
    const q = this.filter.value.trim();
    if (q !== this.narrowed) await this.narrow(q);
    return this.select.value;
  }

  /**
   * Fills the list once with the first people (shared by every picker), then selects `id` if given; strict
   * keeps an id nobody has (the answer will say so), otherwise such an id is dropped.
   */
  async fill(id, { strict = true } = {}) {
    if (this.select.options.length <= (this.blank ? 1 : 0)) {
      everyone ??= getJson("/api/people", { limit: 200 }).catch((e) => {
        everyone = null;
        throw e;
      });
      const page = await everyone;
      this.replace(page.items);
    }
    if (id) await this.choose(id, strict);
  }

  async narrow(q) {
    const chosen = this.select.value;
    // Full text needs a word; one kanji of a name (竹) is found by the name filter instead.
    let page = await getJson("/api/people", { q: q || null, limit: 200 }).catch(() => null);
    if (q && page && !page.items.length) page = await getJson("/api/people", { name: q, limit: 200 }).catch(() => page);
    if (!page || this.filter.value.trim() !== q) return;
    this.narrowed = q;
    this.replace(page.items);
    // Typing a name and pressing Enter should search as that person: one whose name holds the words typed
    // (notes may mention others), else the first match.
    if (q && page.items.length) this.select.value = (page.items.find((p) => fold(p.name).includes(fold(q))) ?? page.items[0]).id;
    else if (page.items.some((p) => p.id === chosen)) this.select.value = chosen;
  }

  async choose(id, strict = true) {
    if (![...this.select.options].some((o) => o.value === id)) {
      const person = await getJson(personPath(id)).catch(() => (strict ? { id, name: id } : null));
      if (!person) return;
      this.select.append(option(remember(person)));
    }
    this.select.value = id;
  }

  replace(people) {
    const none = this.blank ? [h("option", { value: "", text: `— ${t("choosePerson")} —` })] : [];
    this.select.replaceChildren(...none, ...people.map((p) => option(remember(p))));
  }
}
