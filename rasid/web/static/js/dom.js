// Building DOM nodes without HTML strings: every text goes in through textContent,
// so nothing from an article or a user can become markup.

export function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value === null || value === undefined || value === false) continue;
    if (name === "class") node.className = value;
    else if (name === "text") node.textContent = value;
    else if (name === "dataset") Object.assign(node.dataset, value);
    else if (name.startsWith("on")) node.addEventListener(name.slice(2), value);
    else node.setAttribute(name, value === true ? "" : String(value));
  }
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

export function clear(node) {
  while (node.firstChild) node.removeChild(node.firstChild);
  return node;
}

// Arabic-script text gets its own right-to-left box; mixed text keeps each paragraph's
// own direction (unicode-bidi: plaintext in the stylesheet).
const ARABIC = /[\u0600-\u06FF]/;

export function textDir(text) {
  return text && ARABIC.test(text) ? "rtl" : "ltr";
}

export function bidi(tag, text, attrs = {}) {
  return el(tag, { ...attrs, dir: textDir(text), class: `${attrs.class || ""} bidi`.trim(), text: text ?? "" });
}
