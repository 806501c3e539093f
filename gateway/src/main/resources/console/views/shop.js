// What a customer sees first: the catalog, and the cart that becomes an order.
import {field, h, money, pager, replace, table} from '../dom.js';
import {api, flash, session} from '../api.js';
import {cart} from '../cart.js';
import {failure, say} from '../messages.js';

const PAGE_SIZE = 12;

export async function catalog(main, {query}) {
  const search = h('input', {type: 'search', name: 'q', value: query.get('q') ?? '', placeholder: 'mug, stoneware …'});
  const results = h('section', {id: 'products', 'aria-live': 'polite'});
  const form = h('form', {role: 'search', class: 'inline', onsubmit: (event) => {
    event.preventDefault();
    location.hash = `#/catalog?q=${encodeURIComponent(search.value.trim())}`;
  }}, field('Search the catalog', search), h('button', {type: 'submit'}, 'Search'));
  replace(main, h('h1', {}, 'Catalog'), form, results);

  const show = async (page) => {
    const q = search.value.trim();
    const found = await api('GET', `/api/products?page=${page}&size=${PAGE_SIZE}${q ? `&q=${encodeURIComponent(q)}` : ''}`);
    replace(results,
        found.items.length === 0 ? h('p', {}, q ? `Nothing matches “${q}”.` : 'The catalog is empty.') : null,
        h('ul', {class: 'cards'}, found.items.map(productCard)),
        pager(found, (p) => show(p).catch(failure)));
  };
  await show(Number(query.get('page') ?? 0));
}

function productCard(product) {
  const quantity = h('input', {type: 'number', min: 1, max: Math.max(1, product.availableStock), value: 1,
    inputmode: 'numeric', class: 'quantity', 'aria-label': `Quantity of ${product.name}`});
  const soldOut = product.availableStock === 0;
  return h('li', {class: 'card', 'data-sku': product.sku},
      h('h2', {}, product.name),
      h('p', {class: 'description'}, product.description ?? ''),
      h('p', {class: 'price'}, money(product.price)),
      h('p', {class: soldOut ? 'stock none' : 'stock'}, soldOut ? 'Out of stock' : `${product.availableStock} in stock`),
      h('form', {class: 'inline', onsubmit: (event) => {
        event.preventDefault();
        const wanted = Number(quantity.value);
        if (!Number.isInteger(wanted) || wanted < 1) {
          say('Choose a quantity of at least 1.', 'error');
          return;
        }
        cart.add(product, wanted);
        say(`${wanted} × ${product.name} in your cart.`);
      }}, field('Quantity', quantity),
      h('button', {type: 'submit', disabled: soldOut}, 'Add to cart')));
}

export function cartView(main) {
  const lines = cart.lines();
  if (lines.length === 0) {
    replace(main, h('h1', {}, 'Cart'), h('p', {}, 'Your cart is empty. ', h('a', {href: '#/catalog'}, 'Browse the catalog.')));
    return;
  }
  const total = lines.reduce((sum, line) => sum + Number(line.price.amount) * line.quantity, 0);
  const place = h('button', {type: 'button', class: 'primary', id: 'place-order'}, 'Place order');
  place.addEventListener('click', async () => {
    if (!session.signedIn()) {
      flash.set('Log in to place your order; your cart is kept.');
      location.hash = `#/login?next=${encodeURIComponent('#/cart')}`;
      return;
    }
    place.disabled = true;
    try {
      const accepted = await api('POST', '/api/orders', {
        body: {lines: lines.map(({productId, quantity}) => ({productId, quantity}))},
        headers: {'Idempotency-Key': cart.key()},
      });
      cart.empty();
      flash.set('Your order is placed. Its stock is being reserved.');
      location.hash = `#/orders/${accepted.id}`;
    } catch (error) {
      failure(error);
      place.disabled = false;
    }
  });
  replace(main, h('h1', {}, 'Cart'),
      table(['Product', 'Unit price', 'Quantity', ''], lines, (line) => {
        const quantity = h('input', {type: 'number', min: 0, max: 1000, value: line.quantity, class: 'quantity',
          'aria-label': `Quantity of ${line.name}`, onchange: () => {
            cart.set(line.productId, Math.max(0, Math.floor(Number(quantity.value) || 0)));
            cartView(main);
          }});
        return h('tr', {},
            h('td', {}, line.name), h('td', {}, money(line.price)), h('td', {}, quantity),
            h('td', {}, h('button', {type: 'button', onclick: () => {
              cart.set(line.productId, 0);
              cartView(main);
            }}, 'Remove')));
      }),
      h('p', {class: 'total'}, `Total ${total.toFixed(2)} ${lines[0].price.currency}`),
      place);
}
