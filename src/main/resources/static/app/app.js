// The workbench's shell: sign-in, the language switch, the navigation and the hash router that renders screens.
import screens from './screens/index.js';
import { gql, signIn, signOut, token, SignedOutError } from './api.js';
import { formatDate } from './dates.js';
import { h, fill, field, notice, errorNotice } from './dom.js';

const LANG_KEY = 'tsunagu.lang';
const main = document.getElementById('main');
const nav = document.getElementById('nav');
const who = document.getElementById('who');
const langSwitch = document.getElementById('lang-switch');
const signOutButton = document.getElementById('sign-out');
const status = document.getElementById('status');

let lang = localStorage.getItem(LANG_KEY) === 'en' ? 'en' : 'ja';
let caller = null;
let rendering = 0;

const t = (ja, en) => (lang === 'en' && en != null ? en : ja);
// A value the API labels in Japanese only reads in English as its own code in words (IN_PROGRESS → In progress).
const CODE_WORDS = { EIGHTY_FIFTY: '8050 (an aged parent and an adult child withdrawn at home)' };
const label = (ja, code) => (lang === 'en' && code
  ? CODE_WORDS[code] ?? code.charAt(0) + code.slice(1).toLowerCase().replaceAll('_', ' ')
  : ja);
const EXPIRED = () => t('サインインの有効期限が切れました。もう一度サインインしてください。',
  'Your sign-in has expired. Please sign in again.');

function allowed(screen) {
  return !screen.roles || (caller && screen.roles.includes(caller.role));
}

/** The screen whose path is the hash, or a prefix of it followed by '/' or '?'. */
function screenFor(hash) {
  const route = hash.split('?')[0];
  return screens
    .filter((screen) => route === screen.path || route.startsWith(`${screen.path}/`))
    .sort((a, b) => b.path.length - a.path.length)[0];
}

function firstScreen() {
  return screens.find((screen) => screen.path === '#/home' && allowed(screen)) || screens.find(allowed);
}

function navigate(path) {
  if (location.hash === path) {
    route();
  } else {
    location.hash = path;
  }
}

function renderChrome() {
  document.documentElement.lang = lang;
  document.getElementById('brand-name').textContent = t('つなぐ ワークベンチ', 'Tsunagu workbench');
  document.getElementById('skip-link').textContent = t('本文へ移動', 'Skip to content');
  nav.setAttribute('aria-label', t('画面', 'Screens'));
  langSwitch.textContent = lang === 'en' ? '日本語' : 'English';
  langSwitch.lang = lang === 'en' ? 'ja' : 'en';
  signOutButton.textContent = t('サインアウト', 'Sign out');
  signOutButton.hidden = !caller;
  who.textContent = caller
    ? `${caller.username}（${t(caller.roleLabelJa, caller.role)}${caller.organization ? `・${caller.organization.name}` : ''}）`
    : '';
  const current = screenFor(location.hash);
  fill(nav, caller ? h('ul', {}, screens.filter(allowed).map((screen) => h('li', {},
    h('a', { href: screen.path, 'aria-current': current === screen ? 'page' : null }, t(screen.titleJa, screen.titleEn))))) : null);
}

function context(params) {
  return {
    gql, t, label, caller, lang, params, navigate,
    formatDate: (iso, withTime) => formatDate(iso, lang, withTime),
  };
}

