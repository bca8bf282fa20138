// ネットワーク図: a municipality's network, or the neighbourhood of a network or organisation, drawn with cytoscape.js.
import { h, fill, field, notice, errorNotice } from '../dom.js';
import { areaPicker, homeArea, areaOfCode } from '../area-picker.js';
import { toGexf } from '../gexf.js';
import { GraphQLError, SignedOutError } from '../api.js';

/** Nodes per page of networkMap (its maximum). */
const PAGE = 1000;
/** Above this many nodes the layout is concentric by degree: a force layout would take too long to be usable. */
const FORCE_LAYOUT_LIMIT = 800;
/** Bridging organisations (媒介中心性) highlighted: the highest, at most this many with a betweenness above 0. */
const BRIDGES = 5;
/** The largest page of a connection (100); collaborationMetrics then costs about 11,000 of the 25,000 a request may. */
const METRICS_PAGE = 100;
/** Organisations whose metrics are read at most; the rest are sized by degree. */
const METRICS_MAX = 3000;

export const KIND_STYLE = {
  ORGANIZATION: { colour: '#1f5fa8', shape: 'ellipse', ja: '組織', en: 'Organisation' },
  PERSON: { colour: '#b3541e', shape: 'round-triangle', ja: '人', en: 'Person' },
  NETWORK: { colour: '#2e7d32', shape: 'round-rectangle', ja: 'ネットワーク', en: 'Network' },
  ACTIVITY: { colour: '#7b3fa0', shape: 'diamond', ja: '事業・活動', en: 'Activity' },
  SERVICE: { colour: '#00838f', shape: 'hexagon', ja: '社会資源', en: 'Service' },
  AREA: { colour: '#6d6d6d', shape: 'rectangle', ja: '地域', en: 'Area' },
  HOUSEHOLD: { colour: '#9e2a2b', shape: 'star', ja: '世帯', en: 'Household' },
};
const DRAWN_KINDS = ['ORGANIZATION', 'PERSON', 'NETWORK', 'ACTIVITY', 'SERVICE'];

const MAP = `query Map($area: String!, $nodeKinds: [NodeKind!], $first: Int, $after: String) {
  networkMap(area: $area, nodeKinds: $nodeKinds, first: $first, after: $after) {
    area { code name } totalCount tieCount
    nodes { id kind kindLabelJa name subKindLabelJa degree }
    ties { id from to kind kindLabelJa weight }
    pageInfo { hasNextPage endCursor }
  }
}`;

const NEIGHBORHOOD = `query Around($id: ID!, $depth: Int, $limit: Int) {
  neighborhood(id: $id, depth: $depth, limit: $limit) {
    centre { id name kindLabelJa } reachableCount truncated
    nodes { id kind kindLabelJa name subKindLabelJa distance centre }
    ties { from to kind kindLabelJa }
  }
}`;

// the communities once, apart: the hub costs a list under a connection by the connection's page size
const COMMUNITIES = `query Communities($area: String!) {
  collaborationMetrics(area: $area, first: 1) { communityCount communities { id size } }
}`;

const METRICS = `query Metrics($area: String!, $first: Int, $after: String) {
  collaborationMetrics(area: $area, first: $first, after: $after) {
    organizations { pageInfo { hasNextPage endCursor } edges { node { organization { id } betweenness pageRank community rank } } }
  }
}`;

const PATH = `query Path($from: ID!, $to: ID!) {
  connectionPath(from: $from, to: $to, first: 1) { length nodes { id name kindLabelJa } ties { from to kind kindLabelJa } }
}`;

const FIELD_MEMBERS = `query FieldMembers($area: String!, $field: String!, $after: String) {
  organizations(filter: {area: $area, field: $field}, first: 100, after: $after) {
    pageInfo { hasNextPage endCursor } edges { node { id } }
  }
}`;

