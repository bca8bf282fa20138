import { GraphQLError } from './api.js';

// A tiny DOM builder for the screens: h('p', {class: 'note'}, 'text', child) — text is never parsed as HTML.
export function h(tag, attributes = {}, ...children) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes || {})) {
    if (value == null || value === false) {
      continue;
    }
    if (name.startsWith('on') && typeof value === 'function') {
      element.addEventListener(name.slice(2).toLowerCase(), value);
    } else if (name === 'class') {
      element.className = value;
    } else if (name === 'dataset') {
      Object.assign(element.dataset, value);
    } else if (value === true) {
      element.setAttribute(name, '');
    } else {
      element.setAttribute(name, String(value));
    }
  }
  append(element, children);
  return element;
}

function append(element, children) {
  for (const child of children) {
    if (child == null || child === false) {
      continue;
    }
    if (Array.isArray(child)) {
      append(element, child);
    } else {
      element.append(child instanceof Node ? child : document.createTextNode(String(child)));
    }
  }
}

/** Replaces an element's content. */
export function fill(element, ...children) {
  element.replaceChildren();
  append(element, children);
  return element;
}

/** A labelled form control: <label for> and the control, wrapped in a div.field. */
export function field(id, label, control, hint) {
  control.id = id;
  const hintElement = hint ? h('span', { class: 'hint', id: `${id}-hint` }, hint) : null;
  if (hintElement) {
    control.setAttribute('aria-describedby', hintElement.id);
  }
  return h('div', { class: 'field' }, h('label', { for: id }, label), control, hintElement);
}

/** A message for the reader: kind info, error or empty. */
export function notice(kind, text) {
  return h('p', { class: `notice notice-${kind}`, role: kind === 'error' ? 'alert' : null }, text);
}

/** A notice for a failed call: FORBIDDEN reads as "not permitted", anything else with the hub's message. */
export function errorNotice(error, t) {
  const forbidden = error instanceof GraphQLError && ['FORBIDDEN', 'UNAUTHORIZED'].includes(error.classification);
  return notice('error', forbidden
    ? t('この情報を見る権限がありません。', 'You are not permitted to see this.')
    : `${t('エラーが発生しました', 'Something went wrong')}: ${error.message}`);
}
