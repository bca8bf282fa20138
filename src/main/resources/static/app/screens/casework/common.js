// Small helpers shared by the casework screens (ホーム, 世帯カード, 特例貸付フォローアップ, 管理).
// Everything is built with DOM nodes and text, never innerHTML, so no value from the API is ever read as markup.

/** An element: h('p', {class: 'x'}, 'text', child, [more children]). Attributes starting with "on" are listeners. */
export function h(tag, attributes, ...children) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes || {})) {
    if (value === null || value === undefined || value === false) continue;
    if (name.startsWith('on') && typeof value === 'function') element.addEventListener(name.slice(2), value);
    else if (name === 'dataset') Object.assign(element.dataset, value);
    else element.setAttribute(name, value === true ? '' : String(value));
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

let nextId = 0;

/** A unique id for pairing a label with its control. */
export function uid(prefix) {
  nextId += 1;
  return `${prefix}-${nextId}`;
}

/** A labelled control: the label's for names the control's id, so screen readers and axe see the pair. */
export function field(labelText, control, hint) {
  const id = control.id || uid('field');
  control.id = id;
  const hintNode = hint ? h('small', { id: `${id}-hint`, class: 'cw-hint' }, hint) : null;
  if (hintNode) control.setAttribute('aria-describedby', hintNode.id);
  return h('div', { class: 'cw-field' }, h('label', { for: id }, labelText), control, hintNode);
}

/** A select of [value, label] pairs. */
export function select(name, options, selected) {
  return h('select', { name }, options.map(([value, label]) => h('option', { value, selected: value === selected }, label)));
}

/** A section with a heading, its body filled in later (a status line says it is loading). */
export function section(root, id, title) {
  const headingId = uid('heading');
  const body = h('div', { class: 'cw-body', 'aria-live': 'polite' });
  const node = h('section', { class: 'cw-section', id, 'aria-labelledby': headingId },
    h('h2', { id: headingId }, title), body);
  root.append(node);
  return body;
}

/** Replaces an element's children. */
export function fill(element, ...children) {
  element.replaceChildren();
  append(element, children);
  return element;
}

/** The GraphQL error classification of a failed ctx.gql call, whatever shape the shell gives it. */
export function classification(error) {
  if (error?.classification) return String(error.classification);
  const errors = error?.errors || [];
  for (const e of errors) {
    const kind = e?.extensions?.classification || e?.extensions?.code;
    if (kind) return String(kind);
  }
  if (error?.status === 401) return 'UNAUTHORIZED';
  if (error?.status === 403) return 'FORBIDDEN';
  return null;
}

/** True when the API refused the caller (the role may not ask, or the field is for other roles). */
export function isRefusal(error) {
  const kind = classification(error);
  return kind === 'FORBIDDEN' || kind === 'UNAUTHORIZED';
}

/** A polite notice, in the caller's language, for a part of the screen the API refused. */
export function refusal(ctx, what) {
  return h('p', { class: 'notice notice-info cw-refusal' },
    ctx.t(`${what.ja}は、ご担当の役割ではご覧いただけません。必要な場合は、所属の社会福祉協議会の管理者にお問い合わせください。`,
      `${what.en} is not available to your role. Please ask your council's administrator if you need it.`));
}

/** What went wrong with a load, said plainly: refused, or the error's own message. */
export function failure(ctx, error, what) {
  if (isRefusal(error)) return refusal(ctx, what);
  return h('p', { class: 'notice notice-error', role: 'alert' },
    ctx.t('読み込めませんでした: ', 'Could not load: '), String(error?.message || error));
}

/** Loads into a section: shows 読み込み中, then what render returns, or what went wrong. */
export async function load(ctx, body, what, fetcher, render) {
  fill(body, h('p', { class: 'loading' }, ctx.t('読み込み中…', 'Loading…')));
  try {
    const data = await fetcher();
    fill(body, render(data));
    return data;
  } catch (error) {
    fill(body, failure(ctx, error, what));
    return null;
  }
}

/** A payload's user errors (Japanese message from the hub) as an alert, or null when there are none. */
export function userErrors(ctx, errors) {
  if (!errors || errors.length === 0) return null;
  return h('div', { class: 'notice notice-error', role: 'alert' },
    h('p', {}, ctx.t('入力を確認してください:', 'Please check the input:')),
    h('ul', {}, errors.map((e) => h('li', {}, (e.field && e.field.length ? `${e.field.join('.')}: ` : '') + e.message))));
}

/** A short message shown after an action, read out by screen readers. */
export function done(text) {
  return h('p', { class: 'cw-done', role: 'status' }, text);
}

/** A date (or, withTime, a date-time) in the shell's 和暦 with 西暦, or a dash. */
export function date(ctx, iso, withTime) {
  return iso ? ctx.formatDate(iso, withTime) : '—';
}

/** The route's parameter after the screen's path: '#/household/abc' → 'abc'. */
export function routeParameter(path) {
  const hash = decodeURIComponent(location.hash || '');
  if (!hash.startsWith(`${path}/`)) return null;
  const rest = hash.slice(path.length + 1).split(/[?/]/)[0];
  return rest || null;
}

/** A small table: headers, then rows of cells (nodes or text). */
export function table(caption, headers, rows) {
  return h('table', { class: 'cw-table' },
    caption ? h('caption', {}, caption) : null,
    h('thead', {}, h('tr', {}, headers.map((header) => h('th', { scope: 'col' }, header)))),
    h('tbody', {}, rows.map((cells) => h('tr', {}, cells.map((cell) => h('td', {}, cell))))));
}

/** Whether the signed-in caller has one of the roles. */
export function hasRole(ctx, ...roles) {
  return roles.includes(ctx.caller?.role);
}

let styled = false;

/** The casework screens' few styles, added once (the shell's stylesheet does the rest). */
export function ensureStyles() {
  if (styled) return;
  styled = true;
  document.head.append(h('style', { id: 'casework-styles' }, `
.cw-section { margin: 0 0 1.5rem; }
form.cw-form { max-width: 48rem; }
.cw-grid { display: grid; grid-template-columns: repeat(auto-fit, minmax(18rem, 1fr)); gap: 1rem; }
.cw-field { display: flex; flex-direction: column; gap: .25rem; margin: 0 0 .75rem; }
.cw-field label { font-weight: bold; }
.cw-field input, .cw-field select, .cw-field textarea, .cw-actions button, button.cw-button {
  min-height: 44px; font-size: 1rem; }
.cw-actions { display: flex; flex-wrap: wrap; gap: .5rem; margin: .5rem 0; }
.cw-hint { color: #4a4a4a; }
.cw-done { background: #e8f5e9; border-left: 4px solid #1b5e20; padding: .75rem; color: #1a1a1a; }
.cw-table { border-collapse: collapse; width: 100%; margin: .5rem 0; }
.cw-table th, .cw-table td { border: 1px solid #c4c4c4; padding: .4rem .5rem; text-align: left; vertical-align: top; }
.cw-table caption { text-align: left; font-weight: bold; padding: .25rem 0; }
.cw-count { font-size: 1.6rem; font-weight: bold; }
.cw-card { border: 1px solid #c4c4c4; border-radius: 6px; padding: .75rem; background: #fff; color: #1a1a1a; }
.cw-tag { display: inline-block; border: 1px solid #555; border-radius: 3px; padding: 0 .35rem; margin: 0 .25rem .25rem 0; font-size: .9rem; }
.cw-live { color: #1b5e20; font-weight: bold; }
.cw-lapsed { color: #8a1c00; font-weight: bold; }
.cw-path { font-size: .95rem; }
.cw-list { padding-left: 1.25rem; }
@media print { .cw-actions, form.cw-form { display: none; } }
`));
}