const FINDER = `query Find($text: String!, $types: [SearchType!]) {
  search(text: $text, types: $types, first: 10) { edges { node { node {
    ... on Organization { id name kindLabelJa } ... on Network { id name kindLabelJa } } } } }
}`;

/** Reads all pages of a municipality's map; the API refuses maps over its cap (20,000 nodes by default). */
async function loadArea(ctx, area, nodeKinds, progress) {
  const nodes = [];
  const ties = [];
  let after = null;
  let page;
  do {
    page = (await ctx.gql(MAP, { area, nodeKinds, first: PAGE, after })).networkMap;
    nodes.push(...page.nodes);
    ties.push(...page.ties);
    progress(nodes.length, page.totalCount);
    after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
  } while (after);
  return { title: page.area.name, nodes, ties, totalCount: page.totalCount };
}

async function loadAround(ctx, id, depth) {
  const around = (await ctx.gql(NEIGHBORHOOD, { id, depth, limit: 1000 })).neighborhood;
  return {
    title: around.centre.name, nodes: around.nodes, centreId: around.centre.id, truncated: around.truncated,
    ties: around.ties.map((tie) => ({ ...tie, id: `${tie.kind}:${tie.from}:${tie.to}`, weight: 1 })),
    totalCount: around.reachableCount,
  };
}

/** Betweenness, PageRank and communities of the organisations, for those whose role may see them. */
async function loadMetrics(ctx, area) {
  const byId = new Map();
  const { communities } = (await ctx.gql(COMMUNITIES, { area })).collaborationMetrics;
  let after = null;
  do {
    const metrics = (await ctx.gql(METRICS, { area, first: METRICS_PAGE, after })).collaborationMetrics;
    metrics.organizations.edges.forEach(({ node }) => byId.set(node.organization.id, node));
    after = metrics.organizations.pageInfo.hasNextPage && byId.size < METRICS_MAX ? metrics.organizations.pageInfo.endCursor : null;
  } while (after);
  return { byId, communities };
}

function elements(graph, metrics) {
  const maxDegree = Math.max(1, ...graph.nodes.map((n) => n.degree || 0));
  const maxBetweenness = Math.max(0, ...[...(metrics ? metrics.byId.values() : [])].map((m) => m.betweenness));
  const bridges = new Set(metrics ? [...metrics.byId.values()].filter((m) => m.betweenness > 0)
    .sort((a, b) => b.betweenness - a.betweenness).slice(0, BRIDGES).map((m) => m.organization.id) : []);
  const degreeOf = new Map();
  graph.ties.forEach((tie) => {
    degreeOf.set(tie.from, (degreeOf.get(tie.from) || 0) + (tie.weight || 1));
    degreeOf.set(tie.to, (degreeOf.get(tie.to) || 0) + (tie.weight || 1));
  });
  const ids = new Set(graph.nodes.map((n) => n.id));
  const nodes = graph.nodes.map((node) => {
    const metric = metrics && metrics.byId.get(node.id);
    const degree = node.degree != null ? node.degree : degreeOf.get(node.id) || 0;
    // size by betweenness where it is known (organisations), else by degree
    const weight = metric && maxBetweenness > 0 ? metric.betweenness / maxBetweenness : Math.sqrt(degree / maxDegree);
    return {
      group: 'nodes',
      data: { id: node.id, label: node.name, kind: node.kind, kindLabelJa: node.kindLabelJa, subKind: node.subKindLabelJa,
        degree, betweenness: metric ? metric.betweenness : null, pageRank: metric ? metric.pageRank : null,
        community: metric ? metric.community : null, size: Math.round(14 + 46 * weight) },
      classes: [bridges.has(node.id) ? 'bridge' : '', node.id === graph.centreId ? 'centre' : ''].join(' ').trim(),
    };
  });
  const edges = graph.ties.filter((tie) => ids.has(tie.from) && ids.has(tie.to)).map((tie) => ({
    group: 'edges', data: { id: tie.id, source: tie.from, target: tie.to, kind: tie.kind, kindLabelJa: tie.kindLabelJa, weight: tie.weight || 1 },
  }));
  return { nodes, edges, bridges };
}

