// The cart: lines kept for this tab until the order is placed. Every change of its content gives it a new
// Idempotency-Key, so that placing the same cart twice (a double click, a retry after a lost answer) places one
// order, and a changed cart is a new order.
const CART = 'shop.cart';

function load() {
  return JSON.parse(sessionStorage.getItem(CART) ?? '{"key": null, "lines": []}');
}

function store(content) {
  content.key = crypto.randomUUID();
  sessionStorage.setItem(CART, JSON.stringify(content));
  dispatchEvent(new Event('shop:cart'));
}

export const cart = {
  lines: () => load().lines,
  key: () => load().key,
  count: () => load().lines.reduce((sum, line) => sum + line.quantity, 0),
  add(product, quantity) {
    const content = load();
    const line = content.lines.find((l) => l.productId === product.id);
    if (line) line.quantity += quantity;
    else content.lines.push({productId: product.id, name: product.name, price: product.price, quantity});
    store(content);
  },
  set(productId, quantity) {
    const content = load();
    content.lines = content.lines
        .map((l) => (l.productId === productId ? {...l, quantity} : l))
        .filter((l) => l.quantity > 0);
    store(content);
  },
  empty() {
    sessionStorage.removeItem(CART);
    dispatchEvent(new Event('shop:cart'));
  },
};
