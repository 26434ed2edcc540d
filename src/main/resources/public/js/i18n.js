// Every word the page shows, in Japanese and English. The page speaks Japanese when the browser prefers it,
// unless the visitor chose otherwise (kept in localStorage) or the link says lang=ja|en.
import { DAILY } from "./strings-daily.js";

const STRINGS = {
  en: {
    switchTo: "日本語", switchToLabel: "日本語に切り替える (switch to Japanese)",
    signOut: "Sign out", signInHeading: "Sign in", signIn: "Sign in", tokenLabel: "Access token",
    signInHelp: "Paste the access token of this service. It is kept in this browser tab only, until you close it.",
    askHeading: "Who could introduce me?", kindLabel: "Kind of person or keyword",
    kindPlaceholder: "e.g. デザイナー, tax accountant, 団地", meLabel: "Me", filterLabel: "Search by name",
    chooseLabel: "Person", find: "Find", bridgeHeading: "Bridge paths between two people",
    pathFromLabel: "From", pathToLabel: "To", findPaths: "Find paths", graphHeading: "The route",
    legendWeakest: "weakest link", apiDocs: "API documentation",
    searching: "Searching…", loaded: "Done.", searchHeading: "Who could introduce you to “{q}”",
    summary: "{targets} matching people within reach; {direct} among your direct contacts.",
    incomplete: "More answers exist than are shown here.",
    directHeading: "Your direct contacts", noDirect: "None of your direct contacts matches.",
    viaHeading: "Whom to ask", noVia: "Nobody you know leads to such a person within two steps.",
    reaches: "leads to {n}", hops: "{n} steps", score: "score", showRoute: "Show this route",
    shown: "Shown in the route", askIntro: "Ask for an introduction", asked: "Asked: the introducer decides first ({status})",
    route: "Route", weakest: "weakest link",
    allHeading: "Everyone who matches, nearest first ({n})", distance: "{n} steps away", via: "ask {name} first",
    unreachable: "not reachable through the ties you can use", yourself: "you",
    pathsHeading: "Bridge paths from {from} to {to}", pathsNone: "No usable path within {max} steps.",
    pathsSame: "That is the same person.", pathsSummary: "The shortest usable path has {n} steps; {count} shown, best first.",
    pathLabel: "Path {n}",
    personHeading: "{name}", tiesHeading: "Ties", noTies: "No ties recorded.", more: "Show more",
    close: "Close", pathsToThem: "Bridge paths from me to {name}", searchFromThem: "Search as {name}",
    since: "since {date}", lastContact: "last contact {date}", strength: "strength",
    problemNetwork: "The service cannot be reached. Check the connection and try again.",
    problemFields: "Please check:", signedOut: "Signed out.", enterToken: "paste the access token",
    enterKind: "type a kind of person or a keyword", choosePerson: "choose a person", "field.token": "Access token",
    "field.kind": "Kind of person or keyword", "field.q": "Kind of person or keyword", "field.from": "From",
    "field.to": "To", "field.id": "Person",
    "problem.unauthorized": "Not signed in", "problem.not-found": "Not found",
    "problem.invalid-request": "Please check the input", "problem.unknown-person": "Unknown person",
    "type.KNOWS": "knows", "type.TRUSTS.out": "trusts", "type.TRUSTS.in": "is trusted by",
    "type.FAN_OF.out": "is a fan of", "type.FAN_OF.in": "has a fan in",
    "context.card-exchange": "card exchange only", "context.met": "met", "context.online": "online",
    "context.worked-together": "worked together", "context.friend": "friend", "context.family": "family",
    "context.introduced": "introduced", "context.other": "other",
  },
  ja: {
    switchTo: "English", switchToLabel: "Switch to English (英語に切り替える)",
    signOut: "サインアウト", signInHeading: "サインイン", signIn: "サインイン", tokenLabel: "アクセストークン",
    signInHelp: "このサービスのアクセストークンを貼り付けてください。このタブを閉じるまで、このタブの中だけに保存されます。",
    askHeading: "誰が紹介してくれそう？", kindLabel: "どんな人・キーワード",
    kindPlaceholder: "例：デザイナー、税理士、団地", meLabel: "わたし", filterLabel: "名前で探す",
    chooseLabel: "人", find: "探す", bridgeHeading: "二人をつなぐ道筋",
    pathFromLabel: "から", pathToLabel: "まで", findPaths: "道筋を探す", graphHeading: "つながりの図",
    legendWeakest: "いちばん弱いつながり", apiDocs: "API ドキュメント",
    searching: "検索中…", loaded: "完了しました。", searchHeading: "「{q}」を紹介してくれそうな人",
    summary: "届く範囲に該当する人が {targets} 人、そのうち直接の知り合いが {direct} 人。",
    incomplete: "ここに表示した以外にも答えがあります。",
    directHeading: "直接の知り合い", noDirect: "直接の知り合いには該当する人がいません。",
    viaHeading: "紹介を頼める人", noVia: "二歩以内でそのような人につながる知り合いはいません。",
    reaches: "{n} 人につながる", hops: "{n} 歩", score: "スコア", showRoute: "この道筋を図に表示",
    shown: "図に表示中", askIntro: "紹介をお願いする", asked: "お願いしました。まず紹介者が判断します（{status}）",
    route: "道筋", weakest: "いちばん弱いつながり",
    allHeading: "該当する人すべて（近い順、{n} 人）", distance: "{n} 歩先", via: "まず {name} さんに",
    unreachable: "使えるつながりでは届きません", yourself: "あなた",
    pathsHeading: "{from} さんから {to} さんへの道筋", pathsNone: "{max} 歩以内に使える道筋はありません。",
    pathsSame: "同じ人です。", pathsSummary: "いちばん短い道筋は {n} 歩。{count} 本を良い順に表示。",
    pathLabel: "道筋 {n}",
    personHeading: "{name}", tiesHeading: "つながり", noTies: "つながりの記録はありません。", more: "もっと見る",
    close: "閉じる", pathsToThem: "わたしから {name} さんへの道筋", searchFromThem: "{name} さんとして探す",
    since: "{date} から", lastContact: "最後の連絡 {date}", strength: "強さ",
    problemNetwork: "サービスに接続できません。接続を確かめて、もう一度お試しください。",
    problemFields: "確認してください：", signedOut: "サインアウトしました。", enterToken: "アクセストークンを貼り付けてください",
    enterKind: "どんな人か、キーワードを入力してください", choosePerson: "人を選んでください", "field.token": "アクセストークン",
    "field.kind": "どんな人・キーワード", "field.q": "どんな人・キーワード", "field.from": "から",
    "field.to": "まで", "field.id": "人",
    "problem.unauthorized": "サインインが必要です", "problem.not-found": "見つかりません",
    "problem.invalid-request": "入力を確認してください", "problem.unknown-person": "知らない人です",
    "type.KNOWS": "知り合い", "type.TRUSTS.out": "信頼している", "type.TRUSTS.in": "信頼されている",
    "type.FAN_OF.out": "ファン", "type.FAN_OF.in": "ファンがいる",
    "context.card-exchange": "名刺交換のみ", "context.met": "面識あり", "context.online": "オンライン",
    "context.worked-together": "仕事仲間", "context.friend": "友人", "context.family": "家族",
    "context.introduced": "紹介", "context.other": "その他",
  },
};

