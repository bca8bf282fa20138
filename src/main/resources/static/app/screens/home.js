// ホーム: what waits for me (referrals to answer, tasks due, ties fading, consents withdrawn) and my council's counts.
// Each part loads on its own, so a part the caller's role may not see says so without hiding the others.
import { token } from '../api.js';
import {
  h, select, section, fill, load, failure, userErrors, done, date, table, ensureStyles, hasRole,
} from './casework/common.js';

const WAITING_REFERRALS = `query WaitingReferrals {
  requested: referrals(filter: { status: REQUESTED, direction: INCOMING }, first: 20) {
    totalCount
    edges { node { id version householdId status statusLabelJa requestedAt from { name } } }
  }
  received: referrals(filter: { status: RECEIVED, direction: INCOMING }, first: 20) {
    totalCount
    edges { node { id version householdId status statusLabelJa requestedAt from { name } } }
  }
}`;

const TRANSITION = `mutation Transition($input: TransitionReferralInput!) {
  transitionReferral(input: $input) { referral { id status statusLabelJa } errors { field message } }
}`;

const DECLINE_REASONS = [['NO_CAPACITY', '受入枠がない', 'No capacity'], ['NOT_ELIGIBLE', '対象外', 'Not eligible'],
  ['OUT_OF_AREA', '区域外', 'Out of area'], ['HOUSEHOLD_UNREACHABLE', '世帯と連絡がつかない', 'Household unreachable'],
  ['HOUSEHOLD_DECLINED', '世帯が希望しない', 'The household declined']];

const MY_TASKS = `query MyTasks {
  myTasks(first: 20) {
    totalCount
    edges { node { id kind title status statusLabelJa dueOn overdue householdId } }
  }
}`;

const FADING = `query Fading {
  lostConnections(first: 10) {
    totalCount
    edges { node { reasonLabelJa daysSinceContact openNeedCount household { id code area { name } } } }
  }
}`;

const INBOX = `query Inbox {
  inbox(first: 20) {
    totalCount
    edges { node { id kind householdId createdAt } }
  }
}`;

const FIGURES = `query Figures {
  caseworkFigures {
    referralsByStatus { status count }
    timeToAccept { accepted medianHours }
    contactsPerMonth { month count }
  }
}`;

export default {
  id: 'home',
  path: '#/home',
  titleJa: 'ホーム',
  titleEn: 'Home',
  roles: null,
  async render(root, ctx) {
    ensureStyles();
    const who = ctx.caller;
    fill(root, h('p', {}, ctx.t(`${who?.organization?.name || ''} ${who?.username || ''}さん（${who?.roleLabelJa || ''}）の受信箱です。`,
        `The inbox of ${who?.username || ''} (${who?.role || ''}) ${who?.organization?.name || ''}.`)));
    if (!hasRole(ctx, 'COORDINATOR', 'MEMBER_STAFF', 'COMMISSIONED_VOLUNTEER')) {
      root.append(h('p', { class: 'notice notice-info' }, ctx.t(
        'ご担当の役割には、世帯についての受信箱はありません。上のメニューから「団体・サービスを探す」「すき間を見る」などをお使いください。',
        'Your role has no household inbox. Use the menu above: search, gaps, reports.')));
      return;
    }
    const grid = h('div', { class: 'cw-grid' });
    root.append(grid);
    const loads = [];
    let reloadReferrals = null;
    if (hasRole(ctx, 'COORDINATOR', 'MEMBER_STAFF')) {
      const referrals = section(grid, 'home-referrals', ctx.t('返事を待っているつなぎ', 'Referrals waiting for you'));
      // the last answer given here, shown above the list so that a reload (after the answer, or on a live event)
      // does not take the confirmation away
      const answered = { text: null };
      const reload = () => load(ctx, referrals, { ja: 'つなぎ', en: 'Referrals' }, () => ctx.gql(WAITING_REFERRALS),
        (d) => waitingReferrals(ctx, d, reload, answered));
      reloadReferrals = reload;
      loads.push(reload());
    }
    const tasks = section(grid, 'home-tasks', ctx.t('期限が近いタスク', 'Tasks due'));
    loads.push(load(ctx, tasks, { ja: 'タスク', en: 'Tasks' }, () => ctx.gql(MY_TASKS), (d) => myTasks(ctx, d.myTasks)));
    const fading = section(grid, 'home-fading', ctx.t('つながりが切れかけている世帯', 'Ties fading'));
    loads.push(load(ctx, fading, { ja: 'つながりの状況', en: 'Fading ties' }, () => ctx.gql(FADING),
      (d) => fadingTies(ctx, d.lostConnections)));
    const inbox = section(grid, 'home-inbox', ctx.t('お知らせ（同意の撤回など）', 'Notices (consent withdrawn and more)'));
    loads.push(load(ctx, inbox, { ja: 'お知らせ', en: 'Notices' }, () => ctx.gql(INBOX), (d) => notices(ctx, d.inbox))
      .then(() => listen(ctx, inbox, (event) => {
        if (event.kind === 'REFERRAL_CHANGED' && reloadReferrals) reloadReferrals();
      })));
    if (hasRole(ctx, 'COORDINATOR')) {
      const figures = section(root, 'home-figures', ctx.t(`${ctx.caller.organization?.name || ''}の件数`, 'My council in figures'));
      loads.push(load(ctx, figures, { ja: '件数', en: 'Figures' }, () => ctx.gql(FIGURES),
        (d) => councilFigures(ctx, d.caseworkFigures)));
    }
    await Promise.all(loads);
  },
};

