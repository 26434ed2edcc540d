// The page's wiring: sign-in, the language switch, and one render() that draws whatever the URL says. Links and
// forms inside the page change the URL without reloading; Back and Forward render again.
import { Problem, token } from "./api.js";
import { $ } from "./dom.js";
import { chooseLanguage, lang, other, remember as rememberLanguage, t, translate } from "./i18n.js";
import { hide as hideGraph, onNodeClick } from "./graph.js";
import * as forms from "./forms.js";
import * as paths from "./paths.js";
import * as person from "./person.js";
import * as problems from "./problems.js";
import * as search from "./search.js";
import * as session from "./session.js";
import * as view from "./view.js";
import * as daily from "./daily.js";

let generation = 0;

/** Renders `url`; again: the same view drawn anew after a change (not a new history entry). */
function navigate(url, focus, again = false) {
  if (again) history.replaceState(null, "", url);
  else history.pushState(null, "", url);
  return render(focus);
}

/** Draws the view the URL names. A newer render makes an older one drop its answers when they arrive. */
async function render(focus) {
  const mine = ++generation;
  const current = () => mine === generation;
  // What the page is doing, for anyone who waits on it (a test, a script): loading, ready, problem or signin.
  document.body.dataset.render = String(mine);
  document.body.dataset.state = "loading";
  const v = view.read();
  chooseLanguage(v.lang);
  translate();
  $("lang-switch").textContent = t("switchTo");
  $("lang-switch").setAttribute("aria-label", t("switchToLabel"));
  $("lang-switch").lang = other();
  problems.clear();
  if (!token.get()) {
    forget();
    showSignIn(true);
    document.body.dataset.state = "signin";
    return;
  }
  $("signin").hidden = true;
  $("app").hidden = false;
  $("sign-out").hidden = false;
  try {
    const account = await session.account();
    const me = await forms.fill(v, account.person);
    const daylong = view.VIEWS.includes(v.view);
    const loading = daylong || v.q || (v.pathFrom && v.pathTo) || v.person;
    $("status").textContent = loading ? t("searching") : "";
    $("app").setAttribute("aria-busy", "true");
    if (!v.q || daylong) search.hide();
    if (!(v.pathFrom && v.pathTo) || daylong) paths.hide();
    if (daylong || (!v.q && !(v.pathFrom && v.pathTo))) hideGraph();
    if (!v.person) person.hide();
    await Promise.all([
      daily.show(v, account, me, current, navigate),
      !daylong && v.q ? search.show(v, me, current) : null,
      !daylong && v.pathFrom && v.pathTo ? paths.show(v, current) : null,
      v.person ? person.show(v, me, current) : null,
    ]);
    if (!current()) return;
    $("status").textContent = loading ? t("loaded") : "";
    // The tab and the history list say which answer this is.
    document.title = [view.VIEWS.includes(v.view) ? t(`nav.${v.view}`) : null, v.q, v.pathFrom && v.pathTo ? `${v.pathFrom} → ${v.pathTo}` : null, v.person, "Tsunagari つながり"]
      .filter(Boolean).join(" · ");
    document.body.dataset.state = "ready";
    moveFocus(focus);
  } catch (problem) {
    if (!current()) return;
    $("status").textContent = "";
    // The message is the answer now; what is still on screen answered another question.
    forget();
    if (problem instanceof Problem && problem.status === 401) {
      token.clear();
      session.forget();
      showSignIn(true);
      problems.report(problem, "signin-problem");
      document.body.dataset.state = "signin";
    } else {
      problems.report(problem, "problem", v.q ? problems.SEARCH_FIELDS : problems.PATHS_FIELDS);
      document.body.dataset.state = "problem";
    }
  } finally {
    if (current()) $("app").removeAttribute("aria-busy");
  }
}

function forget() {
  daily.hide();
  search.hide();
  paths.hide();
  person.hide();
  hideGraph();
}

function moveFocus(focus) {
  if (!focus || focus === "none") return;
  const target = focus.startsWith("key:") ? document.querySelector(`[data-focus-key="${CSS.escape(focus.slice(4))}"]`)
    : focus.startsWith("field:") ? $(focus.slice(6))
    : $(`${focus}-heading`);
  if (target) {
    target.focus();
    target.scrollIntoView({ block: "nearest" });
  }
}

function showSignIn(focusToken) {
  $("app").hidden = true;
  $("views-nav").hidden = true;
  $("sign-out").hidden = true;
  $("signin").hidden = false;
  if (focusToken) $("token").focus();
}

$("signin-form").addEventListener("submit", (event) => {
  event.preventDefault();
  const value = $("token").value.trim();
  if (!value) {
    problems.report(problems.local("token", t("enterToken")), "signin-problem", { token: "token" });
    return;
  }
  token.set(value);
  $("token").value = "";
  const v = view.read();
  render(view.VIEWS.includes(v.view) ? "view" : v.q ? "search" : v.pathFrom && v.pathTo ? "paths" : v.person ? "person" : "field:q");
});

$("sign-out").addEventListener("click", () => {
  token.clear();
  session.forget();
  render();
  $("status").textContent = t("signedOut");
});

$("lang-switch").addEventListener("click", () => {
  rememberLanguage(other());
  // A link that fixed the language keeps doing so, in the new one.
  if (view.read().lang) history.replaceState(null, "", view.href({ lang: lang() }));
  render("none");
});

// Links inside the page: a plain click renders in place; a new tab or a copied link still works as a URL.
document.addEventListener("click", (event) => {
  const link = event.target.closest("a[data-nav]");
  if (!link || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
  event.preventDefault();
  navigate(link.getAttribute("href"), link.dataset.focus);
});

forms.onSubmit(navigate);
onNodeClick((id) => navigate(view.href({ person: id }), "person"));
window.addEventListener("popstate", () => render("none"));
render("none");
