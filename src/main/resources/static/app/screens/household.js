// 世帯カード: one household's needs, supporters and who knows it; the services that can help, with why and the warm
// path; a referral; the contact log; the 支援プラン and its tasks. The API decides who sees a household: this screen
// shows what it returns, and says so politely when it refuses.
import {
  h, field, select, section, fill, load, failure, userErrors, done, date, routeParameter, table, ensureStyles, uid,
} from './casework/common.js';

const PATH = '#/household';

const HOUSEHOLDS = `query Households($first: Int, $after: String) {
  households(first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor }
    edges { node { id code memberCount flagLabelsJa area { name }
      issues { status need { labelJa labelEn } } } }
  }
}`;

const HOUSEHOLD = `query Household($id: ID!) {
  household(id: $id) {
    id code memberCount flags flagLabelsJa protection
    area { code name parent { name } }
    issues { status statusLabelJa since need { code labelJa labelEn } }
    supporters { since lastContact supporter { __typename ... on Organization { id name } ... on Person { id name } } }
    consents { id scope scopeLabelJa active givenAt withdrawnAt organizations { id name } }
  }
}`;

const WHO_KNOWS = `query WhoKnows($id: ID!) {
  whoKnows(household: $id, includeLapsed: true) {
    liveContactDays
    knowers { live lastContact node { id name kindLabelJa subKindLabelJa }
      ties { kind kindLabelJa live lastContact } networks { id name } }
    networks { network { id name } knowers { id name } }
  }
}`;

const DISCOVER = `query Discover($id: ID!, $first: Int, $after: String) {
  discover(household: $id, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor }
    unaddressed { messageJa message }
    edges { node { rank score warm viaSupporter reasons availabilityLabelJa
      service { id name schedule provider { id name } }
      covers { labelJa labelEn }
      preventive { need { labelJa labelEn } }
      warmestPath { length nodes { id name kindLabelJa } ties { kindLabelJa } } } }
  }
}`;

const REFERRALS = `query Referrals($first: Int) {
  referrals(first: $first) {
    edges { node { id version householdId status statusLabelJa nextStatuses createdAt from { name } to { name } } }
  }
}`;

const TRANSITION = `mutation Transition($input: TransitionReferralInput!) {
  transitionReferral(input: $input) { referral { id status statusLabelJa } errors { field message } }
}`;

const REFER = `mutation Refer($input: ReferHouseholdInput!) {
  referHousehold(input: $input) { referral { id status statusLabelJa to { name } } errors { field message } }
}`;

const CONTACTS = `query Contacts($id: ID!, $first: Int) {
  contacts(householdId: $id, first: $first) {
    totalCount
    edges { node { id at kind kindLabelJa outcome outcomeLabelJa reached note voided organization { name } person { name } } }
  }
}`;

const RECORD_CONTACT = `mutation RecordContact($input: RecordContactInput!) {
  recordContact(input: $input) { contact { id } errors { field message } }
}`;

const SUPPORT_PLAN = `query SupportPlan($id: ID!) {
  supportPlan(householdId: $id) {
    id version latestVersion goals reviewOn decisions savedBy savedAt
    tasks(first: 50) { edges { node { id kind title dueOn status statusLabelJa overdue
      ownerOrganization { id name } ownerPerson { id name } } } }
  }
}`;

const SAVE_PLAN = `mutation SavePlan($input: SaveSupportPlanInput!) {
  saveSupportPlan(input: $input) { plan { id version } errors { field message } }
}`;

const UPDATE_TASK = `mutation UpdatePlanTask($input: UpdatePlanTaskInput!) {
  updatePlanTask(input: $input) { task { id status statusLabelJa } errors { field message } }
}`;

export default {
  id: 'household',
  path: PATH,
  titleJa: '世帯カード',
  titleEn: 'Household card',
  roles: null,
  async render(root, ctx) {
    ensureStyles();
    const householdId = routeParameter(PATH);
    if (householdId) await renderCard(root, ctx, householdId);
    else await renderList(root, ctx);
  },
};

