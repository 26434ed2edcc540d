// Talks to the REST API with the token kept in this tab, and turns problem documents (RFC 9457) into errors the
// page can explain: status, title, detail and the fields they name.

const TOKEN_KEY = "tsunagari.token";

export const token = {
  get: () => sessionStorage.getItem(TOKEN_KEY),
  set: (value) => sessionStorage.setItem(TOKEN_KEY, value),
  clear: () => sessionStorage.removeItem(TOKEN_KEY),
};

export class Problem extends Error {
  constructor(status, doc = {}) {
    super(doc.detail || doc.title || `HTTP ${status}`);
    this.status = status;
    this.type = doc.type || "about:blank";
    this.title = doc.title || "";
    this.detail = doc.detail || "";
    this.errors = Array.isArray(doc.errors) ? doc.errors : [];
  }
}

/** GET path?params as JSON; arrays repeat the parameter, empty values are left out. */
export async function getJson(path, params = {}, headers = {}) {
  const url = new URL(path, location.origin);
  for (const [name, value] of Object.entries(params)) {
    for (const one of [].concat(value)) {
      if (one !== undefined && one !== null && one !== "") url.searchParams.append(name, one);
    }
  }
  return exchange("GET", url, undefined, headers);
}

/** POST a JSON body; answers the parsed JSON, or throws a Problem like getJson. */
export const postJson = (path, body, headers = {}) => exchange("POST", new URL(path, location.origin), body, headers);

/** PUT a JSON body, like postJson. */
export const putJson = (path, body, headers = {}) => exchange("PUT", new URL(path, location.origin), body, headers);

async function exchange(method, url, body, headers) {
  let response;
  try {
    response = await fetch(url, {
      method,
      headers: { Authorization: `Bearer ${token.get() ?? ""}`, Accept: "application/json",
        // The service words its problem details in English or Japanese, as the page asks.
        "Accept-Language": document.documentElement.lang || "en",
        ...(body === undefined ? {} : { "Content-Type": "application/json" }), ...headers },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch (e) {
    throw new Problem(0, { type: "network" });
  }
  const type = response.headers.get("Content-Type") || "";
  const answer = type.includes("json") ? await response.json().catch(() => ({})) : {};
  if (!response.ok) {
    throw new Problem(response.status, type.startsWith("application/problem+json") ? answer : { title: response.statusText });
  }
  return answer;
}

/** A person's path segment: ids are restricted by the API, but encoding keeps that promise out of this file. */
export const personPath = (id, rest = "") => `/api/people/${encodeURIComponent(id)}${rest}`;
