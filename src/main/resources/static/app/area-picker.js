// Choosing an area by name: a text box with suggestions (市区町村 and their 地区) that resolves to an area code.
import { h, field } from './dom.js';

const SUGGEST = `query AreaSuggestions($text: String!) {
  areas(filter: {text: $text}, first: 15) { edges { node { code name kind kindLabelJa parent { name } } } }
}`;

function label(area) {
  return `${area.name}${area.parent ? `（${area.parent.name}）` : ''} [${area.code}]`;
}

/**
 * A labelled area field. `initial` is an area ({code, name}) or null; the returned object's code() is the chosen
 * area's code ('' for none), read from "… [code]" or from a bare code typed in.
 */
export function areaPicker(ctx, id, initial, { required = false, labelJa = '地域', labelEn = 'Area' } = {}) {
  const list = h('datalist', { id: `${id}-list` });
  const input = h('input', { type: 'text', list: list.id, autocomplete: 'off', required: required || null,
    value: initial ? label(initial) : '' });
  let timer = null;
  input.addEventListener('input', () => {
    clearTimeout(timer);
    const text = input.value.trim();
    if (text.length < 1 || /\[\d/.test(text)) {
      return;
    }
    timer = setTimeout(async () => {
      try {
        const data = await ctx.gql(SUGGEST, { text });
        list.replaceChildren(...data.areas.edges.map(({ node }) => h('option', { value: label(node) }, node.kindLabelJa)));
      } catch (ignored) {
        // suggestions are a convenience: typing a code still works
      }
    }, 200);
  });
  const element = h('div', {}, field(id, ctx.t(labelJa, labelEn), input,
    ctx.t('名前を入力して候補から選ぶか、地域コードを入力', 'Type a name and pick a suggestion, or type an area code')), list);
  return {
    element,
    input,
    code() {
      const value = input.value.trim();
      const bracketed = /\[([^\]]+)\]\s*$/.exec(value);
      if (bracketed) {
        return bracketed[1];
      }
      return value;
    },
  };
}

/** The caller's own municipality, a sensible first choice: their organisation's location (a district's parent). */
export async function homeArea(ctx) {
  const organization = ctx.caller && ctx.caller.organization;
  if (!organization || !organization.location) {
    return null;
  }
  const data = await ctx.gql(`query Home($code: String!) { area(code: $code) { code name kind parent { code name kind } } }`,
    { code: organization.location.code });
  let area = data.area;
  while (area && area.kind === 'DISTRICT' && area.parent) {
    area = area.parent;
  }
  return area;
}

/** The area of a code from the address (#/gaps?area=282189), with its name; a code the hub does not know stays as typed. */
export async function areaOfCode(ctx, code) {
  if (!code) {
    return null;
  }
  const data = await ctx.gql(`query AreaOf($code: String!) { area(code: $code) { code name parent { name } } }`, { code })
    .catch(() => ({ area: null }));
  return data.area || { code, name: code };
}
