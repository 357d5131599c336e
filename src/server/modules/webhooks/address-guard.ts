/**
 * No server-side request forgery through a webhook: an endpoint's host is resolved, and every address
 * it resolves to must be a public one (not loopback, private, link-local, carrier-grade NAT, multicast,
 * unique-local IPv6 or a cloud metadata address), checked when the endpoint is registered and again at
 * each delivery, whose connection then goes to the address checked (no second look-up a DNS rebinding
 * could answer differently). An installation admin may allow private addresses for one endpoint.
 */
import { lookup } from 'node:dns/promises';
import { BlockList, isIP } from 'node:net';
import { AppError } from '../../errors.js';

const BLOCKED = new BlockList();
for (const [net, bits] of [
  ['0.0.0.0', 8], // "this network"
  ['10.0.0.0', 8],
  ['100.64.0.0', 10], // carrier-grade NAT (also Alibaba's metadata 100.100.100.200)
  ['127.0.0.0', 8],
  ['169.254.0.0', 16], // link-local, the cloud metadata address 169.254.169.254
  ['172.16.0.0', 12],
  ['192.0.0.0', 24],
  ['192.0.2.0', 24],
  ['192.168.0.0', 16],
  ['198.18.0.0', 15],
  ['198.51.100.0', 24],
  ['203.0.113.0', 24],
  ['224.0.0.0', 4], // multicast
  ['240.0.0.0', 4], // reserved and broadcast
] as const)
  BLOCKED.addSubnet(net, bits, 'ipv4');
for (const [net, bits] of [
  ['::', 128],
  ['::1', 128],
  ['fc00::', 7], // unique-local (AWS's metadata fd00:ec2::254 too)
  ['fe80::', 10], // link-local
  ['ff00::', 8], // multicast
  ['2001:db8::', 32], // documentation
  ['100::', 64], // discard
] as const)
  BLOCKED.addSubnet(net, bits, 'ipv6');

/** An IPv4 address carried in IPv6 (::ffff:a.b.c.d, NAT64 64:ff9b::/96), or null. */
function embeddedIpv4(address: string): string | null {
  const m = /^(?:::ffff:|64:ff9b::)(?:0:)?([\d.]+|[\da-f]{1,4}:[\da-f]{1,4})$/i.exec(address);
  if (!m) return null;
  const tail = m[1]!;
  if (tail.includes('.')) return tail;
  const [hi, lo] = tail.split(':').map((h) => parseInt(h, 16)) as [number, number];
  return [hi >> 8, hi & 255, lo >> 8, lo & 255].join('.');
}

/** True for an address a webhook may not reach without the admin's permission. */
export function isPrivateAddress(address: string): boolean {
  const family = isIP(address);
  if (family === 4) return BLOCKED.check(address, 'ipv4');
  if (family !== 6) return true;
  const v4 = embeddedIpv4(address.toLowerCase());
  if (v4) return isIP(v4) !== 4 || BLOCKED.check(v4, 'ipv4');
  return BLOCKED.check(address, 'ipv6');
}

export type PinnedTarget = { url: URL; address: string; family: 4 | 6 };

const refuse = (code: string, message: string) =>
  new AppError(422, code, message, [{ path: 'url', message }]);

/** The URL, if it is http(s) with no credentials. */
export function parseWebhookUrl(raw: string): URL {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw refuse('webhook_url_invalid', 'The address is not a valid URL');
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    throw refuse('webhook_url_scheme', 'Only http and https addresses can receive webhooks');
  if (url.username || url.password)
    throw refuse('webhook_url_credentials', 'The address may not contain a user name or password');
  return url;
}

/**
 * The address a delivery connects to: every address the host resolves to is checked, so that a name
 * with one public and one private address is refused as a whole.
 */
export async function resolveWebhookTarget(raw: string, allowPrivateNetwork: boolean): Promise<PinnedTarget> {
  const url = parseWebhookUrl(raw);
  const host = url.hostname.replace(/^\[|\]$/g, '');
  let addresses: { address: string; family: number }[];
  if (isIP(host)) addresses = [{ address: host, family: isIP(host) }];
  else {
    try {
      addresses = await lookup(host, { all: true, verbatim: true });
    } catch {
      throw refuse('webhook_host_unknown', 'The host name of the address could not be resolved');
    }
  }
  if (!addresses.length)
    throw refuse('webhook_host_unknown', 'The host name of the address could not be resolved');
  if (!allowPrivateNetwork && addresses.some((a) => isPrivateAddress(a.address)))
    throw refuse(
      'webhook_private_address',
      'The address is in a private, loopback, link-local or metadata network; an installation admin must allow private networks for this endpoint',
    );
  const first = addresses[0]!;
  return { url, address: first.address, family: first.family === 6 ? 6 : 4 };
}