function householdLink(id, text) {
  return h('a', { href: `#/household/${encodeURIComponent(id)}` }, text);
}

function waitingReferrals(ctx, data, reload, answered) {
  const waiting = [...data.requested.edges, ...data.received.edges].map(({ node }) => node);
  return h('div', { id: 'waiting-referrals' },
    answered.text ? done(answered.text) : null,
    waiting.length ? waitingList(ctx, waiting, reload, answered)
      : h('p', {}, ctx.t('返事を待っているつなぎはありません。', 'No referrals are waiting.')));
}

function waitingList(ctx, waiting, reload, answered) {
  return h('ul', { class: 'cw-list' }, waiting.map((node) => {
    const status = h('div', { 'aria-live': 'polite' });
    const from = node.from.name;
    const move = (to, reason) => async () => {
      try {
        const d = await ctx.gql(TRANSITION, { input: { referralId: node.id, to, expectedVersion: node.version, reason: reason ? reason.value : null } });
        const payload = d.transitionReferral;
        const answer = ctx.label(payload.referral.statusLabelJa, payload.referral.status);
        fill(status, userErrors(ctx, payload.errors) || done(answer));
        if (!payload.errors.length) {
          answered.text = ctx.t(`${from}からのつなぎ: ${payload.referral.statusLabelJa}`,
            `The referral from ${from}: ${answer}`);
          setTimeout(reload, 1500);
        }
      } catch (error) {
        fill(status, failure(ctx, error, { ja: 'つなぎへの返事', en: 'Answering the referral' }));
      }
    };
    const reason = select('reason', DECLINE_REASONS.map(([value, ja, en]) => [value, ctx.t(ja, en)]), 'NO_CAPACITY');
    reason.setAttribute('aria-label', ctx.t(`${from}からのつなぎを辞退する理由`, `Why you decline the referral from ${from}`));
    return h('li', {},
      ctx.t(`${from}から（${node.statusLabelJa}、${date(ctx, node.requestedAt, true)}）`,
        `From ${from} (${ctx.label(node.statusLabelJa, node.status)}, ${date(ctx, node.requestedAt, true)})`),
      h('div', { class: 'cw-actions' },
        h('button', { type: 'button', onclick: move('ACCEPTED'), 'aria-label': ctx.t(`${from}からのつなぎを受け入れる`, `Accept the referral from ${from}`) },
          ctx.t('受け入れる', 'Accept')),
        reason,
        h('button', { type: 'button', onclick: move('REJECTED', reason), 'aria-label': ctx.t(`${from}からのつなぎを辞退する`, `Decline the referral from ${from}`) },
          ctx.t('辞退する', 'Decline'))),
      status);
  }));
}

