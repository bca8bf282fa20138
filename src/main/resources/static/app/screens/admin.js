// 管理: local accounts (list, create, enable or disable, new password), the import wizard (template, upload, dry-run
// report, duplicate decisions, confirm, progress) and how fresh the analysts' graph is.
import { token } from '../api.js';
import {
  h, field, select, section, fill, load, failure, userErrors, done, date, table, ensureStyles,
} from './casework/common.js';

const ACCOUNTS = `query Accounts($first: Int, $after: String) {
  accounts(first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor }
    edges { node { username role roleLabelJa enabled createdAt organization { name } person { name } } }
  }
}`;

const CREATE_ACCOUNT = `mutation CreateAccount($input: CreateAccountInput!) {
  createAccount(input: $input) { account { username roleLabelJa } password errors { field message } }
}`;

const SET_ENABLED = `mutation SetEnabled($input: SetAccountEnabledInput!) {
  setAccountEnabled(input: $input) { account { username enabled } errors { field message } }
}`;

const RESET_PASSWORD = `mutation Reset($input: ResetAccountPasswordInput!) {
  resetAccountPassword(input: $input) { account { username } password errors { field message } }
}`;

const FIND_ORGANIZATION = `query FindOrganization($text: String) {
  organizations(filter: { text: $text }, first: 5) { totalCount edges { node { id name } } }
}`;

const FIND_PERSON = `query FindPerson($text: String) {
  people(filter: { text: $text }, first: 5) { totalCount edges { node { id name } } }
}`;

const GRAPH_STATUS = `query AnalystGraphStatus { analystGraphStatus { builtAt running progress nodeCount durationMs households } }`;

const REBUILD = `mutation Rebuild($input: RebuildAnalystGraphInput!) {
  rebuildAnalystGraph(input: $input) { started errors { field message } }
}`;

const ROLES = [
  ['COORDINATOR', 'コーディネーター（社協職員）', 'Coordinator (council staff)'],
  ['MEMBER_STAFF', '会員組織の職員', 'Member organisation staff'],
  ['COMMISSIONED_VOLUNTEER', '民生委員・児童委員', 'Commissioned welfare volunteer'],
  ['ANALYST', '分析担当', 'Analyst'],
  ['ADMINISTRATOR', '管理者', 'Administrator'],
];

const IMPORT_KINDS = [
  ['organizations', '団体・法人・施設', 'Organisations and facilities'],
  ['people', '民生委員・児童委員', 'Commissioned welfare volunteers'],
  ['networks', 'ネットワークと構成団体', 'Networks and their members'],
  ['services', '社会資源（サービス）', 'Services'],
];

export default {
  id: 'admin',
  path: '#/admin',
  titleJa: '管理',
  titleEn: 'Administration',
  roles: null,
  async render(root, ctx) {
    ensureStyles();
    // the API is the gate: ask for the accounts first, and when it refuses, say so once instead of three times
    let first;
    try {
      first = await ctx.gql(ACCOUNTS, { first: ACCOUNTS_PAGE });
    } catch (error) {
      fill(root, failure(ctx, error, { ja: '管理の画面', en: 'The administration screen' }));
      return;
    }
    await Promise.all([
      accounts(ctx, section(root, 'admin-accounts', ctx.t('アカウント', 'Accounts')), first),
      importWizard(ctx, section(root, 'admin-import', ctx.t('データの取り込み', 'Import'))),
      analystGraph(ctx, section(root, 'admin-analyst-graph', ctx.t('分析用グラフの鮮度', "The analysts' graph's freshness"))),
    ]);
  },
};

// ---- accounts

const ACCOUNTS_PAGE = 20;