const HOUSEHOLDS_WHAT = { ja: '世帯の情報', en: 'Household information' };

function renderList(root, ctx) {
  root.append(h('p', {}, ctx.t(
    'ご担当の世帯です。世帯は記号で示し、氏名・住所は保存していません。',
    'The households you may see, by their pseudonymous codes: no names or addresses are stored.')));
  const body = section(root, 'household-list', ctx.t('世帯一覧', 'Households'));
  const rows = [];
  const more = async (after) => {
    await load(ctx, body, HOUSEHOLDS_WHAT, () => ctx.gql(HOUSEHOLDS, { first: 20, after }), (data) => {
      const connection = data.households;
      for (const { node } of connection.edges) {
        rows.push([
          h('a', { href: `${PATH}/${encodeURIComponent(node.id)}` }, node.code),
          node.area?.name || '—',
          node.memberCount ?? '—',
          node.flagLabelsJa.join('・') || '—',
          node.issues.filter((i) => i.status !== 'RESOLVED').map((i) => ctx.t(i.need.labelJa, i.need.labelEn)).join('、') || '—',
        ]);
      }
      return [
        h('p', {}, ctx.t(`${connection.totalCount}世帯`, `${connection.totalCount} households`)),
        table(null, [ctx.t('世帯', 'Household'), ctx.t('地域', 'Area'), ctx.t('人数', 'Members'),
          ctx.t('世帯の状況', 'Circumstances'), ctx.t('未解決の課題', 'Open needs')], rows),
        connection.pageInfo.hasNextPage
          ? h('button', { type: 'button', class: 'cw-button', onclick: () => more(connection.pageInfo.endCursor) },
            ctx.t('さらに表示', 'Show more'))
          : null,
      ];
    });
  };
  return more(null);
}

async function renderCard(root, ctx, id) {
  root.append(h('p', {}, h('a', { href: PATH }, ctx.t('← 世帯一覧へ', '← All households'))));
  const summary = section(root, 'household-summary', ctx.t('世帯の概要と生活課題', 'The household and its needs'));
  const data = await load(ctx, summary, HOUSEHOLDS_WHAT, () => ctx.gql(HOUSEHOLD, { id }), (d) => renderSummary(ctx, d.household));
  if (!data || !data.household) return;
  const household = data.household;
  const grid = h('div', { class: 'cw-grid' });
  root.append(grid);
  const knowers = section(grid, 'household-who-knows', ctx.t('この世帯を知っている人・機関', 'Who knows this household'));
  const plan = section(grid, 'household-plan', ctx.t('支援プランとタスク', 'Support plan and tasks'));
  const services = section(root, 'household-discover', ctx.t('支援につながる社会資源（理由とつながりの経路）', 'Services that can help (why, and the warm path)'));
  const referrals = section(root, 'household-referrals', ctx.t('この世帯のつなぎ', 'Referrals of this household'));
  const contacts = section(root, 'household-contacts', ctx.t('支援経過（接触の記録）', 'Contact log'));

  const reloadReferrals = () => load(ctx, referrals, { ja: 'つなぎの一覧', en: 'Referrals' },
    () => ctx.gql(REFERRALS, { first: 50 }), (d) => renderReferrals(ctx, d.referrals, id, reloadReferrals));
  // one after another: on a busy hub, six heavy reads at once each risk the request time limit
  await load(ctx, knowers, { ja: '世帯を知っている人・機関', en: 'Who knows the household' },
    () => ctx.gql(WHO_KNOWS, { id }), (d) => renderWhoKnows(ctx, d.whoKnows));
  await renderDiscover(ctx, services, household, reloadReferrals);
  await renderPlan(ctx, plan, household);
  await renderContacts(ctx, contacts, household);
  await reloadReferrals();
}

