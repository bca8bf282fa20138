// 特例貸付フォローアップ: the screening of special-loan households, highest score first with the rules that gave it,
// and for each household the contacts recorded from here (the follow-up visit or call).
import { h, section, fill, load, routeParameter, ensureStyles } from './casework/common.js';
import { renderContacts } from './household.js';

const PATH = '#/loans';

const SCREENING = `query LoanScreening($first: Int, $after: String) {
  loanScreening(first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor }
    edges { node { score
      reasons { labelJa points }
      household { id code memberCount flags flagLabelsJa area { name }
        loans { loanTypeLabelJa amount decidedOn repaymentStatusLabelJa } } } }
  }
}`;

export default {
  id: 'loans',
  path: PATH,
  titleJa: '特例貸付フォローアップ',
  titleEn: 'Special-loan follow-up',
  roles: null,
  async render(root, ctx) {
    ensureStyles();
    fill(root, h('p', {}, ctx.t(
        '特例貸付の借受世帯を、支援が必要そうな順に並べています。点数の理由を確かめ、訪問や電話の結果を記録してください。',
        'Special-loan borrower households, the most in need of follow-up first. Check why, then record the visit or call.')));
    const body = section(root, 'loan-screening', ctx.t('スクリーニング一覧', 'Screening list'));
    const open = routeParameter(PATH);
    const cards = [];
    const page = (after) => load(ctx, body, { ja: '特例貸付のスクリーニング', en: 'The special-loan screening' },
      () => ctx.gql(SCREENING, { first: 10, after }), (d) => {
        const connection = d.loanScreening;
        for (const { node } of connection.edges) cards.push(renderScreened(ctx, node, open));
        return [
          h('p', {}, ctx.t(`${connection.totalCount}世帯`, `${connection.totalCount} households`)),
          h('ol', { class: 'cw-list', id: 'loan-list' }, cards),
          connection.pageInfo.hasNextPage
            ? h('button', { type: 'button', class: 'cw-button', onclick: () => page(connection.pageInfo.endCursor) },
              ctx.t('さらに表示', 'Show more'))
            : null,
        ];
      });
    await page(null);
  },
};

function renderScreened(ctx, screened, open) {
  const household = screened.household;
  const contacts = h('div', { class: 'loan-contacts' });
  const details = h('details', { open: open === household.id },
    h('summary', {}, ctx.t('支援経過を見る・接触を記録する', 'Contact log and a new contact')), contacts);
  let loaded = false;
  const show = () => {
    if (details.open && !loaded) {
      loaded = true;
      renderContacts(ctx, contacts, household, 'REPAYMENT_CONSULTATION');
    }
  };
  details.addEventListener('toggle', show);
  queueMicrotask(show);
  return h('li', { class: 'cw-card loan-household', dataset: { household: household.code } },
    h('h3', {}, h('a', { href: `#/household/${encodeURIComponent(household.id)}` }, household.code),
      ctx.t(`　${screened.score}点`, `  score ${screened.score}`)),
    h('p', {}, [household.area?.name, household.flagLabelsJa.map((f, i) => ctx.label(f, household.flags[i])).join('・')].filter(Boolean).join(' / ')),
    h('ul', { class: 'cw-list' }, screened.reasons.map((r) => h('li', {}, `${r.labelJa}（${r.points}点）`))),
    h('ul', { class: 'cw-list' }, household.loans.map((l) => h('li', {},
      `${l.loanTypeLabelJa} ${l.amount.toLocaleString('ja-JP')}円 ${ctx.formatDate(l.decidedOn)} ${l.repaymentStatusLabelJa}`))),
    details);
}
