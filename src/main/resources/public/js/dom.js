// Builds elements from data with textContent only: names and notes are whatever people typed, never markup.

/** h("a", {href, class, text}, ...children): attributes set one by one; false/null/undefined are left out. */
export function h(tag, attrs = {}, ...children) {
  const el = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs)) {
    if (value === undefined || value === null || value === false) continue;
    if (key === "class") el.className = value;
    else if (key === "text") el.textContent = value;
    else if (key.startsWith("on")) el.addEventListener(key.slice(2), value);
    else el.setAttribute(key, value === true ? "" : String(value));
  }
  for (const child of children.flat(Infinity)) {
    if (child !== undefined && child !== null && child !== false) el.append(child);
  }
  return el;
}

export const $ = (id) => document.getElementById(id);

/** A score bar: a meter from 0 to 1 with the number beside it, so the value is read, not only seen. */
export function scoreBar(score, label) {
  return h("span", { class: "score" },
    h("meter", { min: 0, max: 1, low: 0.25, high: 0.6, optimum: 1, value: score, "aria-label": label }),
    h("span", { class: "score-value", text: score.toFixed(2) }));
}

/** Replaces an element's children, leaving out the null, undefined and false that conditional parts give. */
export function fill(el, ...children) {
  el.replaceChildren(...children.flat(Infinity).filter((c) => c !== undefined && c !== null && c !== false));
  return el;
}