function renderSummary(ctx, household) {
  if (!household) {
    return h('p', { class: 'notice notice-info' }, ctx.t(
      'この世帯は見つからないか、ご担当の範囲外のためご覧いただけません。',
      'This household does not exist or is outside what you may see.'));
  }
  const open = household.issues.filter((i) => i.status !== 'RESOLVED');
  return [
    h('dl', { class: 'facts' },
      h('dt', {}, ctx.t('世帯記号', 'Code')), h('dd', { id: 'household-code' }, household.code),
      h('dt', {}, ctx.t('地域', 'Area')), h('dd', {}, [household.area?.parent?.name, household.area?.name].filter(Boolean).join(' ') || '—'),
      h('dt', {}, ctx.t('世帯人数', 'Members')), h('dd', {}, household.memberCount ?? '—'),
      h('dt', {}, ctx.t('世帯の状況', 'Circumstances')),
      h('dd', {}, household.flagLabelsJa.length ? household.flagLabelsJa.map((f, i) => h('span', { class: 'cw-tag' }, ctx.label(f, household.flags[i]))) : '—')),
    table(ctx.t(`生活課題（未解決 ${open.length}件）`, `Needs (${open.length} open)`),
      [ctx.t('課題', 'Need'), ctx.t('状況', 'Status'), ctx.t('いつから', 'Since')],
      household.issues.map((i) => [ctx.t(i.need.labelJa, i.need.labelEn), ctx.label(i.statusLabelJa, i.status), date(ctx, i.since)])),
    table(ctx.t('支援者', 'Supporters'), [ctx.t('支援者', 'Supporter'), ctx.t('支援開始', 'Since'), ctx.t('最終接触日', 'Last contact')],
      household.supporters.map((s) => [s.supporter.name, date(ctx, s.since), date(ctx, s.lastContact)])),
    table(ctx.t('本人の同意', 'Consents'), [ctx.t('範囲', 'Scope'), ctx.t('対象の機関', 'Organisations'), ctx.t('状態', 'State')],
      household.consents.map((c) => [ctx.label(c.scopeLabelJa, c.scope), c.organizations.map((o) => o.name).join('、'),
        c.active ? ctx.t(`有効（${date(ctx, c.givenAt)}）`, `active (${date(ctx, c.givenAt)})`)
          : ctx.t(`撤回（${date(ctx, c.withdrawnAt)}）`, `withdrawn (${date(ctx, c.withdrawnAt)})`)])),
  ];
}

function renderWhoKnows(ctx, whoKnows) {
  return [
    h('p', { class: 'cw-hint' }, ctx.t(`最終接触から${whoKnows.liveContactDays}日以内のつながりを「生きている」とします。`,
      `A tie is live within ${whoKnows.liveContactDays} days of the last contact.`)),
    h('ul', { class: 'cw-list', id: 'who-knows-list' }, whoKnows.knowers.map((k) => h('li', {},
      h('strong', {}, k.node.name), ` (${k.node.subKindLabelJa || k.node.kindLabelJa}) `,
      h('span', { class: k.live ? 'cw-live' : 'cw-lapsed' }, k.live ? ctx.t('つながりあり', 'live') : ctx.t('途切れがち', 'lapsed')),
      ' ', k.ties.map((t) => h('span', { class: 'cw-tag' }, ctx.label(t.kindLabelJa, t.kind))),
      k.lastContact ? ctx.t(` 最終接触 ${date(ctx, k.lastContact)}`, ` last contact ${date(ctx, k.lastContact)}`) : ''))),
    whoKnows.networks.length
      ? h('p', {}, ctx.t('集まれる場: ', 'Where they meet: '),
        whoKnows.networks.map((n) => `${n.network.name}（${n.knowers.map((k) => k.name).join('、')}）`).join(' / '))
      : null,
  ];
}

