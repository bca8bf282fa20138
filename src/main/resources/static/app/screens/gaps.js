// すき間を見る: the 重層 coverage matrix, organisations in no network, needs without a service, fading ties by district.
import { h, notice, errorNotice } from '../dom.js';
import { areaPicker, homeArea, areaOfCode } from '../area-picker.js';

/** Roles that see households (the API's household scope decides which). */
export const HOUSEHOLD_ROLES = ['COORDINATOR', 'MEMBER_STAFF', 'COMMISSIONED_VOLUNTEER'];

const COVERAGE = `query Coverage($code: String!) {
  supportFunctionCoverage(municipality: $code) {
    municipality { code name } coveredCount gapCount unknownCount
    functions { ...Cell subAreas { ...Cell } }
  }
}
fragment Cell on FunctionCoverage {
  function { code number labelJa labelEn } status statusLabelJa modeLabelJa coveredByParent
  runWith { labelJa labelEn }
  commissions { organization { id name } programmeLabelJa modeLabelJa }
}`;

const SERVICE_GAPS = `query ServiceGaps($code: String!) {
  serviceGaps(area: $code) {
    uncovered { need { code labelJa labelEn } kindLabelJa coveredNarrower { labelJa labelEn } }
    farOnly { need { code labelJa labelEn } kindLabelJa nearest { service { id name } availableIn { name } distanceKm } }
  }
}`;

const WITHOUT_NETWORK = `query WithoutNetwork($code: String!, $after: String) {
  organizationsWithoutNetwork(area: $code, first: 50, after: $after) {
    totalCount pageInfo { hasNextPage endCursor }
    edges { node { id name kindLabelJa location { name } } }
  }
}`;

const LOST = `query Lost($code: String!, $after: String) {
  lostConnections(area: $code, first: 100, after: $after) {
    totalCount pageInfo { hasNextPage endCursor }
    edges { node { household { id code area { code name kind } } reason reasonLabelJa daysSinceContact openNeedCount } }
  }
}`;

const DISTRICTS = `query Districts($code: String!) {
  areas(filter: {within: $code}, first: 100) { edges { node { code name kindLabelJa } } }
}`;

const STATISTICS = `query Statistics($code: String!) {
  householdStatistics(areaCode: $code) { totalShown smallCellThreshold byIsolation { isolationKind { code labelJa labelEn } shown } }
}`;

/** How many fading households are read at most to count them by district. */
const LOST_SCAN = 1000;

export function section(id, title, ...content) {
  return h('section', { class: 'gap-section print-keep', 'aria-labelledby': id }, h('h2', { id }, title), ...content);
}

export async function coverageTable(ctx, code) {
  const matrix = (await ctx.gql(COVERAGE, { code })).supportFunctionCoverage;
  const row = (cell, sub) => h('tr', { class: `status-${cell.status}` },
    h('th', { scope: 'row', class: sub ? 'sub-area' : null }, `${sub ? '　' : ''}${ctx.t(cell.function.labelJa, cell.function.labelEn)}`),
    h('td', {}, cell.statusLabelJa),
    h('td', {}, cell.modeLabelJa || (cell.coveredByParent ? ctx.t('事業全体で実施', 'Run as a whole') : '—')),
    h('td', {}, cell.commissions.length
      ? cell.commissions.map((c) => h('div', {}, c.organization.name, `（${c.modeLabelJa}・${c.programmeLabelJa}）`))
      : cell.runWith ? ctx.t(`${cell.runWith.labelJa}と一体で実施`, `Run with ${cell.runWith.labelEn}`) : '—'));
  return h('div', {},
    h('p', { class: 'meta' }, ctx.t(`実施 ${matrix.coveredCount}・未実施 ${matrix.gapCount}・不明 ${matrix.unknownCount}（不明は記録がないもので、すき間とは限りません）`,
      `Covered ${matrix.coveredCount}, gaps ${matrix.gapCount}, unknown ${matrix.unknownCount} (unknown means nothing is recorded, not a gap)`)),
    h('table', { id: 'coverage-matrix' },
      h('caption', {}, ctx.t(`${matrix.municipality.name}の重層的支援体制整備事業`, `Multi-layered support in ${matrix.municipality.name}`)),
      h('thead', {}, h('tr', {}, [ctx.t('機能', 'Function'), ctx.t('実施状況', 'Status'), ctx.t('実施方法', 'How'), ctx.t('実施主体', 'By whom')]
        .map((label) => h('th', { scope: 'col' }, label)))),
      h('tbody', {}, matrix.functions.map((cell) => [row(cell, false), cell.subAreas.map((sub) => row(sub, true))]))));
}