for (const language of Object.keys(STRINGS)) Object.assign(STRINGS[language], DAILY[language]);

const CHOICE_KEY = "tsunagari.lang";
let current = "en";

/** The language from the link, else the visitor's choice, else the browser's preference. */
export function chooseLanguage(fromUrl) {
  const stored = localStorage.getItem(CHOICE_KEY);
  const preferred = (navigator.languages && navigator.languages[0]) || navigator.language || "en";
  current = [fromUrl, stored].find((l) => l === "ja" || l === "en") || (preferred.toLowerCase().startsWith("ja") ? "ja" : "en");
  return current;
}

export function remember(lang) {
  localStorage.setItem(CHOICE_KEY, lang);
  current = lang;
}

export const lang = () => current;
export const other = () => (current === "ja" ? "en" : "ja");

/** The text for a key with {placeholders} filled in; a missing key shows itself, so a gap is visible. */
export function t(key, vars = {}) {
  const text = STRINGS[current][key] ?? STRINGS.en[key] ?? key;
  return text.replace(/\{(\w+)\}/g, (_, name) => (name in vars ? String(vars[name]) : `{${name}}`));
}

export const has = (key) => key in STRINGS[current];

/** Fills every element that names a key: data-i18n (text), data-i18n-placeholder and data-i18n-label. */
export function translate(root = document) {
  document.documentElement.lang = current;
  for (const el of root.querySelectorAll("[data-i18n]")) el.textContent = t(el.dataset.i18n);
  for (const el of root.querySelectorAll("[data-i18n-placeholder]")) el.placeholder = t(el.dataset.i18nPlaceholder);
  for (const el of root.querySelectorAll("[data-i18n-label]")) el.setAttribute("aria-label", t(el.dataset.i18nLabel));
}

/** Dates as the reader writes them, without shifting the day across time zones. */
export function date(iso) {
  if (!iso) return "";
  const [y, m, d] = iso.split("-").map(Number);
  return new Intl.DateTimeFormat(current === "ja" ? "ja-JP" : "en-GB", { year: "numeric", month: "short", day: "numeric", timeZone: "UTC" })
    .format(new Date(Date.UTC(y, m - 1, d)));
}