function renderDiscover(ctx, body, household, afterReferral) {
  const results = [];
  const page = async (after) => {
    await load(ctx, body, { ja: '社会資源の検索', en: 'Service discovery' },
      () => ctx.gql(DISCOVER, { id: household.id, first: 10, after }), (d) => {
        const connection = d.discover;
        for (const { node } of connection.edges) results.push(renderResult(ctx, node, household, afterReferral));
        return [
          connection.unaddressed.length
            ? h('div', { class: 'notice notice-info' }, h('p', {}, ctx.t('地域のすき間:', 'Gaps in the area:')),
              h('ul', {}, connection.unaddressed.map((u) => h('li', {}, ctx.t(u.messageJa, u.message)))))
            : null,
          h('p', {}, ctx.t(`${connection.totalCount}件（よく合う順）`, `${connection.totalCount} services, best first`)),
          h('ol', { class: 'cw-list', id: 'discover-list' }, results),
          connection.pageInfo.hasNextPage
            ? h('button', { type: 'button', class: 'cw-button', onclick: () => page(connection.pageInfo.endCursor) },
              ctx.t('さらに表示', 'Show more'))
            : null,
        ];
      });
  };
  return page(null);
}

function renderResult(ctx, result, household, afterReferral) {
  const status = h('div', { 'aria-live': 'polite' });
  const provider = result.service.provider;
  const path = result.warmestPath;
  return h('li', { class: 'cw-card discover-result' },
    h('h3', {}, result.service.name, provider ? ` — ${provider.name}` : ''),
    h('p', {}, ctx.t('対応する課題: ', 'Covers: '), result.covers.map((n) => h('span', { class: 'cw-tag' }, ctx.t(n.labelJa, n.labelEn))),
      ctx.t(` 利用できる範囲: ${result.availabilityLabelJa}`, ` Available: ${result.availabilityLabelJa}`)),
    h('ul', { class: 'cw-list' }, result.reasons.map((r) => h('li', {}, r))),
    path
      ? h('p', { class: 'cw-path' }, ctx.t('つながりの経路: ', 'Warm path: '),
        path.nodes.map((n, i) => (i === 0 ? n.name : ` →（${path.ties[i - 1].kindLabelJa}）→ ${n.name}`)).join(''))
      : h('p', { class: 'cw-path' }, ctx.t('つながりの経路: まだありません（新規の依頼）', 'Warm path: none yet (a cold contact)')),
    provider
      ? h('div', { class: 'cw-actions' }, h('button', {
        type: 'button',
        class: 'cw-button',
        'aria-label': ctx.t(`${provider.name}へつなぐ`, `Refer to ${provider.name}`),
        onclick: async (event) => {
          event.target.disabled = true;
          try {
            const d = await ctx.gql(REFER, { input: { householdId: household.id, organizationId: provider.id } });
            const payload = d.referHousehold;
            fill(status, userErrors(ctx, payload.errors)
              || done(ctx.t(`${payload.referral.to.name}へつなぎました（${payload.referral.statusLabelJa}）。`,
                `Referred to ${payload.referral.to.name} (${ctx.label(payload.referral.statusLabelJa, payload.referral.status)}).`)));
            if (!payload.errors.length) afterReferral();
          } catch (error) {
            fill(status, failure(ctx, error, { ja: 'つなぎ', en: 'Referring' }));
          } finally {
            event.target.disabled = false;
          }
        },
      }, ctx.t(`${provider.name}へつなぐ`, `Refer to ${provider.name}`)))
      : null,
    status);
}

function renderReferrals(ctx, referrals, householdId, reload) {
  const mine = referrals.edges.map((e) => e.node).filter((r) => r.householdId === householdId);
  if (!mine.length) return h('p', {}, ctx.t('この世帯のつなぎはまだありません。', 'No referrals of this household yet.'));
  return table(null, [ctx.t('依頼日', 'Date'), ctx.t('依頼元', 'From'), ctx.t('依頼先', 'To'), ctx.t('状況', 'Status'),
    ctx.t('次の手続き', 'Next step')],
  mine.map((r) => [date(ctx, r.createdAt, true), r.from.name, r.to.name, ctx.label(r.statusLabelJa, r.status),
    r.nextStatuses.length ? referralStep(ctx, r, reload) : '—']));
}

