// Builds the page from elements and text nodes only: whatever the API returns (a product's name, an error's words)
// is shown as text and can never become markup.

/** An element: h('button', {class: 'primary', onclick: fn}, 'Save'). Children may be strings, nodes, arrays or null. */
export function h(tag, attributes = {}, ...children) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes ?? {})) {
    if (value === null || value === undefined || value === false) continue;
    if (name.startsWith('on')) element.addEventListener(name.slice(2), value);
    else if (name === 'class') element.className = value;
    else if (name === 'value') {
      element.value = value;
      if (element instanceof HTMLInputElement) element.defaultValue = value; // what a form's reset goes back to
    }
    else if (value === true) element.setAttribute(name, '');
    else element.setAttribute(name, String(value));
  }
  append(element, children);
  return element;
}

function append(element, children) {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    if (Array.isArray(child)) append(element, child);
    else element.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
}

/** Puts these children in place of what the element held. */
export function replace(element, ...children) {
  element.replaceChildren();
  append(element, children);
  return element;
}

/** A labelled form field; the label's `for` ties it to the input for screen readers and clicks. */
export function field(label, input, hint) {
  const id = input.id || (input.id = `f-${label.toLowerCase().replace(/[^a-z0-9]+/g, '-')}-${++fieldCount}`);
  return h('div', {class: 'field'}, h('label', {for: id}, label), input, hint ? h('small', {}, hint) : null);
}
let fieldCount = 0;

export const money = (m) => (m ? `${m.amount} ${m.currency}` : '');

export const dateTime = (iso) => (iso ? new Date(iso).toLocaleString() : '');

/** Time of day to the millisecond, for the steps of an order that are milliseconds apart. */
export const timeOfDay = (iso) => {
  const at = new Date(iso);
  return `${at.toLocaleTimeString([], {hour12: false})}.${String(at.getMilliseconds()).padStart(3, '0')}`;
};

/** How long one step took after the other: 180 ms, 2.4 s, 3 min 5 s. */
export function elapsed(fromIso, toIso) {
  const ms = new Date(toIso) - new Date(fromIso);
  if (ms < 1000) return `${ms} ms`;
  if (ms < 60000) return `${(ms / 1000).toFixed(1)} s`;
  return `${Math.floor(ms / 60000)} min ${Math.round((ms % 60000) / 1000)} s`;
}

/** OUT_OF_STOCK → "Out of stock"; StockReserved → "Stock reserved". */
export function words(code) {
  if (!code) return '';
  const spaced = code.includes('_') ? code.toLowerCase().replaceAll('_', ' ')
      : code.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
  return spaced.charAt(0).toUpperCase() + spaced.slice(1);
}

export const shortId = (id) => id.slice(0, 8);

export function statusBadge(status) {
  return h('span', {class: `badge ${status.toLowerCase()}`, 'data-status': status}, words(status));
}

/** A table whose rows come from items; the wrapper scrolls sideways on a narrow screen instead of the page. */
export function table(headings, items, row, caption) {
  return h('div', {class: 'table-wrap'}, h('table', {},
      caption ? h('caption', {}, caption) : null,
      h('thead', {}, h('tr', {}, headings.map((heading) => h('th', {scope: 'col'}, heading)))),
      h('tbody', {}, items.map(row))));
}

/** Previous and next for a page of the API; nothing when everything fits on one page. */
export function pager(page, onPage) {
  const pages = Math.max(1, Math.ceil(page.totalItems / page.size));
  if (pages === 1) return null;
  return h('nav', {class: 'pager', 'aria-label': 'Pages'},
      h('button', {type: 'button', disabled: page.page === 0, onclick: () => onPage(page.page - 1)}, 'Previous'),
      h('span', {}, `Page ${page.page + 1} of ${pages}`),
      h('button', {type: 'button', disabled: page.page + 1 >= pages, onclick: () => onPage(page.page + 1)}, 'Next'));
}