/** The accounts a page at a time (次へ / 前へ), the page kept while accounts are changed on it. */
function accounts(ctx, body, first) {
  const list = h('div', {});
  const status = h('div', { 'aria-live': 'polite', id: 'account-status' });
  let loaded = first;
  const before = []; // the cursors of the pages before this one
  let after = null;
  const reload = () => load(ctx, list, { ja: 'アカウント', en: 'Accounts' }, () => {
    const data = loaded || ctx.gql(ACCOUNTS, { first: ACCOUNTS_PAGE, after });
    loaded = null;
    return data;
  },
  (d) => {
    const from = before.length * ACCOUNTS_PAGE + 1;
    const to = from + d.accounts.edges.length - 1;
    const turn = (cursor, back) => () => {
      if (back) after = before.pop(); else { before.push(after); after = cursor; }
      reload();
    };
    return [
      h('p', { id: 'accounts-range' }, ctx.t(`全${d.accounts.totalCount}件中 ${from}〜${to}件目`,
        `${from}–${to} of ${d.accounts.totalCount} accounts`)),
      table(null, [ctx.t('ユーザー名', 'Username'), ctx.t('役割', 'Role'), ctx.t('所属', 'Organisation'),
        ctx.t('作成日', 'Created'), ctx.t('状態', 'State'), ctx.t('操作', 'Actions')],
      d.accounts.edges.map(({ node }) => accountRow(ctx, node, status, reload))),
      h('nav', { class: 'cw-actions', 'aria-label': ctx.t('アカウントのページ', 'Pages of accounts') },
        before.length ? h('button', { type: 'button', id: 'accounts-previous', onclick: turn(null, true) },
          ctx.t(`前の${ACCOUNTS_PAGE}件`, `Previous ${ACCOUNTS_PAGE}`)) : null,
        d.accounts.pageInfo.hasNextPage ? h('button', { type: 'button', id: 'accounts-next', onclick: turn(d.accounts.pageInfo.endCursor, false) },
          ctx.t(`次の${ACCOUNTS_PAGE}件`, `Next ${ACCOUNTS_PAGE}`)) : null),
    ];
  });
  fill(body, createAccountForm(ctx, status, reload), status, list);
  return reload();
}

function accountRow(ctx, account, status, reload) {
  const name = account.username;
  const toggle = h('button', {
    type: 'button',
    'aria-label': ctx.t(`${name}を${account.enabled ? '無効' : '有効'}にする`, `${account.enabled ? 'Disable' : 'Enable'} ${name}`),
    onclick: () => act(ctx, status, SET_ENABLED, { input: { username: name, enabled: !account.enabled } }, 'setAccountEnabled',
      () => ctx.t(`${name}を${account.enabled ? '無効' : '有効'}にしました。`, `${name} is ${account.enabled ? 'disabled' : 'enabled'}.`),
      reload),
  }, account.enabled ? ctx.t('無効にする', 'Disable') : ctx.t('有効にする', 'Enable'));
  const reset = h('button', {
    type: 'button',
    'aria-label': ctx.t(`${name}のパスワードを再発行する`, `New password for ${name}`),
    onclick: () => act(ctx, status, RESET_PASSWORD, { input: { username: name } }, 'resetAccountPassword',
      (p) => passwordOnce(ctx, p.account.username, p.password)),
  }, ctx.t('パスワード再発行', 'New password'));
  return [name, ctx.t(account.roleLabelJa, account.role),
    [account.organization?.name, account.person?.name].filter(Boolean).join(' / ') || '—', date(ctx, account.createdAt),
    account.enabled ? ctx.t('有効', 'Enabled') : ctx.t('無効', 'Disabled'),
    h('div', { class: 'cw-actions' }, toggle, reset)];
}

async function act(ctx, status, mutation, variables, name, message, after) {
  try {
    const payload = (await ctx.gql(mutation, variables))[name];
    fill(status, userErrors(ctx, payload.errors) || (() => {
      const text = message(payload);
      return text instanceof Node ? text : done(text);
    })());
    if (!payload.errors.length && after) after();
  } catch (error) {
    fill(status, failure(ctx, error, { ja: 'アカウントの操作', en: 'The account change' }));
  }
}

function passwordOnce(ctx, username, password) {
  return h('div', { class: 'cw-done', role: 'status' },
    h('p', {}, ctx.t(`${username}の新しいパスワードです。この一度しか表示しません。本人に安全な方法で伝えてください。`,
      `The new password of ${username}, shown only this once. Pass it on safely.`)),
    h('p', {}, h('code', { id: 'new-password' }, password)));
}