export async function serviceGapList(ctx, code) {
  const gaps = (await ctx.gql(SERVICE_GAPS, { code })).serviceGaps;
  return h('div', {},
    h('h3', {}, ctx.t(`この地域に社会資源がない生活課題（${gaps.uncovered.length}件）`, `Needs with no service for the area (${gaps.uncovered.length})`)),
    gaps.uncovered.length
      ? h('ul', { id: 'uncovered-needs' }, gaps.uncovered.map((gap) => h('li', {}, ctx.t(gap.need.labelJa, gap.need.labelEn),
        gap.coveredNarrower.length ? h('span', { class: 'meta' }, ctx.t(`（一部あり: ${gap.coveredNarrower.map((n) => n.labelJa).join('、')}）`,
          ` (partly: ${gap.coveredNarrower.map((n) => n.labelEn).join(', ')})`)) : null)))
      : notice('empty', ctx.t('すべての生活課題に社会資源があります。', 'Every need has a service.')),
    h('h3', {}, ctx.t(`県域・圏域の社会資源のみの生活課題（${gaps.farOnly.length}件）`, `Needs served only from a wider area (${gaps.farOnly.length})`)),
    gaps.farOnly.length
      ? h('ul', {}, gaps.farOnly.map((gap) => h('li', {}, ctx.t(gap.need.labelJa, gap.need.labelEn), h('span', { class: 'meta' },
        `: ${gap.kindLabelJa}`, gap.nearest ? `（${gap.nearest.service.name}・${gap.nearest.availableIn.name}${gap.nearest.distanceKm != null ? `・${gap.nearest.distanceKm} km` : ''}）` : ''))))
      : notice('empty', ctx.t('ありません。', 'None.')));
}

export async function withoutNetworkList(ctx, code, { all = false } = {}) {
  const list = h('ul', { id: 'without-network' });
  const summary = h('p', { class: 'meta' });
  const more = h('button', { type: 'button', hidden: true, class: 'no-print' }, ctx.t('さらに表示', 'Show more'));
  let after = null;
  let shown = 0;
  const load = async () => {
    do {
      const page = (await ctx.gql(WITHOUT_NETWORK, { code, after })).organizationsWithoutNetwork;
      page.edges.forEach(({ node }) => list.append(h('li', {},
        h('a', { href: `#/search/organization?id=${encodeURIComponent(node.id)}` }, node.name),
        h('span', { class: 'meta' }, `（${node.kindLabelJa}${node.location ? `・${node.location.name}` : ''}）`))));
      shown += page.edges.length;
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
      summary.textContent = ctx.t(`${page.totalCount}団体（${shown}件を表示）`, `${page.totalCount} organisations (${shown} shown)`);
    } while (all && after);
    more.hidden = !after;
  };
  more.addEventListener('click', async () => {
    more.disabled = true;
    await load().catch((error) => more.after(errorNotice(error, ctx.t)));
    more.disabled = false;
  });
  await load();
  return h('div', {}, summary, shown ? list : notice('empty', ctx.t('すべての団体がいずれかのネットワークに参加しています。', 'Every organisation belongs to a network.')), more);
}

/** For roles that see households: the fading ties the API returns them, counted by district, with the households. */
async function fadingByDistrict(ctx, code) {
  const rows = [];
  let after = null;
  let total = 0;
  do {
    const page = (await ctx.gql(LOST, { code, after })).lostConnections;
    total = page.totalCount;
    rows.push(...page.edges.map((edge) => edge.node));
    after = page.pageInfo.hasNextPage && rows.length < LOST_SCAN ? page.pageInfo.endCursor : null;
  } while (after);
  const reasons = ['NO_SUPPORTER', 'NO_RECENT_CONTACT', 'SINGLE_SUPPORTER'];
  const reasonLabel = new Map(rows.map((row) => [row.reason, row.reasonLabelJa]));
  const districts = new Map();
  rows.forEach((row) => {
    const name = row.household.area ? row.household.area.name : ctx.t('地区不明', 'District unknown');
    if (!districts.has(name)) {
      districts.set(name, { counts: Object.fromEntries(reasons.map((r) => [r, 0])), households: [] });
    }
    const district = districts.get(name);
    district.counts[row.reason] += 1;
    district.households.push(row);
  });
  if (!rows.length) {
    return notice('empty', ctx.t('つながりが切れかけている世帯は、あなたが見られる範囲にはありません。', 'No household you may see is losing its ties.'));
  }
  return h('div', {},
    h('p', { class: 'meta' }, ctx.t(`あなたが見られる世帯のうち ${total} 世帯（閲覧は記録されます）`, `${total} of the households you may see (your look is recorded)`)),
    h('table', { id: 'fading-by-district' },
      h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, ctx.t('地区', 'District')),
        reasons.map((r) => h('th', { scope: 'col', class: 'number' }, reasonLabel.get(r) || r)),
        h('th', { scope: 'col' }, ctx.t('世帯', 'Households')))),
      h('tbody', {}, [...districts.entries()].map(([name, district]) => h('tr', {},
        h('th', { scope: 'row' }, name), reasons.map((r) => h('td', { class: 'number' }, String(district.counts[r]))),
        h('td', {}, district.households.map((row) => h('a', { class: 'tag', href: `#/household/${encodeURIComponent(row.household.id)}` },
          row.household.code))))))));
}