async function route() {
  const ticket = ++rendering;
  delete main.dataset.ready;
  if (!token()) {
    caller = null;
    renderChrome();
    renderSignIn();
    return;
  }
  if (!caller) {
    try {
      const data = await gql(`{ me { username role roleLabelJa
        organization { id name location { code name } } person { id name } } }`);
      caller = data.me;
    } catch (error) {
      if (!(error instanceof SignedOutError)) {
        fill(main, notice('error', `${t('エラーが発生しました', 'Something went wrong')}: ${error.message}`));
        return;
      }
    }
    if (!caller) {
      signOut();
      renderChrome();
      renderSignIn(EXPIRED());
      return;
    }
  }
  let screen = screenFor(location.hash);
  if (!screen) {
    screen = firstScreen();
    if (screen) {
      history.replaceState(null, '', screen.path);
    }
  }
  renderChrome();
  if (!screen) {
    fill(main, notice('info', t('この役割で使える画面はありません。', 'No screen is available to your role.')));
    return;
  }
  const title = t(screen.titleJa, screen.titleEn);
  document.title = `${title} | ${t('つなぐ', 'Tsunagu')}`;
  const root = h('div', { class: 'screen', 'data-screen': screen.id });
  fill(main, h('h1', { id: 'screen-title', tabindex: '-1' }, title), root);
  if (!allowed(screen)) {
    root.append(notice('info', t('この画面はあなたの役割では使えません。', 'This screen is not available to your role.')));
    main.dataset.ready = screen.id;
    return;
  }
  const query = location.hash.includes('?') ? location.hash.slice(location.hash.indexOf('?') + 1) : '';
  try {
    await screen.render(root, context(new URLSearchParams(query)));
  } catch (error) {
    if (ticket === rendering) {
      showError(error, root);
    }
  }
  if (ticket === rendering && caller) {
    // when the screen became usable, from the page's start: what bench/workbench.sh reports
    main.dataset.readyMs = String(Math.round(performance.now()));
    main.dataset.ready = screen.id;
    status.textContent = t(`${title}を表示しました`, `${title} shown`);
  }
}

/** An error as a reader can act on it; a lost sign-in goes back to the sign-in form. */
function showError(error, where) {
  if (error instanceof SignedOutError) {
    caller = null;
    renderChrome();
    renderSignIn(EXPIRED());
    return;
  }
  where.append(errorNotice(error, t));
}

function renderSignIn(message) {
  const username = h('input', { type: 'text', name: 'username', autocomplete: 'username', required: true, autocapitalize: 'none' });
  const password = h('input', { type: 'password', name: 'password', autocomplete: 'current-password', required: true });
  const feedback = h('div', { id: 'sign-in-feedback' }, message ? notice('info', message) : null);
  const submit = h('button', { type: 'submit', class: 'primary' }, t('サインイン', 'Sign in'));
  const form = h('form', { class: 'sign-in', 'aria-labelledby': 'screen-title', novalidate: true },
    field('username', t('ユーザー名', 'Username'), username),
    field('password', t('パスワード', 'Password'), password),
    feedback, submit);
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    if (!username.value.trim() || !password.value) {
      fill(feedback, notice('error', t('ユーザー名とパスワードを入力してください。', 'Enter your username and password.')));
      return;
    }
    submit.disabled = true;
    try {
      await signIn(username.value.trim(), password.value);
      caller = null;
      await route();
      document.getElementById('screen-title')?.focus();
    } catch (error) {
      fill(feedback, notice('error', error.status === 429
        ? t(`失敗が続いたため、${error.retryAfter || ''}秒後にもう一度お試しください。`,
          `Too many failed attempts; retry in ${error.retryAfter || ''} s.`)
        : error.status === 401
          ? t('ユーザー名またはパスワードが違います。', 'Wrong username or password.')
          : t('サインインできませんでした。', 'Could not sign in.')));
      submit.disabled = false;
      password.focus();
    }
  });
  fill(main, h('h1', { id: 'screen-title', tabindex: '-1' }, t('サインイン', 'Sign in')),
    h('p', {}, t('所属の社協・団体から受け取ったアカウントでサインインしてください。',
      'Sign in with the account your council or organisation gave you.')),
    form);
  document.title = `${t('サインイン', 'Sign in')} | ${t('つなぐ', 'Tsunagu')}`;
  main.dataset.ready = 'sign-in';
}

langSwitch.addEventListener('click', () => {
  lang = lang === 'en' ? 'ja' : 'en';
  localStorage.setItem(LANG_KEY, lang);
  route();
});

signOutButton.addEventListener('click', () => {
  signOut();
  caller = null;
  history.replaceState(null, '', '#/');
  route();
});

window.addEventListener('hashchange', async () => {
  await route();
  document.getElementById('screen-title')?.focus();
});

route();