function createAccountForm(ctx, status, after) {
  const username = h('input', { type: 'text', name: 'username', required: true, autocomplete: 'off', pattern: '[a-z0-9._-]{3,40}' });
  const role = select('role', ROLES.map(([value, ja, en]) => [value, ctx.t(ja, en)]), 'COORDINATOR');
  const organization = h('input', { type: 'text', name: 'organization', autocomplete: 'off' });
  const person = h('input', { type: 'text', name: 'person', autocomplete: 'off' });
  const form = h('form', { class: 'cw-form', id: 'create-account', 'aria-label': ctx.t('アカウントを作成', 'Create an account') },
    h('h3', {}, ctx.t('アカウントを作成', 'Create an account')),
    field(ctx.t('ユーザー名（半角英小文字・数字・.-_、3〜40文字）', 'Username (3 to 40 of a-z 0-9 . - _)'), username),
    field(ctx.t('役割', 'Role'), role),
    field(ctx.t('所属組織（名前の一部）', 'Organisation (part of its name)'), organization,
      ctx.t('コーディネーターは社協、会員組織の職員はその組織、民生委員は民児協。', 'A council for a coordinator; for a volunteer, their 民児協.')),
    field(ctx.t('民生委員の氏名（民生委員のみ）', "The volunteer's name (volunteers only)"), person),
    h('div', { class: 'cw-actions' }, h('button', { type: 'submit' }, ctx.t('作成する', 'Create'))));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    try {
      const organizationId = organization.value.trim()
        ? await findOne(ctx, FIND_ORGANIZATION, 'organizations', organization.value.trim(), ctx.t('所属組織', 'Organisation')) : null;
      const personId = person.value.trim()
        ? await findOne(ctx, FIND_PERSON, 'people', person.value.trim(), ctx.t('民生委員', 'Volunteer')) : null;
      await act(ctx, status, CREATE_ACCOUNT, { input: { username: username.value.trim(), role: role.value, organizationId, personId } },
        'createAccount', (p) => passwordOnce(ctx, p.account.username, p.password), () => {
          form.reset();
          after();
        });
    } catch (error) {
      fill(status, h('p', { class: 'notice notice-error', role: 'alert' }, error.message));
    }
  });
  return form;
}

async function findOne(ctx, query, name, text, what) {
  const connection = (await ctx.gql(query, { text }))[name];
  if (connection.totalCount === 1) return connection.edges[0].node.id;
  const exact = connection.edges.find(({ node }) => node.name === text);
  if (exact) return exact.node.id;
  throw new Error(connection.totalCount === 0
    ? ctx.t(`${what}「${text}」が見つかりません。`, `No ${what} named "${text}".`)
    : ctx.t(`${what}「${text}」に当てはまるものが${connection.totalCount}件あります。名前を正確に入力してください。`,
      `${connection.totalCount} match "${text}": type the full name.`));
}

// ---- the import wizard (REST beside GraphQL)

/** fetch with the signed-in caller's token, as the shell sends it to /graphql. */
function authorizedFetch(ctx, url, init = {}) {
  const headers = new Headers(init.headers || {});
  const current = token();
  if (current) headers.set('Authorization', `Bearer ${current}`);
  headers.set('Accept', 'application/json, application/problem+json');
  return fetch(url, { ...init, headers });
}

async function problem(ctx, response) {
  let detail = '';
  try {
    const body = await response.json();
    detail = body.detailJa || body.detail || body.title || '';
  } catch (ignored) {
    detail = response.statusText;
  }
  return new Error(ctx.t(`取り込みできませんでした（${response.status}）: ${detail}`, `Import failed (${response.status}): ${detail}`));
}

function importWizard(ctx, body) {
  const kind = select('kind', IMPORT_KINDS.map(([value, ja, en]) => [value, ctx.t(ja, en)]), 'organizations');
  const file = h('input', { type: 'file', name: 'file', accept: '.csv,.xlsx,text/csv', required: true });
  const encoding = select('encoding', [['', ctx.t('自動判定', 'Detect')], ['UTF-8', 'UTF-8'], ['Shift_JIS', 'Shift_JIS (Excel)']], '');
  const status = h('div', { 'aria-live': 'polite' });
  const report = h('div', { id: 'import-report' });
  const download = (extension) => async () => {
    try {
      const response = await authorizedFetch(ctx, `/imports/templates/${kind.value}.${extension}`);
      if (!response.ok) throw await problem(ctx, response);
      const link = h('a', { href: URL.createObjectURL(await response.blob()), download: `${kind.value}.${extension}` });
      document.body.append(link);
      link.click();
      link.remove();
      fill(status, done(ctx.t('ひな形をダウンロードしました。', 'The template is downloaded.')));
    } catch (error) {
      fill(status, h('p', { class: 'notice notice-error', role: 'alert' }, error.message));
    }
  };
  const form = h('form', { class: 'cw-form', id: 'import-form', 'aria-label': ctx.t('ファイルを取り込む', 'Import a file') },
    h('p', {}, ctx.t('①ひな形をダウンロードして記入 → ②アップロード（まだ保存されません）→ ③確認結果を見て重複を判断 → ④取り込む',
      '1 download the template and fill it in, 2 upload (nothing is saved yet), 3 check the report and decide duplicates, 4 confirm')),
    field(ctx.t('取り込む種類', 'What to import'), kind),
    h('div', { class: 'cw-actions' },
      h('button', { type: 'button', onclick: download('csv') }, ctx.t('ひな形（CSV）', 'Template (CSV)')),
      h('button', { type: 'button', onclick: download('xlsx') }, ctx.t('ひな形（Excel）', 'Template (Excel)'))),
    field(ctx.t('ファイル（CSV または Excel）', 'File (CSV or Excel)'), file),
    field(ctx.t('文字コード', 'Encoding'), encoding),
    h('div', { class: 'cw-actions' }, h('button', { type: 'submit' }, ctx.t('確認する（試し取り込み）', 'Check (dry run)'))));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    if (!file.files.length) {
      fill(status, h('p', { class: 'notice notice-error', role: 'alert' }, ctx.t('ファイルを選んでください。', 'Choose a file.')));
      return;
    }
    const data = new FormData();
    data.append('file', file.files[0]);
    data.append('kind', kind.value);
    if (encoding.value) data.append('encoding', encoding.value);
    fill(status, h('p', {}, ctx.t('確認しています…', 'Checking…')));
    try {
      const response = await authorizedFetch(ctx, '/imports', { method: 'POST', body: data });
      if (!response.ok) throw await problem(ctx, response);
      fill(status);
      showReport(ctx, report, await response.json());
    } catch (error) {
      fill(status, h('p', { class: 'notice notice-error', role: 'alert' }, error.message));
    }
  });
  fill(body, form, status, report);
}

