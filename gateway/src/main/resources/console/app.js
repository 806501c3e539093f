// The console's frame: which view a location shows, who may see it, the navigation and the messages.
import {h, replace} from './dom.js';
import {flash, logOut, session} from './api.js';
import {failure, say} from './messages.js';
import {cart} from './cart.js';
import * as auth from './views/auth.js';
import * as shop from './views/shop.js';
import * as orders from './views/orders.js';
import * as admin from './views/admin.js';

/** Path → view; `who` is who may open it: anyone, a signed-in user, or an ADMIN. */
const routes = [
  {path: 'catalog', who: 'anyone', view: shop.catalog},
  {path: 'cart', who: 'anyone', view: shop.cartView},
  {path: 'login', who: 'anyone', view: auth.login},
  {path: 'signup', who: 'anyone', view: auth.signup},
  {path: 'orders', who: 'USER', view: orders.mine},
  {path: 'orders/:id', who: 'USER', view: orders.story},
  {path: 'notifications', who: 'USER', view: orders.notifications},
  {path: 'admin/products', who: 'ADMIN', view: admin.products},
  {path: 'admin/processors', who: 'ADMIN', view: admin.processors},
  {path: 'admin/dead-letters', who: 'ADMIN', view: admin.deadLetters},
  {path: 'admin/orders', who: 'ADMIN', view: admin.orders},
  {path: 'admin/users', who: 'ADMIN', view: admin.users},
];

const main = document.getElementById('view');
let leave = null;

function match(hash) {
  const [pathPart, queryPart] = hash.replace(/^#\/?/, '').split('?');
  const parts = (pathPart || 'catalog').split('/');
  for (const route of routes) {
    const pattern = route.path.split('/');
    if (pattern.length !== parts.length) continue;
    const params = {};
    if (pattern.every((p, i) => (p.startsWith(':') ? (params[p.slice(1)] = decodeURIComponent(parts[i])) : p === parts[i]))) {
      return {route, params, query: new URLSearchParams(queryPart ?? '')};
    }
  }
  return null;
}

async function show() {
  leave?.();
  leave = null;
  say(flash.take());
  renderNav();
  const found = match(location.hash);
  if (!found) {
    replace(main, h('h1', {}, 'Not found'), h('p', {}, 'There is no such page. ', h('a', {href: '#/catalog'}, 'Go to the catalog.')));
    return;
  }
  const {route, params, query} = found;
  if (route.who !== 'anyone' && !session.signedIn()) {
    flash.set('Please log in first.');
    location.hash = `#/login?next=${encodeURIComponent(location.hash)}`;
    return;
  }
  if (route.who === 'ADMIN' && !session.has('ADMIN')) {
    replace(main, h('h1', {}, 'Not for you'),
        h('p', {id: 'refused', role: 'alert'}, 'This page is for administrators. Your account does not have that role.'));
    return;
  }
  replace(main);
  main.focus({preventScroll: true});
  try {
    leave = (await route.view(main, {params, query})) ?? null;
  } catch (error) {
    failure(error);
  }
}

function renderNav() {
  const nav = document.getElementById('nav');
  const link = (href, label) => h('a', {href, 'aria-current': location.hash.startsWith(href) ? 'page' : null}, label);
  const user = session.current()?.user;
  replace(nav,
      link('#/catalog', 'Catalog'),
      link('#/cart', `Cart (${cart.count()})`),
      user ? [link('#/orders', 'My orders'), link('#/notifications', 'E-mails')] : null,
      session.has('ADMIN') ? h('details', {class: 'admin-menu'}, h('summary', {}, 'Operations'),
          h('div', {},
              link('#/admin/products', 'Products'), link('#/admin/processors', 'Processors'),
              link('#/admin/dead-letters', 'Dead letters'), link('#/admin/orders', 'All orders'),
              link('#/admin/users', 'Users'))) : null,
      user
          ? h('span', {class: 'who'}, h('span', {id: 'signed-in-as'}, user.email),
              h('button', {type: 'button', id: 'logout', onclick: async () => {
                await logOut();
                flash.set('You have logged out.');
                location.hash = '#/login';
              }}, 'Log out'))
          : [link('#/login', 'Log in'), link('#/signup', 'Sign up')]);
}

addEventListener('hashchange', show);
addEventListener('shop:cart', renderNav);
show();