// The moves of the lifecycle as the person making them says them, the reasons to close one and the outcomes.
const STEPS = {
  REQUESTED: ['依頼する', 'Send the request'], RECEIVED: ['受け付ける', 'Acknowledge'], ACCEPTED: ['受け入れる', 'Accept'],
  REJECTED: ['辞退する', 'Decline'], IN_PROGRESS: ['支援を始める（再開する）', 'Start (or resume) support'],
  ON_HOLD: ['保留にする', 'Put on hold'], COMPLETED: ['完了にする（結果を記録）', 'Complete with the outcome'],
  FAILED: ['不成立にする', 'Close as failed'], CANCELLED: ['取り消す', 'Cancel'],
};
const CLOSING_REASONS = [['NO_CAPACITY', '受入枠がない', 'No capacity'], ['NOT_ELIGIBLE', '対象外', 'Not eligible'],
  ['OUT_OF_AREA', '区域外', 'Out of area'], ['HOUSEHOLD_UNREACHABLE', '世帯と連絡がつかない', 'Household unreachable'],
  ['HOUSEHOLD_DECLINED', '世帯が希望しない', 'The household declined'], ['OTHER', 'その他', 'Other']];
const OUTCOMES = [['SERVICE_STARTED', 'サービス利用開始', 'Service started'], ['EMPLOYED', '就労', 'Employed'],
  ['PUBLIC_ASSISTANCE_APPLIED', '生活保護申請', 'Applied for public assistance'], ['RESOLVED', '解決', 'Resolved'],
  ['CONNECTED_TO_COMMUNITY', '地域の居場所・活動につながった', 'Connected to the community'], ['OTHER', 'その他', 'Other']];

/**
 * The next step of one referral: the moves the API says the caller's organisation may make now, with a reason to
 * decline, cancel or fail and an outcome (and how it was confirmed) to complete; sent with the version read.
 */
function referralStep(ctx, referral, reload) {
  const who = ctx.t(`${referral.from.name}から${referral.to.name}への`, `from ${referral.from.name} to ${referral.to.name}`);
  const to = select('to', referral.nextStatuses.map((s) => [s, ctx.t(...(STEPS[s] || [s, s]))]), referral.nextStatuses[0]);
  const reason = select('reason', CLOSING_REASONS.map(([v, ja, en]) => [v, ctx.t(ja, en)]), 'NO_CAPACITY');
  const reasonText = h('input', { type: 'text', name: 'reasonText', maxlength: 500 });
  const outcome = select('outcome', OUTCOMES.map(([v, ja, en]) => [v, ctx.t(ja, en)]), 'SERVICE_STARTED');
  const outcomeText = h('input', { type: 'text', name: 'outcomeText', maxlength: 500 });
  const contactKind = select('contactKind', CONTACT_KINDS.map(([v, ja, en]) => [v, ctx.t(ja, en)]), 'OFFICE_VISIT');
  const reasonFields = h('div', { class: 'cw-grid referral-reason' },
    field(ctx.t('理由', 'Reason'), reason), field(ctx.t('理由（その他のとき）', 'Reason (when other)'), reasonText));
  const outcomeFields = h('div', { class: 'cw-grid referral-outcome' },
    field(ctx.t('結果', 'Outcome'), outcome), field(ctx.t('結果（その他のとき）', 'Outcome (when other)'), outcomeText),
    field(ctx.t('完了を確認した方法', 'How it was confirmed'), contactKind));
  const status = h('div', { 'aria-live': 'polite' });
  const needsReason = () => ['REJECTED', 'CANCELLED', 'FAILED'].includes(to.value);
  const needsOutcome = () => to.value === 'COMPLETED';
  // style, not the hidden attribute: the grid's display would show them anyway
  const shown = () => {
    reasonFields.style.display = needsReason() ? '' : 'none';
    outcomeFields.style.display = needsOutcome() ? '' : 'none';
  };
  to.addEventListener('change', shown);
  shown();
  const form = h('form', { class: 'cw-form referral-step', dataset: { referral: referral.id },
    'aria-label': ctx.t(`${who}つなぎの次の手続き`, `The next step of the referral ${who}`) },
  field(ctx.t('次の手続き', 'Next step'), to), reasonFields, outcomeFields,
  h('div', { class: 'cw-actions' }, h('button', { type: 'submit' }, ctx.t('手続きを記録する', 'Record the step'))), status);
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const input = { referralId: referral.id, to: to.value, expectedVersion: referral.version };
    if (needsReason()) Object.assign(input, { reason: reason.value, reasonText: reasonText.value.trim() || null });
    if (needsOutcome()) {
      Object.assign(input, { outcome: outcome.value, outcomeText: outcomeText.value.trim() || null, contactKind: contactKind.value });
    }
    try {
      const payload = (await ctx.gql(TRANSITION, { input })).transitionReferral;
      fill(status, userErrors(ctx, payload.errors) || done(ctx.t(`${payload.referral.statusLabelJa}にしました。`,
        `Now ${ctx.label(payload.referral.statusLabelJa, payload.referral.status)}.`)));
      if (!payload.errors.length) setTimeout(reload, 800);
    } catch (error) {
      fill(status, failure(ctx, error, { ja: 'つなぎの手続き', en: 'The referral step' }));
    }
  });
  return form;
}

