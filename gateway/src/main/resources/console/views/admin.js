// Operators' pages: products and stock, the event processors and their replays, dead letters, orders and users.
import {dateTime, field, h, money, pager, replace, table, words} from '../dom.js';
import {api} from '../api.js';
import {failure, say} from '../messages.js';
import {keepFresh} from '../live.js';
import {orderList} from './orders.js';

export async function products(main) {
  const list = h('section', {id: 'product-list'});
  replace(main, h('h1', {}, 'Products'), newProductForm(() => show(0)), h('h2', {}, 'In the catalog'), list);
  const show = async (page) => {
    const found = await api('GET', `/api/products?page=${page}&size=20`);
    replace(list, found.items.length === 0 ? h('p', {}, 'No products yet.') : table(
        ['SKU', 'Name', 'Price', 'Available', ''], found.items, (product) => productRow(product, () => show(page))),
    pager(found, (p) => show(p).catch(failure)));
  };
  await show(0);
}

/**
 * Calls `check` until it says the change is in the read model (a write is answered before it is projected), so that
 * the list shown next holds it; gives up after ten seconds and shows the list as it is.
 */
async function untilProjected(check) {
  for (const giveUp = Date.now() + 10_000; Date.now() < giveUp;) {
    if (await check().catch(() => false)) return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

const product = (id) => api('GET', `/api/products/${id}`);

function newProductForm(created) {
  const sku = h('input', {name: 'sku', required: true, maxlength: 64, pattern: '[A-Za-z0-9][A-Za-z0-9._\\-]*'});
  const name = h('input', {name: 'name', required: true, maxlength: 200});
  const description = h('textarea', {name: 'description', maxlength: 2000, rows: 2});
  const amount = h('input', {name: 'amount', required: true, inputmode: 'decimal', pattern: '[0-9]+(\\.[0-9]{1,2})?',
    placeholder: '12.50'});
  const currency = h('input', {name: 'currency', required: true, value: 'EUR', pattern: '[A-Z]{3}', maxlength: 3,
    size: 3});
  const stock = h('input', {name: 'initialStock', type: 'number', min: 0, max: 1000000, value: 0});
  const form = h('form', {id: 'new-product', class: 'grid', onsubmit: async (event) => {
    event.preventDefault();
    try {
      const {id} = await api('POST', '/api/products', {body: {
        sku: sku.value.trim(), name: name.value.trim(), description: description.value.trim() || null,
        price: {amount: amount.value.trim(), currency: currency.value.trim()}, initialStock: Number(stock.value),
      }});
      say(`${name.value.trim()} is in the catalog.`);
      form.reset();
      await untilProjected(async () => Boolean(await product(id)));
      await created();
    } catch (error) {
      failure(error);
    }
  }}, field('SKU', sku), field('Name', name), field('Description', description), field('Price', amount),
  field('Currency', currency), field('Initial stock', stock), h('button', {type: 'submit', class: 'primary'}, 'Create'));
  return h('details', {open: true}, h('summary', {}, 'New product'), form);
}

function productRow(shown, changed) {
  const act = async (call, done, projected) => {
    try {
      await call();
      say(done);
      await untilProjected(async () => projected(await product(shown.id).catch((e) => (e.status === 404 ? null : shown))));
      await changed();
    } catch (error) {
      failure(error);
    }
  };
  const quantity = h('input', {type: 'number', min: 1, max: 1000000, value: 10, class: 'quantity',
    'aria-label': `Stock to add to ${shown.name}`});
  const reason = h('select', {'aria-label': `Why stock is added to ${shown.name}`},
      h('option', {value: 'DELIVERY'}, 'Delivery'), h('option', {value: 'STOCKTAKE'}, 'Stocktake'));
  const editName = h('input', {value: shown.name, 'aria-label': 'Name', required: true});
  const editDescription = h('input', {value: shown.description ?? '', 'aria-label': 'Description'});
  const editPrice = h('input', {value: shown.price.amount, 'aria-label': 'Price', inputmode: 'decimal', size: 8});
  return h('tr', {'data-sku': shown.sku},
      h('td', {}, shown.sku),
      h('td', {}, h('details', {}, h('summary', {}, shown.name),
          h('form', {class: 'inline', onsubmit: (event) => {
            event.preventDefault();
            const details = {name: editName.value.trim(), description: editDescription.value.trim() || null,
              price: {amount: editPrice.value.trim(), currency: shown.price.currency}};
            act(() => api('PUT', `/api/products/${shown.id}`, {body: details}), 'Saved.',
                (now) => now?.name === details.name && now.price.amount === details.price.amount);
          }}, editName, editDescription, editPrice, h('button', {type: 'submit'}, 'Save')))),
      h('td', {}, money(shown.price)),
      h('td', {class: 'available'}, shown.availableStock),
      h('td', {}, h('form', {class: 'inline', onsubmit: (event) => {
        event.preventDefault();
        act(() => api('POST', `/api/products/${shown.id}/stock`,
            {body: {quantity: Number(quantity.value), reason: reason.value}}), `Stock added to ${shown.name}.`,
        (now) => now?.availableStock !== shown.availableStock);
      }}, quantity, reason, h('button', {type: 'submit', class: 'add-stock'}, 'Add stock')),
      h('button', {type: 'button', class: 'danger', onclick: () => {
        if (confirm(`Discontinue ${shown.name}? It leaves the catalog and new orders for it are refused.`)) {
          act(() => api('DELETE', `/api/products/${shown.id}`), `${shown.name} is discontinued.`,
              (now) => now === null || now.status === 'DISCONTINUED');
        }
      }}, 'Discontinue')));
}

/**
 * Every processor of every service, with a replay button for the read models. A replay's bar shows how far the
 * new generation has come through the event log; the page follows it quickly while one runs, slowly otherwise.
 */
export async function processors(main) {
  const list = h('section', {id: 'processors', 'aria-live': 'polite'});
  replace(main, h('h1', {}, 'Event processors'), list);
  let replaying = false;
  const started = new Set(); // rebuilds started from this page: their bar stays, full, once they are done
  const rebuild = (p) => {
    const done = p.position < 0 ? 0 : p.position + 1;
    if (p.replaying) {
      return h('progress', {max: done + p.lag, value: done, 'aria-label': `Rebuild of ${p.name}`}, `${done} of ${done + p.lag}`);
    }
    const again = h('button', {type: 'button', class: 'replay', onclick: async () => {
      if (!confirm(`Rebuild ${p.name} from the first event? Queries keep answering meanwhile.`)) return;
      try {
        await api('POST', `/api/admin/processors/${encodeURIComponent(p.name)}/replay`);
        started.add(p.name);
        say(`Rebuilding ${p.name}.`);
        await refresh();
      } catch (error) {
        failure(error);
      }
    }}, 'Replay');
    if (!started.has(p.name)) return again;
    return h('div', {class: 'rebuilt'},
        h('progress', {max: done, value: done, 'aria-label': `Rebuild of ${p.name}`}, 'done'),
        h('span', {}, 'Rebuilt; the new generation answers now. '), again);
  };
  const refresh = async () => {
    const all = await api('GET', '/api/admin/processors');
    replaying = all.some((p) => p.replaying);
    replace(list, table(['Service', 'Processor', 'Status', 'Position', 'Behind', 'Segments here', 'Parked', 'Rebuild'],
        all, (p) => h('tr', {'data-processor': p.name ?? '', 'data-service': p.service},
            h('td', {}, p.service), h('td', {}, p.name ?? ''),
            h('td', {class: 'status', title: p.detail ?? null}, words(p.status)),
            h('td', {}, p.position ?? ''), h('td', {}, p.lag ?? ''),
            h('td', {}, p.segments ? p.segments.map((s) => s.id).join(', ') : ''),
            h('td', {}, p.parked ?? ''),
            h('td', {}, p.rebuildable ? rebuild(p) : ''))));
    return true;
  };
  await refresh();
  return keepFresh(refresh, () => (replaying ? 500 : 5000));
}

export async function deadLetters(main) {
  const list = h('section', {id: 'dead-letters'});
  replace(main, h('h1', {}, 'Dead letters'),
      h('p', {}, 'Events a read model could not handle, parked with their cause. Fix the cause, then retry.'), list);
  const show = async () => {
    const queues = await api('GET', '/api/admin/dead-letters');
    replace(list, queues.map((queue) => h('article', {class: 'queue', 'data-processor': queue.processor},
        h('h2', {}, `${queue.processor}: ${queue.sequences} parked`),
        queue.events.length === 0 ? h('p', {}, 'Nothing parked.') : table(['Event', 'Position', 'Cause', 'Parked', 'Retries'],
            queue.events, (e) => h('tr', {},
                h('td', {}, e.eventType), h('td', {}, e.position),
                h('td', {}, h('strong', {}, e.causeType), ' ', e.causeMessage),
                h('td', {}, dateTime(e.enqueuedAt)), h('td', {}, e.retries))),
        queue.sequences > 0 ? h('button', {type: 'button', class: 'retry', onclick: async () => {
          try {
            const outcome = await api('POST', `/api/admin/dead-letters/${encodeURIComponent(queue.processor)}/retry`);
            say(`Retried ${outcome.retried}: ${outcome.succeeded} handled, ${outcome.stillParked} still parked.`);
            await show();
          } catch (error) {
            failure(error);
          }
        }}, 'Retry') : null)));
  };
  await show();
}

export async function orders(main) {
  replace(main, h('h1', {}, 'All orders'));
  await orderList(main, '/api/orders', true);
}

export async function users(main) {
  const list = h('section', {id: 'users'});
  replace(main, h('h1', {}, 'Users'), list);
  const show = async (page) => {
    const found = await api('GET', `/api/users?page=${page}&size=20`);
    replace(list, table(['Name', 'E-mail', 'Roles', ''], found.items, (user) => {
      const admin = user.roles.includes('ADMIN');
      return h('tr', {'data-email': user.email},
          h('td', {}, user.name), h('td', {}, user.email), h('td', {}, user.roles.join(', ')),
          h('td', {}, h('button', {type: 'button', onclick: async () => {
            const roles = admin ? ['USER'] : ['USER', 'ADMIN'];
            try {
              await api('PUT', `/api/users/${user.id}/roles`, {body: {roles}});
              say(`${user.email} now has ${roles.join(' and ')}; their sessions have ended.`);
              await show(page);
            } catch (error) {
              failure(error);
            }
          }}, admin ? 'Remove ADMIN' : 'Make ADMIN')));
    }), pager(found, (p) => show(p).catch(failure)));
  };
  await show(0);
}