function style() {
  return [
    { selector: 'node', style: {
      width: 'data(size)', height: 'data(size)', 'background-color': '#777', label: 'data(label)', 'font-size': 11,
      color: '#1b1b1b', 'text-valign': 'bottom', 'text-margin-y': 3, 'text-outline-color': '#fff', 'text-outline-width': 2,
      'min-zoomed-font-size': 9, 'border-width': 1, 'border-color': '#fff' } },
    ...Object.entries(KIND_STYLE).map(([kind, s]) => ({ selector: `node[kind = "${kind}"]`,
      style: { 'background-color': s.colour, shape: s.shape } })),
    { selector: 'node.bridge', style: { 'border-width': 5, 'border-color': '#e6a700', 'font-weight': 'bold' } },
    { selector: 'node.centre', style: { 'border-width': 4, 'border-color': '#1b1b1b' } },
    { selector: 'edge', style: { width: 'mapData(weight, 1, 4, 1, 4)', 'line-color': '#9aa5b1', 'curve-style': 'haystack', opacity: 0.7 } },
    { selector: 'edge[kind = "COLLABORATES_WITH"]', style: { 'line-color': '#1f5fa8' } },
    { selector: '.faded', style: { opacity: 0.12 } },
    { selector: 'node.community', style: { 'border-width': 4, 'border-color': '#c2185b' } },
    { selector: 'node:selected', style: { 'border-width': 5, 'border-color': '#c75000' } },
    { selector: '.path', style: { 'line-color': '#c75000', width: 5, opacity: 1, 'z-index': 10 } },
    { selector: 'node.path', style: { 'border-width': 5, 'border-color': '#c75000' } },
    { selector: '.hidden', style: { display: 'none' } },
  ];
}

function layout(count) {
  return count <= FORCE_LAYOUT_LIMIT
    ? { name: 'cose', animate: false, randomize: true, nodeRepulsion: () => 8000, idealEdgeLength: () => 60, numIter: 600 }
    : { name: 'concentric', animate: false, concentric: (node) => node.data('degree'), levelWidth: () => 4, minNodeSpacing: 4 };
}

function download(name, href) {
  const link = h('a', { href, download: name, hidden: true });
  document.body.append(link);
  link.click();
  link.remove();
}

function legend(ctx, bridges, metrics) {
  return h('ul', { class: 'legend', 'aria-label': ctx.t('凡例', 'Legend') },
    DRAWN_KINDS.map((kind) => h('li', {}, h('span', { class: 'swatch', style: `background:${KIND_STYLE[kind].colour}`, 'aria-hidden': 'true' }),
      ctx.t(KIND_STYLE[kind].ja, KIND_STYLE[kind].en))),
    bridges.size ? h('li', {}, h('span', { class: 'swatch swatch-bridge', 'aria-hidden': 'true' }), ctx.t('太い枠: 橋渡し役（媒介中心性の上位）', 'Thick border: bridges (highest betweenness)')) : null,
    h('li', {}, metrics ? ctx.t('大きさ: 媒介中心性（組織）・次数', 'Size: betweenness (organisations), degree') : ctx.t('大きさ: 次数（つながりの数）', 'Size: degree')));
}