function myTasks(ctx, connection) {
  if (!connection.totalCount) return h('p', {}, ctx.t('期限が近いタスクはありません。', 'No tasks due.'));
  return table(null, [ctx.t('タスク', 'Task'), ctx.t('期限', 'Due'), ctx.t('状況', 'Status')],
    connection.edges.map(({ node }) => {
      const title = taskTitle(ctx, node);
      return [node.householdId ? householdLink(node.householdId, title) : title,
        node.overdue ? h('span', { class: 'cw-lapsed' }, date(ctx, node.dueOn), ctx.t('（期限切れ）', ' (overdue)')) : date(ctx, node.dueOn),
        ctx.label(node.statusLabelJa, node.status)];
    }));
}

/** A plan review's title is the hub's word, 支援プランの見直し; a task's is what its plan says. */
function taskTitle(ctx, task) {
  return task.kind === 'REVIEW' ? ctx.t(task.title, 'Plan review') : task.title;
}

function fadingTies(ctx, connection) {
  if (!connection.totalCount) return h('p', {}, ctx.t('つながりが切れかけている世帯はありません。', 'No ties are fading.'));
  return [
    h('p', {}, ctx.t(`${connection.totalCount}世帯`, `${connection.totalCount} households`)),
    table(null, [ctx.t('世帯', 'Household'), ctx.t('理由', 'Why'), ctx.t('最終接触から', 'Since contact')],
      connection.edges.map(({ node }) => [householdLink(node.household.id, node.household.code), node.reasonLabelJa,
        node.daysSinceContact == null ? '—' : ctx.t(`${node.daysSinceContact}日`, `${node.daysSinceContact} days`)])),
  ];
}

const NOTICE_KINDS = {
  REFERRAL_CHANGED: ['つなぎの状況が変わりました', 'A referral changed'],
  TASK_DUE: ['タスクの期限です', 'A task is due'],
  CONSENT_WITHDRAWN: ['同意が撤回されました', 'A consent was withdrawn'],
  HOUSEHOLD_FADING: ['つながりが切れかけています', 'Ties are fading'],
  NETWORK_CHANGED: ['ネットワークが変わりました', 'A network changed'],
};

function notices(ctx, connection) {
  return [
    h('p', { id: 'inbox-live', role: 'status' }),
    connection.totalCount ? null : h('p', { id: 'inbox-empty' }, ctx.t('新しいお知らせはありません。', 'No new notices.')),
    h('ul', { class: 'cw-list', id: 'inbox-list' }, connection.edges.map(({ node }) => notice(ctx, node))),
  ];
}

function notice(ctx, node) {
  const [ja, en] = NOTICE_KINDS[node.kind] || [node.kind, node.kind];
  return h('li', { dataset: { event: node.id } }, ctx.t(ja, en), ` ${date(ctx, node.createdAt, true)} `,
    node.householdId ? householdLink(node.householdId, ctx.t('世帯を開く', 'Open the household')) : null);
}

const EVENTS = 'subscription Events($after: ID) { events(after: $after) { id kind householdId createdAt } }';

const POLL_EVERY_MS = 30000;

/**
 * Keeps the notices current while the screen is open: the hub's live `events` subscription (graphql-transport-ws
 * on /graphql, the token in connection_init), resumed after the newest notice shown; when the WebSocket cannot be
 * opened or closes, the inbox is asked again every 30 seconds. A live event may refresh another part (a referral
 * changed: the referrals waiting). Stops when the screen is left.
 */
