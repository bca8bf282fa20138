// 団体・サービスを探す: full-text search with filters, and a detail page with how to reach the service.
import { h, fill, field, notice, errorNotice } from '../dom.js';
import { areaPicker, homeArea, areaOfCode } from '../area-picker.js';

const PAGE = 20;
/** How many organisations or services matching the filters a full-text search is narrowed against. */
const FILTER_SCAN = 1000;

const CHOICES = `{
  fields { code labelJa labelEn }
  needs(all: true) { code labelJa labelEn }
  kinds: __type(name: "OrganizationKind") { enumValues { name description } }
}`;

const SEARCH = `query Search($text: String!, $types: [SearchType!], $first: Int, $after: String) {
  search(text: $text, types: $types, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor }
    edges { node { score node {
      __typename
      ... on Organization { id name kind kindLabelJa location { name } fields { labelJa labelEn } }
      ... on Service { id name schedule provider { name } needs { labelJa labelEn } }
      ... on Network { id name kindLabelJa }
      ... on Activity { id name }
    } } }
  }
}`;

const ORGANIZATIONS = `query Organizations($filter: OrganizationFilter, $first: Int, $after: String) {
  organizations(filter: $filter, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor }
    edges { node { __typename id name kind kindLabelJa location { name } fields { labelJa labelEn } } }
  }
}`;

const SERVICES = `query Services($filter: ServiceFilter, $first: Int, $after: String) {
  services(filter: $filter, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor }
    edges { node { __typename id name schedule provider { name } needs { labelJa labelEn } } }
  }
}`;

const FILTER_IDS = {
  ORGANIZATION: `query Ids($filter: OrganizationFilter, $first: Int, $after: String) {
    page: organizations(filter: $filter, first: $first, after: $after) { pageInfo { hasNextPage endCursor } edges { node { id } } } }`,
  SERVICE: `query Ids($filter: ServiceFilter, $first: Int, $after: String) {
    page: services(filter: $filter, first: $first, after: $after) { pageInfo { hasNextPage endCursor } edges { node { id } } } }`,
};

function select(ctx, id, label, options, value) {
  const control = h('select', {},
    h('option', { value: '' }, ctx.t('指定しない', 'Any')),
    options.map((option) => h('option', { value: option.value, selected: option.value === value }, option.label)));
  return { element: field(id, label, control), control };
}

async function renderSearch(root, ctx) {
  const params = ctx.params;
  const [choices, initialArea] = await Promise.all([ctx.gql(CHOICES),
    params.has('area') ? areaOfCode(ctx, params.get('area')) : homeArea(ctx).catch(() => null)]);
  const what = select(ctx, 'search-what', ctx.t('探すもの', 'Looking for'), [
    { value: 'ORGANIZATION', label: ctx.t('団体', 'Organisations') },
    { value: 'SERVICE', label: ctx.t('社会資源（サービス）', 'Services') },
  ], params.get('what') || 'ORGANIZATION');
  what.control.querySelector('option[value=""]').remove();
  const text = h('input', { type: 'search', value: params.get('q') || '' });
  const kind = select(ctx, 'search-kind', ctx.t('団体の種類', 'Kind of organisation'),
    choices.kinds.enumValues.map((value) => ({ value: value.name, label: ctx.t(value.description, value.name) })), params.get('kind'));
  const fieldChoice = select(ctx, 'search-field', ctx.t('分野', 'Field'),
    choices.fields.map((f) => ({ value: f.code, label: ctx.t(f.labelJa, f.labelEn) })), params.get('field'));
  const need = select(ctx, 'search-need', ctx.t('生活課題', 'Need'),
    choices.needs.map((n) => ({ value: n.code, label: ctx.t(n.labelJa, n.labelEn) })), params.get('need'));
  const area = areaPicker(ctx, 'search-area', initialArea);
  const results = h('div', { id: 'search-results', 'aria-live': 'polite' });

  const organizationOnly = [kind.element, fieldChoice.element];
  const syncKinds = () => organizationOnly.forEach((element) => { element.hidden = what.control.value !== 'ORGANIZATION'; });
  what.control.addEventListener('change', syncKinds);
  syncKinds();

  const form = h('form', { role: 'search', class: 'search-form', 'aria-label': ctx.t('団体・サービスの検索', 'Search the directory') },
    h('div', { class: 'fields-row' }, what.element,
      field('search-text', ctx.t('キーワード（名前・よみ・説明）', 'Words (name, reading, description)'), text)),
    h('div', { class: 'fields-row' }, kind.element, fieldChoice.element, need.element, area.element),
    h('button', { type: 'submit', class: 'primary' }, ctx.t('検索', 'Search')));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const query = new URLSearchParams({ what: what.control.value, q: text.value.trim(), kind: kind.control.value,
      field: fieldChoice.control.value, need: need.control.value, area: area.code() });
    for (const [key, value] of [...query.entries()]) {
      if (!value && key !== 'area') {
        query.delete(key);
      }
    }
    ctx.navigate(`#/search?${query}`);
  });
  root.append(form, results);
  if ([...params.keys()].length) {
    await runSearch(results, ctx, {
      what: what.control.value, text: text.value.trim(), kind: kind.control.value, field: fieldChoice.control.value,
      need: need.control.value, area: area.code(),
    });
  }
}