async function render(root, ctx) {
  const params = ctx.params;
  const initialArea = params.get('area') ? await areaOfCode(ctx, params.get('area')) : await homeArea(ctx).catch(() => null);
  const scope = h('select', {},
    h('option', { value: 'area', selected: params.get('scope') !== 'around' }, ctx.t('地域（市区町村・地区）', 'An area (municipality, district)')),
    h('option', { value: 'around', selected: params.get('scope') === 'around' }, ctx.t('ネットワーク・団体の周り', 'Around a network or organisation')));
  const area = areaPicker(ctx, 'map-area', initialArea);
  const finderList = h('datalist', { id: 'map-centre-list' });
  const centre = h('input', { type: 'text', list: finderList.id, autocomplete: 'off', value: params.get('centreName') || '' });
  const centreIds = new Map(params.get('centre') ? [[params.get('centreName') || '', params.get('centre')]] : []);
  centre.addEventListener('input', async () => {
    const text = centre.value.trim();
    if (text.length < 2 || centreIds.has(text)) {
      return;
    }
    try {
      const found = (await ctx.gql(FINDER, { text, types: ['NETWORK', 'ORGANIZATION'] })).search.edges.map((e) => e.node.node);
      found.forEach((node) => centreIds.set(node.name, node.id));
      finderList.replaceChildren(...found.map((node) => h('option', { value: node.name }, node.kindLabelJa)));
    } catch (ignored) {
      // suggestions only
    }
  });
  const depth = h('select', {}, [1, 2, 3].map((d) => h('option', { value: d, selected: String(d) === (params.get('depth') || '1') }, ctx.t(`${d}段階`, `${d} step${d > 1 ? 's' : ''}`))));
  const kindBoxes = DRAWN_KINDS.map((kind) => h('input', { type: 'checkbox', id: `map-kind-${kind}`, value: kind,
    checked: !params.get('kinds') || params.get('kinds').split(',').includes(kind) }));
  const areaFields = h('div', { class: 'fields-row' }, area.element);
  const aroundFields = h('div', { class: 'fields-row' },
    h('div', {}, field('map-centre', ctx.t('中心にするネットワーク・団体', 'Network or organisation at the centre'), centre,
      ctx.t('2文字以上入力して候補から選ぶ', 'Type two characters or more and pick a suggestion')), finderList),
    field('map-depth', ctx.t('たどる段階', 'Steps'), depth));
  const syncScope = () => {
    areaFields.hidden = scope.value !== 'area';
    aroundFields.hidden = scope.value !== 'around';
  };
  scope.addEventListener('change', syncScope);
  syncScope();
  const form = h('form', { class: 'no-print', 'aria-label': ctx.t('描く範囲', 'What to draw') },
    h('div', { class: 'fields-row' }, field('map-scope', ctx.t('描く範囲', 'What to draw'), scope)),
    areaFields, aroundFields,
    h('fieldset', { class: 'kinds' }, h('legend', {}, ctx.t('表示する種類', 'Kinds shown')),
      kindBoxes.map((box) => h('label', { for: box.id, class: 'check' }, box, ctx.t(KIND_STYLE[box.value].ja, KIND_STYLE[box.value].en)))),
    h('button', { type: 'submit', class: 'primary' }, ctx.t('図を描く', 'Draw')));
  const output = h('div', { id: 'map-output' });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const query = new URLSearchParams({ scope: scope.value,
      kinds: kindBoxes.filter((box) => box.checked).map((box) => box.value).join(',') });
    if (scope.value === 'area') {
      query.set('area', area.code());
    } else {
      const id = centreIds.get(centre.value.trim());
      if (!id) {
        fill(output, notice('error', ctx.t('中心にするネットワーク・団体を候補から選んでください。', 'Pick the network or organisation from the suggestions.')));
        return;
      }
      query.set('centre', id);
      query.set('centreName', centre.value.trim());
      query.set('depth', depth.value);
    }
    ctx.navigate(`#/map?${query}`);
  });
  root.append(form, output);
  if (params.get('area') || params.get('centre')) {
    try {
      await draw(output, ctx, params);
    } catch (error) {
      if (error instanceof SignedOutError) {
        throw error;
      }
      // e.g. a map over the API's cap: its message where the map would be, the form still there to narrow it
      fill(output, errorNotice(error, ctx.t));
    }
  }
}