function listen(ctx, body, onEvent) {
  const list = body.querySelector('#inbox-list');
  const live = body.querySelector('#inbox-live');
  if (!list || !live) return;
  const screen = list.closest('.screen');
  const shownIds = () => new Set([...list.children].map((li) => li.dataset.event));
  const add = (node) => {
    if (shownIds().has(node.id)) return;
    body.querySelector('#inbox-empty')?.remove();
    list.prepend(notice(ctx, node));
  };
  let socket = null;
  let timer = null;
  let stopped = false;
  const stop = () => {
    stopped = true;
    window.removeEventListener('hashchange', stop);
    if (timer) clearInterval(timer);
    timer = null;
    if (socket) socket.close(1000);
    socket = null;
  };
  window.addEventListener('hashchange', stop);
  const poll = () => {
    if (timer || stopped) return;
    body.dataset.live = 'polling';
    live.textContent = ctx.t('お知らせは30秒ごとに確認しています。', 'Notices are checked every 30 seconds.');
    timer = setInterval(async () => {
      if (!screen?.isConnected) { stop(); return; }
      try {
        const d = await ctx.gql(INBOX);
        [...d.inbox.edges].reverse().forEach(({ node }) => add(node));
      } catch (error) {
        // the next round tries again; a lost sign-in is handled by the shell on the next screen
      }
    }, POLL_EVERY_MS);
  };
  const newest = list.firstElementChild?.dataset.event || null;
  try {
    const url = `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/graphql`;
    socket = new WebSocket(url, 'graphql-transport-ws');
  } catch (error) {
    poll();
    return;
  }
  socket.addEventListener('open', () => socket.send(JSON.stringify({
    type: 'connection_init', payload: { Authorization: `Bearer ${token()}` } })));
  socket.addEventListener('message', (message) => {
    if (!screen?.isConnected) { stop(); return; }
    const data = JSON.parse(message.data);
    if (data.type === 'connection_ack') {
      socket.send(JSON.stringify({ id: 'events', type: 'subscribe', payload: { query: EVENTS, variables: { after: newest } } }));
      body.dataset.live = 'websocket';
      live.textContent = ctx.t('お知らせは届きしだい表示されます。', 'Notices appear as they arrive.');
    } else if (data.type === 'next' && data.payload?.data?.events) {
      add(data.payload.data.events);
      onEvent(data.payload.data.events);
    } else if (data.type === 'ping') {
      socket.send(JSON.stringify({ type: 'pong' }));
    } else if (data.type === 'error' || data.type === 'complete') {
      socket.close(1000);
    }
  });
  socket.addEventListener('close', () => {
    socket = null;
    if (screen?.isConnected) poll();
  });
}

const STATUS_LABELS = { DRAFT: ['下書き', 'Draft'], REQUESTED: ['依頼中', 'Requested'], RECEIVED: ['受付', 'Received'],
  ACCEPTED: ['受入', 'Accepted'], REJECTED: ['辞退', 'Rejected'], CANCELLED: ['取消', 'Cancelled'],
  IN_PROGRESS: ['支援中', 'In progress'], ON_HOLD: ['保留', 'On hold'], FAILED: ['不成立', 'Failed'], COMPLETED: ['完了', 'Completed'] };

function councilFigures(ctx, figures) {
  const byStatus = figures.referralsByStatus.map(({ status, count }) => {
    const [ja, en] = STATUS_LABELS[status] || [status, status];
    return [ctx.t(`つなぎ（${ja}）`, `Referrals (${en})`), count];
  });
  const contacts = figures.contactsPerMonth.reduce((sum, m) => sum + m.count, 0);
  const median = figures.timeToAccept.medianHours;
  const cards = [...byStatus,
    [ctx.t('受入までの時間（中央値）', 'Time to accept (median)'), median == null ? '—' : ctx.t(`${Math.round(median)}時間`, `${Math.round(median)} h`)],
    [ctx.t('記録された接触', 'Contacts recorded'), contacts]];
  return h('dl', { class: 'cw-grid', id: 'council-figures' }, cards.map(([label, value]) =>
    h('div', { class: 'cw-card' }, h('dt', {}, label), h('dd', { class: 'cw-count' }, value ?? '—'))));
}
