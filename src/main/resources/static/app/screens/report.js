// 報告書: a printable municipal report (the browser's print makes the PDF), figures as the API gives them to the caller.
import { h, notice, errorNotice } from '../dom.js';
import { areaPicker, homeArea, areaOfCode } from '../area-picker.js';
import { coverageTable, serviceGapList, withoutNetworkList, householdCountsByDistrict, section } from './gaps.js';

const OVERVIEW = `query Overview($code: String!) {
  areaOverview(code: $code) {
    area { code name population parent { name } }
    organizationCounts { kind labelJa count }
    networks(first: 100) { totalCount edges { node { name kindLabelJa } } }
    services(first: 1) { totalCount }
  }
}`;

const BRIDGES = `query Bridges($code: String!) {
  collaborationMetrics(area: $code, first: 10) {
    organizationCount tieCount communityCount
    organizations { edges { node { rank organization { name } betweenness degree } } }
  }
}`;

const STATISTICS_ROLES = ['ANALYST', 'ADMINISTRATOR'];

async function guarded(ctx, build) {
  try {
    return await build();
  } catch (error) {
    return errorNotice(error, ctx.t);
  }
}

async function overview(ctx, code) {
  const data = (await ctx.gql(OVERVIEW, { code })).areaOverview;
  if (!data) {
    return { title: code, element: notice('error', ctx.t('この地域は見つかりません。', 'This area was not found.')) };
  }
  const totalOrganizations = data.organizationCounts.reduce((sum, c) => sum + c.count, 0);
  return {
    title: `${data.area.parent ? data.area.parent.name : ''}${data.area.name}`,
    element: h('div', {},
      h('dl', { class: 'facts' },
        data.area.population != null ? [h('dt', {}, ctx.t('人口（令和2年国勢調査）', 'Population (2020 census)')),
          h('dd', {}, data.area.population.toLocaleString('ja-JP'))] : null,
        h('dt', {}, ctx.t('団体', 'Organisations')), h('dd', {}, String(totalOrganizations)),
        h('dt', {}, ctx.t('ネットワーク', 'Networks')), h('dd', {}, String(data.networks.totalCount)),
        h('dt', {}, ctx.t('利用できる社会資源', 'Services available')), h('dd', {}, String(data.services.totalCount))),
      h('table', { id: 'report-organizations' },
        h('caption', {}, ctx.t('種類別の団体数', 'Organisations by kind')),
        h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, ctx.t('種類', 'Kind')), h('th', { scope: 'col', class: 'number' }, ctx.t('数', 'Count')))),
        h('tbody', {}, data.organizationCounts.map((c) => h('tr', {}, h('th', { scope: 'row' }, c.labelJa), h('td', { class: 'number' }, String(c.count)))))),
      data.networks.edges.length ? h('p', {}, ctx.t('ネットワーク: ', 'Networks: '),
        data.networks.edges.map((e) => `${e.node.name}（${e.node.kindLabelJa}）`).join('、')) : null),
  };
}

async function bridges(ctx, code) {
  const metrics = (await ctx.gql(BRIDGES, { code })).collaborationMetrics;
  return h('div', {},
    h('p', { class: 'meta' }, ctx.t(`${metrics.organizationCount}団体、${metrics.tieCount}組のつながり、${metrics.communityCount}のまとまり`,
      `${metrics.organizationCount} organisations, ${metrics.tieCount} tied pairs, ${metrics.communityCount} communities`)),
    h('table', { id: 'report-bridges' },
      h('thead', {}, h('tr', {}, [ctx.t('順位', 'Rank'), ctx.t('団体', 'Organisation'), ctx.t('媒介中心性', 'Betweenness'), ctx.t('つながりの数', 'Degree')]
        .map((label, i) => h('th', { scope: 'col', class: i === 0 || i > 1 ? 'number' : null }, label)))),
      h('tbody', {}, metrics.organizations.edges.map(({ node }) => h('tr', {}, h('td', { class: 'number' }, String(node.rank)),
        h('th', { scope: 'row' }, node.organization.name), h('td', { class: 'number' }, node.betweenness.toFixed(3)),
        h('td', { class: 'number' }, String(node.degree)))))));
}