async function draw(output, ctx, params) {
  if (!window.cytoscape) {
    fill(output, notice('error', ctx.t('図を描くライブラリを読み込めませんでした。', 'The drawing library did not load.')));
    return;
  }
  const started = performance.now();
  const progress = h('p', { class: 'loading', role: 'status' }, ctx.t('読み込んでいます…', 'Loading…'));
  fill(output, progress);
  const kinds = (params.get('kinds') || DRAWN_KINDS.join(',')).split(',').filter((k) => DRAWN_KINDS.includes(k));
  const areaCode = params.get('area');
  let graph;
  let metrics = null;
  let metricsNote = null;
  if (areaCode) {
    graph = await loadArea(ctx, areaCode, kinds, (loaded, total) => {
      progress.textContent = ctx.t(`読み込み中: ${loaded} / ${total} ノード`, `Loading: ${loaded} of ${total} nodes`);
    });
    if (kinds.includes('ORGANIZATION')) {
      try {
        metrics = await loadMetrics(ctx, areaCode);
      } catch (error) {
        metricsNote = error instanceof GraphQLError && error.classification === 'FORBIDDEN'
          ? notice('info', ctx.t('媒介中心性とコミュニティは、この役割では表示されません（大きさは次数）。',
            'Betweenness and communities are not available to your role (size shows degree).'))
          : errorNotice(error, ctx.t);
      }
    }
  } else {
    graph = await loadAround(ctx, params.get('centre'), Number(params.get('depth') || 1));
    graph.nodes = graph.nodes.filter((node) => node.centre || kinds.includes(node.kind));
  }
  const { nodes, edges, bridges } = elements(graph, metrics);
  const canvas = h('div', { id: 'map-canvas', class: 'map-canvas', role: 'img',
    'aria-label': ctx.t(`${graph.title}のネットワーク図: ${nodes.length}ノード、${edges.length}本のつながり。下の一覧からも選べます。`,
      `Network map of ${graph.title}: ${nodes.length} nodes, ${edges.length} ties. The list below offers the same nodes.`) });
  const details = h('section', { class: 'panel', id: 'map-details', 'aria-live': 'polite' },
    h('h2', {}, ctx.t('選んだノード', 'Selected node')), h('p', {}, ctx.t('図のノードをクリックするか、一覧から選んでください。', 'Click a node or pick one from the list.')));
  const pathPanel = h('section', { class: 'panel', id: 'map-path', 'aria-live': 'polite' }, h('h2', {}, ctx.t('2つのノードの間の経路', 'Path between two nodes')),
    h('p', { id: 'map-path-ends' }, ctx.t('始点と終点を選ぶと、つながりの経路を示します。', 'Choose a start and an end to see the chain of ties between them.')),
    h('div', { id: 'map-path-result' }));
  const nodePicker = h('select', {}, h('option', { value: '' }, ctx.t('— ノードを選ぶ —', '— pick a node —')),
    [...nodes].sort((a, b) => b.data.degree - a.data.degree).map((n) => h('option', { value: n.data.id }, `${n.data.label}（${n.data.kindLabelJa}）`)));
  const fieldSelect = h('select', {}, h('option', { value: '' }, ctx.t('すべての分野', 'All fields')));
  const communitySelect = h('select', {}, h('option', { value: '' }, ctx.t('強調しない', 'None')),
    (metrics ? metrics.communities : []).filter((c) => c.size > 1).slice(0, 20)
      .map((c) => h('option', { value: c.id }, ctx.t(`コミュニティ ${c.id + 1}（${c.size}団体）`, `Community ${c.id + 1} (${c.size} organisations)`))));
  const pngButton = h('button', { type: 'button' }, ctx.t('PNGで保存', 'Save as PNG'));
  const gexfButton = h('button', { type: 'button' }, ctx.t('GEXFで保存', 'Save as GEXF'));
  const fitButton = h('button', { type: 'button' }, ctx.t('全体を表示', 'Fit to screen'));
  const summary = h('p', { class: 'meta', id: 'map-summary' });
  fill(output,
    metricsNote,
    graph.truncated ? notice('info', ctx.t(`範囲内の${graph.totalCount}ノードのうち、近い順に${nodes.length}ノードを表示しています。`,
      `Showing the nearest ${nodes.length} of ${graph.totalCount} nodes in reach.`)) : null,
    h('div', { class: 'toolbar no-print' },
      field('map-node', ctx.t('ノード一覧', 'Nodes'), nodePicker),
      areaCode ? field('map-field', ctx.t('分野で絞り込む', 'Filter by field'), fieldSelect) : null,
      metrics && metrics.communities.length ? field('map-community', ctx.t('コミュニティを強調', 'Highlight a community'), communitySelect) : null,
      fitButton, pngButton, gexfButton),
    summary,
    h('div', { class: 'map-layout' }, canvas, h('div', { class: 'map-side' }, details, pathPanel, legend(ctx, bridges, metrics))));

  const cy = window.cytoscape({
    container: canvas, elements: [...nodes, ...edges], style: style(), layout: { name: 'preset' },
    minZoom: 0.05, maxZoom: 4, wheelSensitivity: 0.3, boxSelectionEnabled: false,
    hideEdgesOnViewport: nodes.length > 2000, textureOnViewport: nodes.length > 2000, pixelRatio: nodes.length > 2000 ? 1 : 'auto',
  });
  await new Promise((resolve) => {
    const running = cy.layout(layout(nodes.length));
    running.one('layoutstop', resolve);
    running.run();
  });
  cy.fit(undefined, 20);
  const drawnMs = Math.round(performance.now() - started);
  summary.textContent = ctx.t(`${graph.title}: ${nodes.length}ノード、${edges.length}本のつながり（${drawnMs} ms で描画）`,
    `${graph.title}: ${nodes.length} nodes, ${edges.length} ties (drawn in ${drawnMs} ms)`);
  canvas.dataset.nodes = String(nodes.length);
  canvas.dataset.drawnMs = String(drawnMs);
  window.tsunaguMap = cy;

  const ends = { from: null, to: null };
  const showDetails = (node) => {
    const data = node.data();
    const link = data.kind === 'ORGANIZATION' ? `#/search/organization?id=${encodeURIComponent(data.id)}`
      : data.kind === 'SERVICE' ? `#/search/service?id=${encodeURIComponent(data.id)}` : null;
    const fromButton = h('button', { type: 'button', id: 'map-path-from' }, ctx.t('経路の始点にする', 'Set as start'));
    const toButton = h('button', { type: 'button', id: 'map-path-to' }, ctx.t('経路の終点にする', 'Set as end'));
    fromButton.addEventListener('click', () => setEnd('from', node));
    toButton.addEventListener('click', () => setEnd('to', node));
    fill(details, h('h2', {}, ctx.t('選んだノード', 'Selected node')),
      h('p', { class: 'node-name' }, h('strong', {}, data.label)),
      h('dl', { class: 'facts' },
        h('dt', {}, ctx.t('種類', 'Kind')), h('dd', {}, data.subKind ? `${data.kindLabelJa}・${data.subKind}` : data.kindLabelJa),
        h('dt', {}, ctx.t('次数', 'Degree')), h('dd', {}, String(data.degree)),
        data.betweenness != null ? [h('dt', {}, ctx.t('媒介中心性', 'Betweenness')), h('dd', {}, data.betweenness.toFixed(3))] : null,
        data.community != null ? [h('dt', {}, ctx.t('コミュニティ', 'Community')), h('dd', {}, String(data.community + 1))] : null,
        h('dt', {}, ctx.t('つながり', 'Ties')), h('dd', {}, String(node.connectedEdges().length))),
      link ? h('p', {}, h('a', { href: link }, ctx.t('詳しく見る', 'Details'))) : null,
      h('div', { class: 'toolbar' }, fromButton, toButton));
  };
  const select = (node) => {
    cy.elements().unselect();
    node.select();
    showDetails(node);
    nodePicker.value = node.id();
  };
  const setEnd = async (which, node) => {
    ends[which] = node;
    cy.elements().removeClass('path');
    const result = pathPanel.querySelector('#map-path-result');
    pathPanel.querySelector('#map-path-ends').textContent = `${ctx.t('始点', 'Start')}: ${ends.from ? ends.from.data('label') : '—'} → ${ctx.t('終点', 'End')}: ${ends.to ? ends.to.data('label') : '—'}`;
    fill(result);
    if (!ends.from || !ends.to) {
      return;
    }
    try {
      const paths = (await ctx.gql(PATH, { from: ends.from.id(), to: ends.to.id() })).connectionPath;
      if (!paths.length) {
        fill(result, notice('empty', ctx.t('6段階以内のつながりはありません。', 'No chain of six ties or fewer.')));
        return;
      }
      const path = paths[0];
      path.nodes.forEach((n) => cy.getElementById(n.id).addClass('path'));
      path.ties.forEach((tie) => cy.edges().filter((e) => (e.data('source') === tie.from && e.data('target') === tie.to)
        || (e.data('source') === tie.to && e.data('target') === tie.from)).addClass('path'));
      fill(result, h('p', {}, ctx.t(`${path.length}段階のつながり`, `${path.length} tie${path.length === 1 ? '' : 's'}`)),
        h('ol', { class: 'path-steps' }, path.nodes.map((n, i) => h('li', {}, n.name, `（${n.kindLabelJa}）`,
          path.ties[i] ? h('span', { class: 'meta' }, ` — ${path.ties[i].kindLabelJa} →`) : null))));
    } catch (error) {
      fill(result, errorNotice(error, ctx.t));
    }
  };
  cy.on('tap', 'node', (event) => select(event.target));
  nodePicker.addEventListener('change', () => {
    const node = cy.getElementById(nodePicker.value);
    if (node.nonempty()) {
      select(node);
      cy.animate({ center: { eles: node }, zoom: Math.max(cy.zoom(), 1) }, { duration: 200 });
    }
  });
  fitButton.addEventListener('click', () => cy.fit(cy.elements(':visible'), 20));
  communitySelect.addEventListener('change', () => {
    cy.elements().removeClass('faded community');
    if (communitySelect.value === '') {
      return;
    }
    const members = cy.nodes().filter((n) => String(n.data('community')) === communitySelect.value);
    members.addClass('community');
    cy.elements().difference(members.union(members.edgesWith(members))).addClass('faded');
  });
  pngButton.addEventListener('click', () => {
    download(`${graph.title}-network.png`, cy.png({ full: true, scale: 2, bg: '#ffffff', maxWidth: 8000, maxHeight: 8000 }));
  });
  gexfButton.addEventListener('click', () => {
    const blob = new Blob([toGexf(cy, graph.title)], { type: 'application/gexf+xml' });
    const url = URL.createObjectURL(blob);
    download(`${graph.title}-network.gexf`, url);
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  });
  if (areaCode) {
    const fields = (await ctx.gql('{ fields { code labelJa labelEn } }')).fields;
    fields.forEach((f) => fieldSelect.append(h('option', { value: f.code }, ctx.t(f.labelJa, f.labelEn))));
    fieldSelect.addEventListener('change', async () => {
      cy.nodes().removeClass('hidden');
      if (!fieldSelect.value) {
        return;
      }
      const inField = new Set();
      let after = null;
      do {
        const page = (await ctx.gql(FIELD_MEMBERS, { area: areaCode, field: fieldSelect.value, after })).organizations;
        page.edges.forEach(({ node }) => inField.add(node.id));
        after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
      } while (after);
      // organisations outside the field go; the rest stays, as the context the field's organisations work in
      cy.nodes('[kind = "ORGANIZATION"]').filter((n) => !inField.has(n.id())).addClass('hidden');
    });
  }
}

export default {
  id: 'map',
  path: '#/map',
  titleJa: 'ネットワーク図',
  titleEn: 'Network map',
  roles: null,
  render,
};
