// A customer's orders, one order's story (the saga's steps), and the e-mails sent about them.
import {dateTime, elapsed, field, h, money, pager, replace, shortId, statusBadge, table, timeOfDay, words} from '../dom.js';
import {api} from '../api.js';
import {failure, say} from '../messages.js';
import {follow, keepFresh} from '../live.js';

const STATUSES = ['PENDING', 'CONFIRMED', 'REJECTED', 'CANCELLED'];
const TERMINAL = ['CONFIRMED', 'REJECTED', 'CANCELLED'];

/** The orders of the signed-in customer; admins see everyone's on the operations page. */
export async function mine(main) {
  replace(main, h('h1', {}, 'My orders'));
  await orderList(main, '/api/orders', false);
}

/** A filterable page of orders, shared by the customer's page and the operators'. */
export async function orderList(main, path, withCustomer) {
  const status = h('select', {name: 'status'}, h('option', {value: ''}, 'Any'),
      STATUSES.map((s) => h('option', {value: s}, words(s))));
  const customer = withCustomer ? h('input', {type: 'text', name: 'customerId', placeholder: 'customer id'}) : null;
  const list = h('section', {id: 'orders', 'aria-live': 'polite'});
  const show = async (page) => {
    const filter = new URLSearchParams({page, size: 20});
    if (status.value) filter.set('status', status.value);
    if (customer?.value.trim()) filter.set('customerId', customer.value.trim());
    const found = await api('GET', `${path}?${filter}`);
    replace(list,
        found.items.length === 0 ? h('p', {}, 'No orders.') : table(
            ['Order', 'Placed', 'Status', 'Total', withCustomer ? 'Customer' : null].filter(Boolean), found.items,
            (order) => h('tr', {'data-order': order.id},
                h('td', {}, h('a', {href: `#/orders/${order.id}`}, shortId(order.id))),
                h('td', {}, dateTime(order.createdAt)),
                h('td', {}, statusBadge(order.status)),
                h('td', {}, money(order.total)),
                withCustomer ? h('td', {}, shortId(order.customerId)) : null)),
        pager(found, (p) => show(p).catch(failure)));
  };
  main.append(h('form', {class: 'inline', onsubmit: (event) => {
    event.preventDefault();
    show(0).catch(failure);
  }}, field('Status', status), customer ? field('Customer', customer) : null, h('button', {type: 'submit'}, 'Filter')),
  list);
  await show(0);
}

/**
 * One order: its lines and status, and its story as the saga told it, step by step. While the order runs, the page
 * follows its stream of changes; where the stream cannot be had, it asks once a second instead, until the order has
 * ended and its last steps (the stock's release or sale) are in.
 */
export async function story(main, {params}) {
  const id = params.id;
  const summary = h('section', {id: 'order', 'aria-live': 'polite'});
  const steps = h('ol', {class: 'timeline', id: 'timeline'});
  replace(main, h('h1', {}, `Order ${shortId(id)}`), summary, h('h2', {}, 'Its story'), steps);

  let ended = false;
  const show = ({order, timeline}) => {
    ended = TERMINAL.includes(order.status);
    showOrder(summary, order, () => ask().catch(failure));
    showSteps(steps, timeline, order);
  };
  const ask = async () => {
    const [order, timeline] = await Promise.all([api('GET', `/api/orders/${id}`), api('GET', `/api/orders/${id}/timeline`)]);
    show({order, timeline});
  };
  const notFound = () => replace(main, h('h1', {}, 'Order not found'), h('p', {}, 'There is no such order among yours.'));

  // An order just placed reaches the read model a moment after it was accepted: a 404 is asked again for a while.
  let notYet = 0;
  let left = false;
  let stop;
  const watch = () => {
    stop = follow(`/api/orders/${id}/updates`, (name, update) => {
      summary.dataset.live = 'stream';
      show(update);
    }, {
      more: () => !ended,
      unavailable: (error) => {
        if (error.status === 404) {
          if (++notYet <= 40) setTimeout(() => left || watch(), 250);
          else notFound();
          return;
        }
        summary.dataset.live = 'asking';
        let settledTicks = 0;
        stop = keepFresh(async () => {
          await ask();
          settledTicks = ended ? settledTicks + 1 : 0;
          return settledTicks < 3;
        }, 1000);
      },
    });
  };
  watch();
  return () => {
    left = true;
    stop();
  };
}