function showReport(ctx, body, job) {
  const decisions = new Map();
  const confirmStatus = h('div', { 'aria-live': 'polite', id: 'import-progress' });
  const duplicates = job.duplicates || [];
  const errors = job.errors || [];
  fill(body,
    h('h3', {}, ctx.t('確認結果', 'Dry-run report')),
    h('p', { id: 'import-summary' }, ctx.t(
      `${job.fileName || ''}（${job.format || ''}）: ${job.rows}行中 ${job.accepted}行を取り込めます（うち書き込み ${job.toWrite}行）。エラー ${errors.length}件、重複の候補 ${duplicates.length}件。まだ何も保存していません。`,
      `${job.fileName || ''} (${job.format || ''}): ${job.accepted} of ${job.rows} rows can be imported (${job.toWrite} to write); ${errors.length} errors, ${duplicates.length} possible duplicates. Nothing is saved yet.`)),
    (job.unknownColumns || []).length
      ? h('p', { class: 'notice notice-info' }, ctx.t('使われない列: ', 'Unknown columns: '), job.unknownColumns.join('、'))
      : null,
    errors.length
      ? table(ctx.t('エラー（この行は取り込まれません）', 'Errors (these rows are not imported)'),
        [ctx.t('行', 'Row'), ctx.t('列', 'Column'), ctx.t('理由', 'Reason')],
        errors.map((e) => [e.row, e.column || '—', ctx.t(e.reasonJa, e.reasonEn)]))
      : null,
    duplicates.length
      ? table(ctx.t('重複の候補（どうするか選んでください）', 'Possible duplicates (choose what to do)'),
        [ctx.t('行', 'Row'), ctx.t('既にあるもの', 'Already there'), ctx.t('判断', 'Decision')],
        duplicates.map((d) => {
          const choice = select(`decision-${d.row}`, [
            ['CREATE', ctx.t('新規作成', 'Create new')],
            ...d.candidates.flatMap((c) => [[`MERGE:${c.id}`, ctx.t(`「${c.name}」に統合`, `Merge into ${c.name}`)],
              [`LINK:${c.id}`, ctx.t(`「${c.name}」にリンク（変更しない）`, `Link to ${c.name} (unchanged)`)]])],
            d.suggested && d.suggested !== 'CREATE' && d.candidates.length ? `${d.suggested}:${d.candidates[0].id}` : 'CREATE');
          choice.setAttribute('aria-label', ctx.t(`${d.row}行目の判断`, `Decision for row ${d.row}`));
          decisions.set(d.row, choice);
          return [d.row, h('ul', { class: 'cw-list' }, d.candidates.map((c) => h('li', {}, `${c.name}（${ctx.t(c.whyJa, c.whyEn || c.whyJa)}）`))), choice];
        }))
      : null,
    h('div', { class: 'cw-actions' }, h('button', { type: 'button', id: 'import-confirm', disabled: job.accepted === 0,
      onclick: async (event) => {
        event.target.disabled = true;
        const chosen = [...decisions.entries()].map(([row, choice]) => {
          const [decision, candidateId] = choice.value.split(':');
          return { row, decision, candidateId: candidateId || null };
        });
        try {
          const response = await authorizedFetch(ctx, `/imports/${encodeURIComponent(job.id)}/confirm`, {
            method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ decisions: chosen }) });
          if (!response.ok) throw await problem(ctx, response);
          follow(ctx, confirmStatus, await response.json());
        } catch (error) {
          fill(confirmStatus, h('p', { class: 'notice notice-error', role: 'alert' }, error.message));
          event.target.disabled = false;
        }
      } }, ctx.t('取り込む', 'Confirm the import'))),
    confirmStatus);
}

