// Entry point: hash router (#/session, #/program, #/trial, #/history, #/validation) and the nav's account state.
import 'uplot/dist/uPlot.min.css';
import './app.css';
import { h, replace } from './dom.js';
import { problemBox } from './api.js';
import { loadModel } from './model-data.js';
import { account, onAccount, refreshAccount, signOut } from './account.js';
import { sessionPage } from './pages/session.js';
import { programPage } from './pages/program.js';
import { historyPage } from './pages/history.js';
import { validationPage } from './pages/validation.js';
import { trialPage } from './pages/trial.js';

const ROUTES = {
  session: { title: 'Session', make: sessionPage },
  program: { title: 'Program', make: programPage },
  trial: { title: 'Trial', make: trialPage },
  history: { title: 'History', make: historyPage },
  validation: { title: 'Validation', make: validationPage },
};

const pages = {};
let currentRoute = null;
const main = document.getElementById('main');

function routeOf(hash) {
  const name = String(hash || '').replace(/^#\/?/, '').split(/[/?]/)[0];
  return ROUTES[name] ? name : 'session';
}

function go() {
  const route = routeOf(location.hash);
  if (route === currentRoute) {
    pages[route]?.onHash?.();
    return;
  }
  const first = currentRoute === null;
  currentRoute = route;
  pages[route] ??= ROUTES[route].make();
  const page = pages[route];
  replace(main, page.el);
  page.onShow?.();
  document.title = `${ROUTES[route].title} · Surge`;
  for (const a of /** @type {NodeListOf<HTMLAnchorElement>} */ (document.querySelectorAll('#nav a'))) {
    if (a.dataset.route === route) a.setAttribute('aria-current', 'page');
    else a.removeAttribute('aria-current');
  }
  document.body.dataset.route = route;
  if (!first) main.focus({ preventScroll: true });
}

function renderAccount(who) {
  const slot = document.getElementById('account');
  const error = h('span', { class: 'account-error', role: 'alert' });
  if (who) {
    replace(slot,
      h('span', { class: 'account-email', 'data-testid': 'account-email', title: 'signed in' }, who.email),
      h('button', { type: 'button', class: 'link-button', 'data-testid': 'sign-out', onclick: async (ev) => {
        ev.currentTarget.disabled = true;
        try {
          await signOut();
        } catch (e) {
          replace(error, problemBox(e));
          ev.currentTarget.disabled = false;
        }
      } }, 'Sign out'),
      error);
  } else {
    replace(slot, h('a', { href: '#/history', 'data-testid': 'nav-signin' }, 'Sign in'));
  }
  document.body.dataset.signedIn = String(Boolean(who));
}

// The pages are built from the model's data (GET /api/model): load it before the first page.
function start() {
  loadModel().then(() => {
    window.addEventListener('hashchange', go);
    go();
  }, (error) => {
    replace(main,
      h('p', null, 'The model could not be loaded from the server (GET /api/model).'),
      problemBox(error, { testid: 'model-problem' }),
      h('button', { type: 'button', 'data-testid': 'model-retry', onclick: start }, 'Try again'));
  });
}

onAccount(renderAccount);
renderAccount(account());
start();
refreshAccount();
