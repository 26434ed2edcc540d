// The two questions the page asks: who could introduce me to a kind of person, and which paths join two people.
// The URL fills the forms in; submitting one turns it into a URL. Empty answers are caught before asking.
import { $ } from "./dom.js";
import { t } from "./i18n.js";
import { PersonPicker } from "./picker.js";
import * as problems from "./problems.js";
import * as view from "./view.js";

const ME_KEY = "tsunagari.me";
const pickers = {
  me: new PersonPicker("me-filter", "from"),
  pathFrom: new PersonPicker("path-from-filter", "path-from"),
  pathTo: new PersonPicker("path-to-filter", "path-to", { blank: true }),
};

/** Puts the URL's choices into the forms; answers whom the page searches as (own: the account's own person). */
export async function fill(v, own = null) {
  // The account's own person, else a remembered choice, is only a default, dropped if that person is gone; with none,
  // someone whose id is "me" (as in the demo network) is the natural one.
  const remembered = own || localStorage.getItem(ME_KEY);
  await pickers.me.fill(v.from || remembered, { strict: Boolean(v.from) });
  if (!v.from && pickers.me.value !== remembered && [...$("from").options].some((o) => o.value === "me")) $("from").value = "me";
  await pickers.pathFrom.fill(v.pathFrom || pickers.me.value);
  await pickers.pathTo.fill(v.pathTo);
  if (v.pathFrom && v.pathTo) $("bridge").open = true;
  $("q").value = v.q ?? "";
  return v.from || pickers.me.value;
}

/** Submitting a form navigates to the URL of its answer; navigate(url, focus) is the page's. */
export function onSubmit(navigate) {
  $("search-form").addEventListener("submit", async (event) => {
    event.preventDefault();
    problems.clear();
    const q = $("q").value.trim();
    if (!q) return problems.report(problems.local("q", t("enterKind")), "problem", problems.SEARCH_FIELDS);
    const from = await pickers.me.chosen();
    if (!from) return problems.report(problems.local("from", t("choosePerson")), "problem", problems.SEARCH_FIELDS);
    localStorage.setItem(ME_KEY, from);
    navigate(view.searchHref(q, from), "search");
  });

  $("paths-form").addEventListener("submit", async (event) => {
    event.preventDefault();
    problems.clear();
    const from = await pickers.pathFrom.chosen();
    const to = await pickers.pathTo.chosen();
    if (!from) return problems.report(problems.local("from", t("choosePerson")), "problem", problems.PATHS_FIELDS);
    if (!to) return problems.report(problems.local("to", t("choosePerson")), "problem", problems.PATHS_FIELDS);
    navigate(view.pathsHref(from, to), "paths");
  });
}