/** The contact log and the form to add to it; also used by the loan follow-up screen. */
export function renderContacts(ctx, body, household, defaultOutcome = 'CHECKED_IN') {
  const list = h('div', { class: 'contact-list' });
  const reload = () => load(ctx, list, { ja: '支援経過', en: 'The contact log' },
    () => ctx.gql(CONTACTS, { id: household.id, first: 20 }), (d) => {
      const edges = d.contacts.edges;
      if (!edges.length) return h('p', {}, ctx.t('記録はまだありません。', 'No contacts recorded yet.'));
      return table(ctx.t(`支援経過（${d.contacts.totalCount}件）`, `Contacts (${d.contacts.totalCount})`),
        [ctx.t('日時', 'When'), ctx.t('方法', 'How'), ctx.t('結果', 'Outcome'), ctx.t('記録した機関', 'By'), ctx.t('メモ', 'Note')],
        edges.map(({ node }) => [date(ctx, node.at, true), ctx.label(node.kindLabelJa, node.kind),
          node.voided ? ctx.t(`${node.outcomeLabelJa}（取消）`, `${ctx.label(node.outcomeLabelJa, node.outcome)} (void)`)
            : ctx.label(node.outcomeLabelJa, node.outcome),
          [node.organization?.name, node.person?.name].filter(Boolean).join(' / ') || '—', node.note || '—']));
    });
  fill(body, contactForm(ctx, household, reload, defaultOutcome), list);
  return reload();
}

const CONTACT_KINDS = [['VISIT', '訪問', 'Visit'], ['PHONE', '電話', 'Phone call'], ['OFFICE_VISIT', '来所', 'At the office'],
  ['ACCOMPANIMENT', '同行', 'Accompanied'], ['MEETING', '会議', 'Meeting'], ['ONLINE', 'オンライン', 'Online'], ['LETTER', '手紙', 'Letter']];

const CONTACT_OUTCOMES = [['CHECKED_IN', '状況確認', 'Checked in'], ['CONSULTED', '相談対応', 'Consulted'],
  ['SERVICE_ARRANGED', 'サービス調整', 'Service arranged'], ['REFERRAL_COMPLETED', 'つなぎの完了', 'Referral completed'],
  ['REPAYMENT_CONSULTATION', '償還相談', 'Repayment consultation'],
  ['EXEMPTION_APPLICATION_SUPPORT', '免除申請支援', 'Help with an exemption application'],
  ['NOT_AT_HOME', '不在（会えなかった）', 'Not at home'], ['UNREACHABLE', '連絡不通', 'Unreachable'],
  ['ADDRESS_UNKNOWN', '住所不明', 'Address unknown']];