function filterOf(criteria) {
  const filter = { area: criteria.area || null, need: criteria.need || null };
  if (criteria.what === 'ORGANIZATION') {
    filter.kind = criteria.kind || null;
    filter.field = criteria.field || null;
  }
  return filter;
}

function hasFilter(filter) {
  return Object.values(filter).some((value) => value);
}

/** The ids of everything matching the filters, up to FILTER_SCAN. */
async function idsMatching(ctx, what, filter) {
  const ids = new Set();
  let after = null;
  do {
    const data = await ctx.gql(FILTER_IDS[what], { filter, first: 100, after });
    data.page.edges.forEach(({ node }) => ids.add(node.id));
    after = data.page.pageInfo.hasNextPage ? data.page.pageInfo.endCursor : null;
  } while (after && ids.size < FILTER_SCAN);
  return { ids, complete: !after };
}

async function runSearch(results, ctx, criteria) {
  fill(results, h('p', { class: 'loading' }, ctx.t('検索しています…', 'Searching…')));
  const filter = filterOf(criteria);
  const list = h('ul', { class: 'cards' });
  const summary = h('p', { class: 'meta', id: 'search-summary' });
  const more = h('button', { type: 'button', hidden: true }, ctx.t('さらに表示', 'Show more'));
  fill(results, h('h2', {}, ctx.t('検索結果', 'Results')), summary, list, more);
  let after = null;
  let shown = 0;
  let narrowing = null;
  if (criteria.text && hasFilter(filter)) {
    narrowing = await idsMatching(ctx, criteria.what, filter);
  }
  const loadPage = async () => {
    let connection;
    let nodes;
    if (criteria.text) {
      connection = (await ctx.gql(SEARCH, { text: criteria.text, types: [criteria.what], first: PAGE, after })).search;
      nodes = connection.edges.map((edge) => edge.node.node);
      if (narrowing) {
        nodes = nodes.filter((node) => narrowing.ids.has(node.id));
      }
    } else {
      const query = criteria.what === 'ORGANIZATION' ? ORGANIZATIONS : SERVICES;
      const data = await ctx.gql(query, { filter, first: PAGE, after });
      connection = data.organizations || data.services;
      nodes = connection.edges.map((edge) => edge.node);
    }
    nodes.forEach((node) => list.append(card(ctx, node)));
    shown += nodes.length;
    after = connection.pageInfo.hasNextPage ? connection.pageInfo.endCursor : null;
    more.hidden = !after;
    summary.textContent = narrowing
      ? ctx.t(`キーワードに合う ${connection.totalCount} 件のうち、条件に合うもの ${shown} 件を表示`,
        `${shown} shown of ${connection.totalCount} matching the words, narrowed by the filters`)
      : ctx.t(`${connection.totalCount} 件中 ${shown} 件を表示`, `${shown} of ${connection.totalCount} shown`);
    if (!shown && !after) {
      list.replaceWith(notice('empty', ctx.t('条件に合う団体・サービスは見つかりませんでした。', 'Nothing matches.')));
    }
  };
  more.addEventListener('click', async () => {
    more.disabled = true;
    try {
      await loadPage();
    } catch (error) {
      results.append(errorNotice(error, ctx.t));
    }
    more.disabled = false;
  });
  await loadPage();
}

