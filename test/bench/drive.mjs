// Driving a server: one request (validation), a counted pass (statements per request, through the proxy),
// and timed autocannon runs on loopback (throughput, latency percentiles, peak RSS of the server process).
import autocannon from 'autocannon';
import { rssSampler } from './servers.mjs';

const JSON_HEADERS = { 'content-type': 'application/json' };

/** Sends one request with fetch; returns { status, json, setCookie }. */
export async function send(url, request, cookie) {
  const response = await fetch(`${url}${request.path}`, {
    method: request.method,
    headers: { ...(request.body ? JSON_HEADERS : {}), ...(cookie ? { cookie } : {}) },
    body: request.body,
  });
  const body = await response.text();
  let json = null;
  try {
    json = JSON.parse(body);
  } catch { /* not JSON */ }
  return { status: response.status, json, body, setCookie: response.headers.get('set-cookie') };
}

/** The `name=value` pair of a Set-Cookie header. */
export const cookiePair = (setCookie) => setCookie?.split(';')[0] ?? null;

/** autocannon's request list for a shape on one server (a sequence for Q6: sign in, then Q1 with the new cookie). */
export function requestsFor(shape, spec, cookie) {
  const asAutocannon = (request, headers) => ({ method: request.method, path: request.path, body: request.body, headers: { ...(request.body ? JSON_HEADERS : {}), ...headers } });
  if (shape.loginOnly) return [asAutocannon(spec.login, {})];
  if (shape.sequence) {
    return [
      { ...asAutocannon(spec.login, {}), onResponse: (status, body, context, headers) => { context.cookie = cookiePair(headers['set-cookie']); } },
      { ...asAutocannon(spec.then.request, {}), setupRequest: (request, context) => ({ ...request, headers: { ...request.headers, cookie: context.cookie } }) },
    ];
  }
  return [asAutocannon(spec.request, { cookie })];
}

function runAutocannon(options) {
  return new Promise((resolve, reject) => {
    const latencies = [];
    const instance = autocannon({ pipelining: 1, timeout: 30, ...options }, (error, result) => (error ? reject(error) : resolve({ result, latencies })));
    instance.on('response', (_client, statusCode, _bytes, responseTime) => {
      if (statusCode >= 200 && statusCode < 300) latencies.push(responseTime);
    });
  });
}

const percentile = (sorted, p) => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] : null);

/** Sends `count` requests one after another (warm-up, counted pass); returns how many were not 2xx. */
export async function sequential(url, requests, count) {
  const { result } = await runAutocannon({ url, connections: 1, amount: count * requests.length, requests });
  return result.non2xx + result.errors + result.timeouts;
}

/** A timed measurement at one concurrency. */
export async function measure({ url, requests, connections, duration, pid }) {
  const sampler = rssSampler(pid);
  const { result, latencies } = await runAutocannon({ url, connections, duration, requests });
  const peakRssMb = sampler.stop();
  latencies.sort((a, b) => a - b);
  const ok = result['2xx'];
  return {
    connections,
    seconds: result.duration,
    requests: ok,
    rps: ok / result.duration,
    p50: percentile(latencies, 50),
    p99: percentile(latencies, 99),
    non2xx: result.non2xx,
    errors: result.errors + result.timeouts,
    peakRssMb,
  };
}