/** For roles that do not see households: counts only, per district, suppressed by the API's small-cell policy. */
export async function householdCountsByDistrict(ctx, code) {
  const districts = (await ctx.gql(DISTRICTS, { code })).areas.edges.map((edge) => edge.node);
  const areas = [{ code, name: ctx.t('全体', 'Whole area') }, ...districts];
  const figures = await Promise.all(areas.map((area) => ctx.gql(STATISTICS, { code: area.code }).then((d) => d.householdStatistics)));
  const kinds = new Map();
  figures.forEach((f) => f.byIsolation.forEach((c) => kinds.set(c.isolationKind.code, c.isolationKind)));
  return h('div', {},
    h('p', { class: 'meta' }, ctx.t(`世帯の個別の情報は表示しません。1〜${figures[0].smallCellThreshold - 1}件は「<${figures[0].smallCellThreshold}」、他の数から割り出せる数は「x」と表示します（APIの小さな数の方針）。`,
      `No household is shown. Counts of 1 to ${figures[0].smallCellThreshold - 1} read "<${figures[0].smallCellThreshold}", counts that would reveal one read "x" (the API's small-number policy).`)),
    h('table', { id: 'household-counts' },
      h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, ctx.t('地区', 'District')), h('th', { scope: 'col', class: 'number' }, ctx.t('世帯数', 'Households')),
        [...kinds.values()].map((k) => h('th', { scope: 'col', class: 'number' }, ctx.t(k.labelJa, k.labelEn))))),
      h('tbody', {}, areas.map((area, i) => h('tr', {}, h('th', { scope: 'row' }, area.name),
        h('td', { class: 'number' }, figures[i].totalShown),
        [...kinds.keys()].map((k) => {
          const count = figures[i].byIsolation.find((c) => c.isolationKind.code === k);
          return h('td', { class: 'number' }, count ? count.shown : '0');
        }))))));
}

async function guarded(ctx, build) {
  try {
    return await build();
  } catch (error) {
    return errorNotice(error, ctx.t);
  }
}

async function render(root, ctx) {
  const initial = ctx.params.get('area') ? await areaOfCode(ctx, ctx.params.get('area')) : await homeArea(ctx).catch(() => null);
  const area = areaPicker(ctx, 'gaps-area', initial, { required: true, labelJa: '市区町村', labelEn: 'Municipality' });
  const form = h('form', { class: 'no-print fields-row', 'aria-label': ctx.t('市区町村を選ぶ', 'Choose a municipality') },
    area.element, h('button', { type: 'submit', class: 'primary' }, ctx.t('表示', 'Show')));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    ctx.navigate(`#/gaps?${new URLSearchParams({ area: area.code() })}`);
  });
  root.append(form);
  const code = initial && initial.code;
  if (!code) {
    root.append(notice('info', ctx.t('市区町村を選んでください。', 'Choose a municipality.')));
    return;
  }
  const entitled = HOUSEHOLD_ROLES.includes(ctx.caller.role);
  const [coverage, serviceGaps, withoutNetwork, fading] = await Promise.all([
    guarded(ctx, () => coverageTable(ctx, code)),
    guarded(ctx, () => serviceGapList(ctx, code)),
    guarded(ctx, () => withoutNetworkList(ctx, code)),
    guarded(ctx, () => (entitled ? fadingByDistrict(ctx, code) : householdCountsByDistrict(ctx, code))),
  ]);
  root.append(
    section('gaps-coverage', ctx.t('重層的支援体制の実施状況', 'Coverage of multi-layered support'), coverage),
    section('gaps-services', ctx.t('社会資源のすき間', 'Needs without a service'), serviceGaps),
    section('gaps-networks', ctx.t('どのネットワークにも参加していない団体', 'Organisations in no network'), withoutNetwork),
    section('gaps-fading', entitled ? ctx.t('つながりが切れかけている世帯（地区別）', 'Households losing their ties, by district')
      : ctx.t('地区別の世帯数（件数のみ）', 'Households by district (counts only)'), fading));
}

export default {
  id: 'gaps',
  path: '#/gaps',
  titleJa: 'すき間を見る',
  titleEn: 'See the gaps',
  roles: null,
  render,
};