function card(ctx, node) {
  const link = node.__typename === 'Service' ? `#/search/service?id=${encodeURIComponent(node.id)}`
    : node.__typename === 'Organization' ? `#/search/organization?id=${encodeURIComponent(node.id)}` : null;
  const title = link ? h('a', { href: link }, node.name) : node.name;
  const tags = node.__typename === 'Organization'
    ? [h('span', { class: 'tag' }, node.kindLabelJa), node.fields.map((f) => h('span', { class: 'tag' }, ctx.t(f.labelJa, f.labelEn)))]
    : node.__typename === 'Service'
      ? [h('span', { class: 'tag' }, ctx.t('社会資源', 'Service')), node.needs.map((n) => h('span', { class: 'tag' }, ctx.t(n.labelJa, n.labelEn)))]
      : [h('span', { class: 'tag' }, node.kindLabelJa || node.__typename)];
  const where = node.__typename === 'Organization' ? node.location && node.location.name
    : node.__typename === 'Service' ? node.provider && node.provider.name : null;
  return h('li', { class: 'card' }, h('h3', {}, title), h('div', {}, tags),
    where ? h('p', { class: 'meta' }, where) : null,
    node.schedule ? h('p', { class: 'meta' }, `${ctx.t('日時', 'When')}: ${node.schedule}`) : null);
}

// How to reach a service or an organisation: its directory entry.
const DIRECTORY = `directory { email url generated feesDescription applicationProcess requiredDocuments
  phones { number extension type description }
  locations { name postalCode prefecture municipality town streetNumber streetAddress building latitude longitude geocoded }
  schedules { byDay opensAt closesAt description }
  costOptions { option amount currency amountDescription }
  languages { code name } }`;

const DAYS = { MO: ['月', 'Mon'], TU: ['火', 'Tue'], WE: ['水', 'Wed'], TH: ['木', 'Thu'], FR: ['金', 'Fri'], SA: ['土', 'Sat'], SU: ['日', 'Sun'] };

function address(location) {
  // an imported address holds its town and number as one text
  const street = location.town || location.streetNumber ? [location.town, location.streetNumber] : [location.streetAddress];
  const parts = [location.prefecture, location.municipality, ...street, location.building]
    .filter((part) => part).join('');
  return [location.postalCode ? `〒${location.postalCode}` : null, parts, location.name && location.name !== parts ? `（${location.name}）` : null]
    .filter((part) => part).join(' ');
}

function schedule(ctx, entry) {
  const days = entry.byDay.map((day) => ctx.t(...(DAYS[day] || [day, day]))).join(ctx.t('・', ', '));
  const hours = entry.opensAt || entry.closesAt ? `${entry.opensAt || ''}〜${entry.closesAt || ''}` : '';
  return [days, hours, entry.description].filter((part) => part).join(' ');
}

function cost(entry) {
  const amount = entry.amount == null ? null : `${entry.amount.toLocaleString('ja-JP')}${entry.currency === 'JPY' || !entry.currency ? '円' : ` ${entry.currency}`}`;
  return [entry.option, amount, entry.amountDescription].filter((part) => part).join(' ');
}

/** The directory entry as facts: each present field under its label, in the order a caller needs them. */
function reachFacts(ctx, directory) {
  const rows = [
    [['住所', 'Address'], directory.locations.map(address)],
    [['電話', 'Phone'], directory.phones.map((phone) => [phone.number, phone.extension ? `${ctx.t('内線', 'ext.')} ${phone.extension}` : null, phone.description].filter((part) => part).join(' '))],
    [['メール', 'Email'], directory.email ? [directory.email] : []],
    [['ウェブサイト', 'Website'], directory.url ? [directory.url] : []],
    [['受付時間', 'Hours'], directory.schedules.map((entry) => schedule(ctx, entry))],
    [['費用', 'Fees'], [...directory.costOptions.map(cost), directory.feesDescription].filter((part) => part)],
    [['対応言語', 'Languages'], directory.languages.length ? [directory.languages.map((language) => language.name || language.code).join('、')] : []],
    [['申込方法', 'How to apply'], directory.applicationProcess ? [directory.applicationProcess] : []],
    [['必要書類', 'Documents to bring'], directory.requiredDocuments],
  ];
  const facts = rows.filter(([, items]) => items.length)
    .flatMap(([[ja, en], items]) => [h('dt', {}, ctx.t(ja, en)), h('dd', {}, items.map((item) => h('div', {}, item)))]);
  if (directory.generated) {
    facts.push(h('dt', {}, ctx.t('注記', 'Note')), h('dd', {}, ctx.t('デモ用の架空の連絡先を含みます。', 'Includes contact details invented for the demo.')));
  }
  return facts;
}