function contactForm(ctx, household, afterSave, defaultOutcome) {
  // now in Japan, for the date and time inputs' defaults
  const japanNow = new Date(Date.now() + 9 * 3600 * 1000).toISOString();
  const day = h('input', { type: 'date', name: 'day', value: japanNow.slice(0, 10), required: true });
  const time = h('input', { type: 'time', name: 'time', value: japanNow.slice(11, 16), required: true });
  const kind = select('kind', CONTACT_KINDS.map(([value, ja, en]) => [value, ctx.t(ja, en)]), 'VISIT');
  const outcome = select('outcome', CONTACT_OUTCOMES.map(([value, ja, en]) => [value, ctx.t(ja, en)]), defaultOutcome);
  const note = h('textarea', { name: 'note', rows: 3, maxlength: 1000 });
  const status = h('div', { 'aria-live': 'polite' });
  const form = h('form', { class: 'cw-form contact-form', 'aria-label': ctx.t(`${household.code}との接触を記録`, `Record a contact with ${household.code}`) },
    h('div', { class: 'cw-grid' }, field(ctx.t('日付', 'Date'), day), field(ctx.t('時刻', 'Time'), time),
      field(ctx.t('方法', 'How'), kind), field(ctx.t('結果', 'Outcome'), outcome)),
    field(ctx.t('メモ（必要な範囲で。氏名・住所は書かないでください）', 'Note (only what is needed; no names or addresses)'), note),
    h('div', { class: 'cw-actions' }, h('button', { type: 'submit' }, ctx.t('接触を記録する', 'Record the contact'))),
    status);
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    try {
      const d = await ctx.gql(RECORD_CONTACT, { input: {
        householdId: household.id, kind: kind.value, outcome: outcome.value,
        at: `${day.value}T${time.value}:00+09:00`, note: note.value.trim() || null } });
      const payload = d.recordContact;
      fill(status, userErrors(ctx, payload.errors) || done(ctx.t('接触を記録しました。', 'The contact is recorded.')));
      if (!payload.errors.length) {
        note.value = '';
        afterSave();
      }
    } catch (error) {
      fill(status, failure(ctx, error, { ja: '接触の記録', en: 'Recording a contact' }));
    }
  });
  return form;
}

function renderPlan(ctx, body, household) {
  const reload = () => load(ctx, body, { ja: '支援プラン', en: 'The support plan' }, () => ctx.gql(SUPPORT_PLAN, { id: household.id }), (d) => {
    // a version holds at most 50 tasks: one page has them all
    const plan = d.supportPlan && { ...d.supportPlan, tasks: d.supportPlan.tasks.edges.map((e) => e.node) };
    return [
      plan
        ? [
          h('p', {}, ctx.t(`第${plan.version}版（${date(ctx, plan.savedAt)}、${plan.savedBy || ''}）　見直し予定: ${date(ctx, plan.reviewOn)}`,
            `Version ${plan.version} (${date(ctx, plan.savedAt)}, ${plan.savedBy || ''}); review on ${date(ctx, plan.reviewOn)}`)),
          h('ul', { class: 'cw-list', id: 'plan-goals' }, plan.goals.map((goal) => h('li', {}, goal))),
          plan.decisions ? h('p', {}, ctx.t('会議での決定: ', 'Decided: '), plan.decisions) : null,
          plan.tasks.length
            ? table(ctx.t('タスク', 'Tasks'), [ctx.t('内容', 'Task'), ctx.t('担当', 'Owner'), ctx.t('期限', 'Due'), ctx.t('状況', 'Status')],
              plan.tasks.map((task) => [task.title, task.ownerOrganization?.name || task.ownerPerson?.name || '—',
                task.overdue ? h('span', { class: 'cw-lapsed' }, date(ctx, task.dueOn), ctx.t('（期限切れ）', ' (overdue)')) : date(ctx, task.dueOn),
                taskStatus(ctx, task)]))
            : h('p', {}, ctx.t('タスクはありません。', 'No tasks.')),
        ]
        : h('p', {}, ctx.t('支援プランはまだありません。', 'No support plan yet.')),
      planForm(ctx, household, plan, reload),
    ];
  });
  return reload();
}