function showOrder(section, order, changed) {
  const cancellable = order.status === 'PENDING' || order.status === 'CONFIRMED';
  replace(section,
      h('p', {class: 'status-line'}, 'Status: ', statusBadge(order.status)),
      order.rejectionReason ? h('p', {class: 'reason', id: 'rejection-reason'},
          `Rejected: ${words(order.rejectionReason)}`, h('code', {}, order.rejectionReason)) : null,
      table(['Product', 'Quantity', 'Unit price'], order.lines, (line) => h('tr', {},
          h('td', {}, line.productName), h('td', {}, line.quantity), h('td', {}, money(line.unitPrice)))),
      h('p', {class: 'total'}, `Total ${money(order.total)} · placed ${dateTime(order.createdAt)}`),
      cancellable ? h('button', {type: 'button', id: 'cancel-order', onclick: async (event) => {
        if (!confirm('Cancel this order? Its stock goes back to the shop.')) return;
        event.target.disabled = true;
        try {
          await api('POST', `/api/orders/${order.id}/cancel`);
          say('The order is being cancelled.');
          changed();
        } catch (error) {
          failure(error);
          event.target.disabled = false;
        }
      }}, 'Cancel order') : null,
      h('p', {}, h('a', {href: `#/notifications?orderId=${order.id}`}, 'E-mails about this order')));
}

function showSteps(list, timeline, order) {
  const last = timeline.steps.length - 1;
  replace(list, timeline.steps.map((step, i) => {
    const stoppedHere = order.status === 'REJECTED' && step.type === 'OrderRejected';
    return h('li', {class: stoppedHere ? 'step stopped' : 'step', 'data-type': step.type},
        h('div', {class: 'when'}, h('time', {datetime: step.at}, timeOfDay(step.at)),
            i > 0 ? h('span', {class: 'since'}, `+${elapsed(timeline.steps[i - 1].at, step.at)}`) : null),
        h('div', {class: 'what'},
            h('strong', {}, words(step.type)), h('span', {class: 'source'}, step.source),
            h('p', {}, step.details),
            stoppedHere ? h('p', {class: 'reason'}, `The order stopped here: ${words(order.rejectionReason)}.`) : null,
            i === last && order.status === 'PENDING' ? h('p', {class: 'waiting'}, 'Waiting for the next step …') : null));
  }));
}

/** The e-mails sent to the signed-in customer (an admin: to everyone), newest first. */
export async function notifications(main, {query}) {
  const orderId = query.get('orderId');
  const list = h('section', {id: 'notifications'});
  replace(main, h('h1', {}, orderId ? `E-mails about order ${shortId(orderId)}` : 'E-mails'), list);
  const show = async (page) => {
    const filter = new URLSearchParams({page, size: 20});
    if (orderId) filter.set('orderId', orderId);
    const found = await api('GET', `/api/notifications?${filter}`);
    replace(list,
        found.items.length === 0 ? h('p', {}, 'No e-mails yet.') : table(['Sent', 'Subject', 'To', 'Status', 'Order'],
            found.items, (mail) => h('tr', {},
                h('td', {}, dateTime(mail.createdAt)), h('td', {}, mail.subject), h('td', {}, mail.recipient),
                h('td', {}, words(mail.status)),
                h('td', {}, h('a', {href: `#/orders/${mail.orderId}`}, shortId(mail.orderId))))),
        pager(found, (p) => show(p).catch(failure)));
  };
  await show(0);
}
