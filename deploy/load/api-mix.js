// k6: a realistic API mix against the service, so that every dashboard panel fills (docker compose --profile load).
// Per iteration, chosen at random: mostly reads, some writes, orders with a few declined and failing payments, now
// and then a bad login or an unknown post (4xx). LOAD_RATE iterations per second for LOAD_DURATION.
import http from 'k6/http';
import { check } from 'k6';

const BASE = __ENV.BASE_URL || 'http://localhost:9080';
const JSON_HEADERS = { 'Content-Type': 'application/json' };

export const options = {
  scenarios: {
    mix: {
      executor: 'constant-arrival-rate',
      rate: Number(__ENV.LOAD_RATE || 10),
      timeUnit: '1s',
      duration: __ENV.LOAD_DURATION || '30m',
      preAllocatedVUs: 10,
      maxVUs: 50,
    },
  },
};

// One user and one well-stocked product for the whole run; every request of a user carries its token.
export function setup() {
  const email = `load-${Date.now()}@example.org`;
  const password = 'load-test-passw0rd';
  const registered = http.post(`${BASE}/api/users`, JSON.stringify({ email, password }), { headers: JSON_HEADERS });
  check(registered, { 'user registered': (r) => r.status === 201 });
  const login = http.post(`${BASE}/api/login`, JSON.stringify({ email, password }), { headers: JSON_HEADERS });
  const token = login.json('access_token');
  const auth = { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` };
  const product = http.post(`${BASE}/api/products`,
    JSON.stringify({ name: 'Load test item', price: '9.99', stock: 1000000 }), { headers: auth });
  return { auth, productId: product.json('id') };
}

// [weight, action]: about 60% reads, 20% writes, 15% orders, 5% expected client errors.
const ACTIONS = [
  [30, (d) => http.get(`${BASE}/api/posts?limit=10`, { headers: d.auth, tags: { name: 'GET /api/posts' } })],
  [20, (d) => http.get(`${BASE}/api/posts/${1 + Math.floor(Math.random() * 3)}`, { headers: d.auth, tags: { name: 'GET /api/posts/{id}' } })],
  [10, (d) => http.get(`${BASE}/api/products`, { tags: { name: 'GET /api/products' } })],
  [12, (d) => newPostWithVote(d)],
  [8, (d) => http.get(`${BASE}/api/orders`, { headers: d.auth, tags: { name: 'GET /api/orders' } })],
  [15, (d) => order(d, paymentMethod())],
  [3, () => http.post(`${BASE}/api/login`, JSON.stringify({ email: 'nobody@example.org', password: 'wrong-passw0rd' }),
    { headers: JSON_HEADERS, tags: { name: 'POST /api/login' } })],
  [2, (d) => http.get(`${BASE}/api/posts/999999999`, { headers: d.auth, tags: { name: 'GET /api/posts/{id}' } })],
];
const TOTAL = ACTIONS.reduce((sum, [weight]) => sum + weight, 0);

function newPostWithVote(d) {
  const post = http.post(`${BASE}/api/posts`,
    JSON.stringify({ title: `load ${Date.now()}`, content: 'written by the load profile', published: true }),
    { headers: d.auth, tags: { name: 'POST /api/posts' } });
  if (post.status === 201) {
    http.post(`${BASE}/api/votes`, JSON.stringify({ post_id: post.json('id'), voted: true }),
      { headers: d.auth, tags: { name: 'POST /api/votes' } });
  }
  return post;
}

// 85% card/paypal/bank transfer, 10% declined (402), 5% failing gateway (502).
function paymentMethod() {
  const roll = Math.random();
  if (roll < 0.05) return 'fail_gateway';
  if (roll < 0.15) return 'declined_card';
  return ['card', 'paypal', 'bank_transfer'][Math.floor(Math.random() * 3)];
}

function order(d, method) {
  return http.post(`${BASE}/api/orders`,
    JSON.stringify({ product_id: d.productId, quantity: 1, payment_method: method, order_type: 'standard' }),
    { headers: d.auth, tags: { name: 'POST /api/orders' } });
}

export default function (data) {
  let roll = Math.random() * TOTAL;
  for (const [weight, action] of ACTIONS) {
    roll -= weight;
    if (roll < 0) {
      action(data);
      return;
    }
  }
}