/** Saves a new version of the plan: its goals and review date, the tasks it has, and one new task for my organisation. */
function planForm(ctx, household, plan, afterSave) {
  if (!['COORDINATOR', 'MEMBER_STAFF'].includes(ctx.caller?.role)) return null;
  const goals = h('textarea', { name: 'goals', rows: 3, required: true }, plan ? plan.goals.join('\n') : '');
  const japanToday = new Date(Date.now() + 9 * 3600 * 1000);
  const inThreeMonths = new Date(japanToday.getTime() + 90 * 24 * 3600 * 1000).toISOString().slice(0, 10);
  const reviewOn = h('input', { type: 'date', name: 'reviewOn', required: true, value: plan ? plan.reviewOn : inThreeMonths });
  const taskTitle = h('input', { type: 'text', name: 'taskTitle', autocomplete: 'off' });
  const taskDue = h('input', { type: 'date', name: 'taskDue',
    value: new Date(japanToday.getTime() + 14 * 24 * 3600 * 1000).toISOString().slice(0, 10) });
  const status = h('div', { 'aria-live': 'polite' });
  const form = h('form', { class: 'cw-form', id: 'plan-form', 'aria-label': ctx.t('支援プランを保存', 'Save the support plan') },
    h('h3', {}, plan ? ctx.t('支援プランを改訂する', 'Revise the plan') : ctx.t('支援プランを作る', 'Make a plan')),
    field(ctx.t('目標（1行に1つ）', 'Goals (one a line)'), goals),
    field(ctx.t('見直し日', 'Review on'), reviewOn),
    field(ctx.t('新しいタスク（自分の組織が担当）', 'A new task (for my organisation)'), taskTitle),
    field(ctx.t('タスクの期限', "The task's due date"), taskDue),
    h('div', { class: 'cw-actions' }, h('button', { type: 'submit' }, ctx.t('新しい版として保存', 'Save as a new version'))),
    status);
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const tasks = (plan ? plan.tasks : []).filter((t) => t.kind !== 'REVIEW').map((t) => ({
      title: t.title, dueOn: t.dueOn, status: t.status,
      ownerOrganizationId: t.ownerOrganization?.id || null, ownerPersonId: t.ownerOrganization ? null : t.ownerPerson?.id || null }));
    if (taskTitle.value.trim()) {
      tasks.push({ title: taskTitle.value.trim(), dueOn: taskDue.value, ownerOrganizationId: ctx.caller.organization?.id || null });
    }
    try {
      const payload = (await ctx.gql(SAVE_PLAN, { input: {
        householdId: household.id, expectedVersion: plan ? plan.latestVersion : 0,
        goals: goals.value.split('\n').map((g) => g.trim()).filter(Boolean), reviewOn: reviewOn.value, tasks } })).saveSupportPlan;
      fill(status, userErrors(ctx, payload.errors)
        || done(ctx.t(`第${payload.plan.version}版を保存しました。`, `Version ${payload.plan.version} is saved.`)));
      if (!payload.errors.length) setTimeout(afterSave, 600);
    } catch (error) {
      fill(status, failure(ctx, error, { ja: '支援プランの保存', en: 'Saving the plan' }));
    }
  });
  return form;
}

function taskStatus(ctx, task) {
  if (task.status === 'DONE' || task.status === 'CANCELLED') return ctx.label(task.statusLabelJa, task.status);
  const status = h('span', { 'aria-live': 'polite' }, ctx.label(task.statusLabelJa, task.status), ' ');
  const button = h('button', { type: 'button', class: 'cw-button', id: uid('task-done'),
    'aria-label': ctx.t(`「${task.title}」を完了にする`, `Mark "${task.title}" done`),
    onclick: async (event) => {
      try {
        const d = await ctx.gql(UPDATE_TASK, { input: { taskId: task.id, status: 'DONE' } });
        const payload = d.updatePlanTask;
        fill(status, userErrors(ctx, payload.errors) || ctx.label(payload.task.statusLabelJa, payload.task.status));
        if (!payload.errors.length) event.target.remove();
      } catch (error) {
        fill(status, failure(ctx, error, { ja: 'タスクの更新', en: 'Updating the task' }));
      }
    } }, ctx.t('完了にする', 'Mark done'));
  return [status, button];
}