async function render(root, ctx) {
  const initial = ctx.params.get('area') ? await areaOfCode(ctx, ctx.params.get('area')) : await homeArea(ctx).catch(() => null);
  const area = areaPicker(ctx, 'report-area', initial, { required: true, labelJa: '市区町村', labelEn: 'Municipality' });
  const form = h('form', { class: 'no-print fields-row', 'aria-label': ctx.t('報告書の対象', 'Report on') },
    area.element, h('button', { type: 'submit', class: 'primary' }, ctx.t('作成', 'Make the report')));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    ctx.navigate(`#/report?${new URLSearchParams({ area: area.code() })}`);
  });
  root.append(form);
  const code = initial && initial.code;
  if (!code) {
    root.append(notice('info', ctx.t('市区町村を選んでください。', 'Choose a municipality.')));
    return;
  }
  const printButton = h('button', { type: 'button', class: 'primary no-print', id: 'report-print' }, ctx.t('印刷・PDFに保存', 'Print or save as PDF'));
  printButton.addEventListener('click', () => window.print());
  const seesStatistics = STATISTICS_ROLES.includes(ctx.caller.role);
  const [summary, coverage, serviceGaps, withoutNetwork, bridgeTable, households] = await Promise.all([
    overview(ctx, code).catch((error) => ({ title: code, element: errorNotice(error, ctx.t) })),
    guarded(ctx, () => coverageTable(ctx, code)),
    guarded(ctx, () => serviceGapList(ctx, code)),
    guarded(ctx, () => withoutNetworkList(ctx, code, { all: true })),
    guarded(ctx, () => bridges(ctx, code)),
    seesStatistics ? guarded(ctx, () => householdCountsByDistrict(ctx, code)) : null,
  ]);
  const today = ctx.formatDate(new Date());
  root.append(
    h('article', { class: 'report', id: 'report' },
      h('header', { class: 'report-cover' },
        h('p', { class: 'report-title' }, ctx.t(`${summary.title} 地域福祉ネットワーク報告書`, `${summary.title}: local welfare network report`)),
        h('p', { class: 'meta' }, ctx.t(`作成日: ${today}　作成者: ${ctx.caller.username}（${ctx.caller.roleLabelJa}）`,
          `Made on ${today} by ${ctx.caller.username} (${ctx.caller.role})`)),
        printButton),
      section('report-overview', ctx.t('1. 地域の概要', '1. The area'), summary.element),
      section('report-coverage', ctx.t('2. 重層的支援体制の実施状況', '2. Coverage of multi-layered support'), coverage),
      section('report-gaps', ctx.t('3. 社会資源のすき間', '3. Needs without a service'), serviceGaps),
      section('report-networks', ctx.t('4. どのネットワークにも参加していない団体', '4. Organisations in no network'), withoutNetwork),
      section('report-bridges-title', ctx.t('5. 橋渡し役の団体（媒介中心性の上位10）', '5. Bridging organisations (top 10 by betweenness)'), bridgeTable),
      section('report-households', ctx.t('6. 世帯の集計', '6. Households'), households
        || notice('info', ctx.t('世帯の集計は分析担当・管理者の報告書にのみ載ります（小さな数は秘匿）。個別の世帯は報告書に載りません。',
          'Household figures appear in the reports of analysts and administrators only (small numbers suppressed). No household is ever named in a report.'))),
      h('footer', { class: 'report-footer meta' }, ctx.t('出典: つなぐ（地域福祉ネットワークのハブ）。数値は作成時点のもの。',
        'Source: Tsunagu, the local welfare network hub. Figures as of the day the report was made.'))));
}

export default {
  id: 'report',
  path: '#/report',
  titleJa: '報告書',
  titleEn: 'Report',
  roles: null,
  render,
};
