// Shows a problem document as a sentence a person can act on: a title in the page's language, the service's
// detail, and each field it names, with that field marked invalid so the form points at it too.
import { Problem } from "./api.js";
import { $, fill, h } from "./dom.js";
import { has, lang, t } from "./i18n.js";

/** Which form control holds each field the API may name, per view. */
export const SEARCH_FIELDS = { kind: "q", q: "q", from: "from" };
export const PATHS_FIELDS = { from: "path-from", to: "path-to" };

function title(problem) {
  if (problem.status === 0) return t("problemNetwork");
  const slug = problem.type.split("/").pop();
  return has(`problem.${slug}`) ? t(`problem.${slug}`) : problem.title || `HTTP ${problem.status}`;
}

/** A field's message: the page's own words for what it checks itself, else the service's (in English). */
const fieldMessage = (message) => (has(`message.${message}`) ? t(`message.${message}`) : message);
const messageLanguage = (message) => (has(`message.${message}`) || /[\u3000-\u9fff]/.test(message) ? lang() : "en");

const fieldLabel = (field) => (has(`field.${field}`) ? t(`field.${field}`) : field);

export function clear() {
  for (const el of document.querySelectorAll("[aria-invalid]")) {
    el.removeAttribute("aria-invalid");
    el.removeAttribute("aria-errormessage");
  }
  for (const id of ["problem", "signin-problem"]) {
    $(id).hidden = true;
    $(id).replaceChildren();
  }
}

/** One sentence for a small status line: the page's own words for the problem's type, else the service's. */
export function sentence(problem) {
  const p = problem instanceof Problem ? problem : new Problem(0, {});
  const slug = p.type.split("/").pop();
  return has(`detail.${slug}`) ? t(`detail.${slug}`) : p.detail || title(p);
}

/** Writes the problem into the alert region `where`; fields maps API field names to control ids. */
export function report(problem, where = "problem", fields = {}) {
  const p = problem instanceof Problem ? problem : new Problem(0, {});
  if (!(problem instanceof Problem)) console.error(problem);
  const region = $(where);
  const heading = title(p);
  const slug = p.type.split("/").pop();
  // The service words its details in English; the page says them in its own language where it knows the type,
  // and keeps the service's words beside, marked as English.
  const own = has(`detail.${slug}`) ? t(`detail.${slug}`) : null;
  const original = p.detail && p.detail !== heading && !p.errors.length ? p.detail : null;
  fill(region,
    h("p", { class: "problem-title" }, h("strong", { text: heading })),
    own ? h("p", { class: "problem-detail", text: own }) : null,
    // A validation detail only repeats the fields listed below it.
    original ? h("p", { class: own ? "problem-original muted" : "problem-detail" },
      own && lang() !== "en" ? `${t("originalDetail")}: ` : null, h("span", { lang: "en", text: original })) : null,
    p.errors.length
      ? h("ul", { class: "problem-fields", "aria-label": t("problemFields") }, p.errors.map((e) => h("li", { "data-field": e.field },
        h("strong", { text: fieldLabel(e.field) }), ": ", h("span", { lang: messageLanguage(e.message), text: fieldMessage(e.message) }))))
      : null);
  region.hidden = false;
  for (const e of p.errors) {
    const control = fields[e.field] && $(fields[e.field]);
    if (control) {
      control.setAttribute("aria-invalid", "true");
      control.setAttribute("aria-errormessage", where);
    }
  }
}

/** A problem found before asking the service, shaped like one the service would send. */
export const local = (field, message) => new Problem(400, { type: "/problems/invalid-request", errors: [{ field, message }] });