/** Coordinates: a place of the entry's own, else its area's representative point. */
function coordinates(directory, area) {
  const own = directory.locations.find((location) => !location.geocoded && typeof location.latitude === 'number'
    && typeof location.longitude === 'number');
  if (own) {
    return { latitude: own.latitude, longitude: own.longitude, approximate: false };
  }
  if (area && typeof area.latitude === 'number' && typeof area.longitude === 'number') {
    return { latitude: area.latitude, longitude: area.longitude, approximate: true, areaName: area.name };
  }
  return null;
}

/** A map pin without map tiles (no request leaves the hub): the point, and a geo: link for the device's map app. */
function pin(ctx, point) {
  const text = `${point.latitude.toFixed(5)}, ${point.longitude.toFixed(5)}`;
  return h('section', { class: 'panel map-pin', 'aria-labelledby': 'map-pin-title' },
    h('h2', { id: 'map-pin-title' }, ctx.t('地図', 'Map')),
    h('p', {}, point.approximate
      ? ctx.t(`${point.areaName}の代表点（正確な所在地は未登録）`, `The representative point of ${point.areaName} (no exact location recorded)`)
      : ctx.t('所在地', 'Location'), `: ${text}`),
    h('p', {}, h('a', { href: `geo:${point.latitude},${point.longitude}` }, ctx.t('端末の地図アプリで開く', 'Open in the device\'s map app'))));
}

async function renderOrganization(root, ctx) {
  const id = ctx.params.get('id');
  const data = await ctx.gql(`query Organization($id: ID!) { organization(id: $id) {
    id name nameKana kindLabelJa description corporateNumber ${DIRECTORY}
    location { code name latitude longitude parent { name } }
    servedAreas { name } fields { labelJa labelEn }
    services { id name schedule status statusLabelJa }
    memberships { network { id name } roleLabelJa }
    operator { id name }
  } }`, { id });
  const organization = data.organization;
  if (!organization) {
    root.append(notice('error', ctx.t('この団体は見つかりません。', 'This organisation was not found.')));
    return;
  }
  document.getElementById('screen-title').textContent = organization.name;
  const point = coordinates(organization.directory, organization.location);
  root.append(
    h('p', {}, h('a', { href: '#/search' }, ctx.t('← 検索に戻る', '← Back to search'))),
    h('div', { class: 'layout-split' },
      h('div', {},
        h('dl', { class: 'facts' },
          h('dt', {}, ctx.t('種類', 'Kind')), h('dd', {}, organization.kindLabelJa),
          organization.nameKana ? [h('dt', {}, ctx.t('よみ', 'Reading')), h('dd', {}, organization.nameKana)] : null,
          h('dt', {}, ctx.t('所在地', 'Located in')),
          h('dd', {}, organization.location ? `${organization.location.parent ? organization.location.parent.name : ''}${organization.location.name}` : '—'),
          reachFacts(ctx, organization.directory),
          organization.servedAreas.length ? [h('dt', {}, ctx.t('対象地域', 'Serves')), h('dd', {}, organization.servedAreas.map((a) => a.name).join('、'))] : null,
          organization.fields.length ? [h('dt', {}, ctx.t('分野', 'Fields')), h('dd', {}, organization.fields.map((f) => ctx.t(f.labelJa, f.labelEn)).join('、'))] : null,
          organization.operator ? [h('dt', {}, ctx.t('運営法人', 'Operated by')), h('dd', {}, h('a', { href: `#/search/organization?id=${encodeURIComponent(organization.operator.id)}` }, organization.operator.name))] : null,
          organization.corporateNumber ? [h('dt', {}, ctx.t('法人番号', 'Corporate number')), h('dd', {}, organization.corporateNumber)] : null),
        organization.description ? h('p', {}, organization.description) : null,
        h('h2', {}, ctx.t('提供している社会資源', 'Services it provides')),
        organization.services.length
          ? h('ul', {}, organization.services.map((s) => h('li', {}, h('a', { href: `#/search/service?id=${encodeURIComponent(s.id)}` }, s.name),
            s.schedule ? `（${s.schedule}）` : '', s.status !== 'ACTIVE' ? ` [${s.statusLabelJa}]` : '')))
          : notice('empty', ctx.t('登録されている社会資源はありません。', 'No services recorded.')),
        h('h2', {}, ctx.t('参加しているネットワーク', 'Networks it belongs to')),
        organization.memberships.length
          ? h('ul', {}, organization.memberships.map((m) => h('li', {}, m.network.name, m.roleLabelJa ? `（${m.roleLabelJa}）` : '')))
          : notice('empty', ctx.t('参加しているネットワークはありません。', 'It belongs to no network.'))),
      point ? pin(ctx, point) : h('section', { class: 'panel' }, h('h2', {}, ctx.t('地図', 'Map')),
        h('p', {}, ctx.t('位置情報が登録されていません。', 'No location recorded.')))));
}

