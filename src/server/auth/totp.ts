import { Secret, TOTP } from 'otpauth';

const totpFor = (secret: string, label = 'Solmu') =>
  new TOTP({
    issuer: 'Solmu',
    label,
    algorithm: 'SHA1',
    digits: 6,
    period: 30,
    secret: Secret.fromBase32(secret),
  });

export function newTotpSecret(label: string) {
  const secret = new Secret({ size: 20 }).base32;
  return { secret, uri: totpFor(secret, label).toString() };
}

/** Accepts the current code and one step either side, for clocks that drift. */
export function verifyTotp(secret: string, code: string, now: Date): boolean {
  return totpFor(secret).validate({ token: code, timestamp: now.getTime(), window: 1 }) !== null;
}

export function totpCode(secret: string, now: Date): string {
  return totpFor(secret).generate({ timestamp: now.getTime() });
}