const FINISHED = ['DONE', 'FAILED'];

const STATUS_LABELS = { DRY_RUN: ['確認待ち', 'Waiting for confirmation'], RUNNING: ['書き込み中', 'Writing'],
  DONE: ['完了', 'Done'], FAILED: ['失敗', 'Failed'] };

/** Shows the import's progress (rows written of those to write) until it is finished, asking the hub once a second. */
async function follow(ctx, body, job) {
  let current = job;
  for (;;) {
    const [ja, en] = STATUS_LABELS[current.status] || [current.status, current.status];
    const percent = current.toWrite ? Math.round((100 * current.done) / current.toWrite) : 100;
    fill(body,
      h('p', { role: 'status', id: 'import-state', dataset: { status: current.status } },
        ctx.t(`取り込み: ${ja}（${current.done} / ${current.toWrite}行）`, `Import: ${en} (${current.done} of ${current.toWrite} rows)`)),
      h('progress', { max: 100, value: percent, 'aria-label': ctx.t('取り込みの進み具合', 'Import progress') }),
      current.status === 'DONE'
        ? h('p', {}, ctx.t(`新規 ${current.created}件、更新 ${current.updated}件、リンク ${current.linked}件、変更なし ${current.unchanged}件。`,
          `${current.created} created, ${current.updated} updated, ${current.linked} linked, ${current.unchanged} unchanged.`))
        : null,
      current.failure ? h('p', { class: 'notice notice-error', role: 'alert' }, current.failure) : null);
    if (FINISHED.includes(current.status)) return;
    await new Promise((resolve) => { setTimeout(resolve, 1000); });
    if (!body.isConnected) return;
    const response = await authorizedFetch(ctx, `/imports/${encodeURIComponent(current.id)}`);
    if (!response.ok) {
      fill(body, h('p', { class: 'notice notice-error', role: 'alert' }, (await problem(ctx, response)).message));
      return;
    }
    current = await response.json();
  }
}

// ---- the analysts' graph

function analystGraph(ctx, body) {
  const status = h('div', { 'aria-live': 'polite' });
  const view = h('div', {});
  const reload = () => load(ctx, view, { ja: '分析用グラフの状態', en: "The analysts' graph's status" }, () => ctx.gql(GRAPH_STATUS),
    (d) => {
      const s = d.analystGraphStatus;
      return h('dl', { id: 'analyst-graph-status', class: 'facts' },
        h('dt', {}, ctx.t('最終更新', 'Built at')), h('dd', {}, s.builtAt ? ctx.formatDate(s.builtAt) : ctx.t('未作成', 'never')),
        h('dt', {}, ctx.t('ノード数', 'Nodes')), h('dd', {}, s.nodeCount ?? '—'),
        h('dt', {}, ctx.t('世帯数（保護対象を除く）', 'Households (protected ones left out)')), h('dd', {}, s.households ?? '—'),
        h('dt', {}, ctx.t('前回の所要時間', 'Last build took')),
        h('dd', {}, s.durationMs == null ? '—' : ctx.t(`${(s.durationMs / 1000).toFixed(1)}秒`, `${(s.durationMs / 1000).toFixed(1)} s`)),
        h('dt', {}, ctx.t('状態', 'State')),
        h('dd', {}, s.running ? ctx.t(`更新中 ${s.progress ?? ''}`, `Rebuilding ${s.progress ?? ''}`) : ctx.t('待機中', 'Idle')));
    });
  fill(body, view, h('div', { class: 'cw-actions' }, h('button', { type: 'button', id: 'rebuild-analyst-graph', onclick: async () => {
    try {
      const payload = (await ctx.gql(REBUILD, { input: {} })).rebuildAnalystGraph;
      fill(status, userErrors(ctx, payload.errors) || done(ctx.t('更新を始めました。', 'The rebuild has started.')));
      const poll = async () => {
        const d = await reload();
        if (d?.analystGraphStatus?.running && view.isConnected) setTimeout(poll, 1000);
      };
      setTimeout(poll, 500);
    } catch (error) {
      fill(status, failure(ctx, error, { ja: '分析用グラフの更新', en: "Rebuilding the analysts' graph" }));
    }
  } }, ctx.t('今すぐ更新する', 'Rebuild now'))), status);
  return reload();
}