async function renderService(root, ctx) {
  const id = ctx.params.get('id');
  const data = await ctx.gql(`query Service($id: ID!) { service(id: $id) {
    id name description eligibility capacity schedule statusLabelJa status ${DIRECTORY}
    provider { id name location { name latitude longitude parent { name } } }
    needs { labelJa labelEn } availableIn { name }
  } }`, { id });
  const service = data.service;
  if (!service) {
    root.append(notice('error', ctx.t('この社会資源は見つかりません。', 'This service was not found.')));
    return;
  }
  document.getElementById('screen-title').textContent = service.name;
  const providerArea = service.provider && service.provider.location;
  const point = coordinates(service.directory, providerArea);
  root.append(
    h('p', {}, h('a', { href: '#/search?what=SERVICE' }, ctx.t('← 検索に戻る', '← Back to search'))),
    h('div', { class: 'layout-split' },
      h('div', {},
        service.status !== 'ACTIVE' ? notice('info', ctx.t(`この社会資源は「${service.statusLabelJa}」です。`, `This service is ${service.status}.`)) : null,
        h('h2', {}, ctx.t('利用のしかた', 'How to reach it')),
        h('dl', { class: 'facts' },
          h('dt', {}, ctx.t('提供団体', 'Provider')),
          h('dd', {}, service.provider ? h('a', { href: `#/search/organization?id=${encodeURIComponent(service.provider.id)}` }, service.provider.name) : '—'),
          providerArea ? [h('dt', {}, ctx.t('所在地', 'Located in')), h('dd', {}, `${providerArea.parent ? providerArea.parent.name : ''}${providerArea.name}`)] : null,
          reachFacts(ctx, service.directory),
          h('dt', {}, ctx.t('日時', 'When')), h('dd', {}, service.schedule || ctx.t('未登録', 'Not recorded')),
          h('dt', {}, ctx.t('対象', 'Who may use it')), h('dd', {}, service.eligibility || ctx.t('未登録', 'Not recorded')),
          service.capacity ? [h('dt', {}, ctx.t('定員・受入枠', 'Capacity')), h('dd', {}, service.capacity)] : null,
          h('dt', {}, ctx.t('利用できる地域', 'Available in')), h('dd', {}, service.availableIn.map((a) => a.name).join('、') || '—'),
          h('dt', {}, ctx.t('対応する生活課題', 'Needs it addresses')), h('dd', {}, service.needs.map((n) => ctx.t(n.labelJa, n.labelEn)).join('、') || '—')),
        service.description ? h('p', {}, service.description) : null),
      point ? pin(ctx, point) : h('section', { class: 'panel' }, h('h2', {}, ctx.t('地図', 'Map')),
        h('p', {}, ctx.t('位置情報が登録されていません。', 'No location recorded.')))));
}

export default {
  id: 'search',
  path: '#/search',
  titleJa: '団体・サービスを探す',
  titleEn: 'Find organisations and services',
  roles: null,
  async render(root, ctx) {
    const route = location.hash.split('?')[0];
    if (route === '#/search/organization') {
      return renderOrganization(root, ctx);
    }
    if (route === '#/search/service') {
      return renderService(root, ctx);
    }
    return renderSearch(root, ctx);
  },
};
