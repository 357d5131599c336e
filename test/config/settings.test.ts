import { describe, expect, it } from 'vitest';
import { ConfigError, readConfig } from '../../src/server/config.js';
import { settingsFromConfig } from '../../src/server/main.js';

const OIDC = {
  OIDC_ISSUER: 'https://login.example.fi',
  OIDC_CLIENT_ID: 'solmu',
  OIDC_CLIENT_SECRET: 'secret',
  PUBLIC_URL: 'https://solmu.example.fi',
};

describe('settings from the environment reach the app', () => {
  it('passes HTTPS, proxy trust, the API limit, single sign-on and the YTJ address', () => {
    const settings = settingsFromConfig(
      readConfig({
        SOLMU_HTTPS: 'true',
        SOLMU_TRUST_PROXY: 'true',
        SOLMU_API_REQUESTS_PER_MINUTE: '5000',
        SOLMU_YTJ_URL: 'http://127.0.0.1:9999/ytj',
        ...OIDC,
      }),
    );
    expect(settings.security).toEqual({
      https: true,
      trustProxy: true,
      apiRequestsPerMinute: 5000,
      openRequestsPerMinute: 600,
      loginAttemptsPerIp: 100,
      loginFailuresPerAccount: 100,
    });
    expect(settings.oidc).toMatchObject({
      issuer: OIDC.OIDC_ISSUER,
      clientId: 'solmu',
      redirectUri: 'https://solmu.example.fi/auth/oidc/callback',
    });
    expect(settings.ytj).toEqual({ baseUrl: 'http://127.0.0.1:9999/ytj' });
  });

  it('keeps the safe defaults when nothing is set', () => {
    const settings = settingsFromConfig(readConfig({}));
    expect(settings.security).toEqual({
      https: false,
      trustProxy: false,
      apiRequestsPerMinute: 1200,
      openRequestsPerMinute: 600,
      loginAttemptsPerIp: 100,
      loginFailuresPerAccount: 100,
    });
    expect(settings.oidc).toBeUndefined();
    expect(settings.openDataLicence).toEqual({
      id: 'CC-BY-4.0',
      url: 'https://creativecommons.org/licenses/by/4.0/',
    });
  });

  it('refuses a limit that is not a positive whole number', () => {
    expect(() => readConfig({ SOLMU_API_REQUESTS_PER_MINUTE: '0' })).toThrow(ConfigError);
    expect(() => readConfig({ SOLMU_API_REQUESTS_PER_MINUTE: 'many' })).toThrow(ConfigError);
  });

  it('passes the mail server, sender and public address; SMTP needs both', () => {
    const mail = { SOLMU_SMTP_URL: 'smtp://127.0.0.1:2525', SOLMU_MAIL_FROM: 'Solmu <solmu@example.fi>' };
    expect(settingsFromConfig(readConfig({ ...mail, PUBLIC_URL: 'https://solmu.example.fi' })).mail).toEqual({
      smtpUrl: 'smtp://127.0.0.1:2525',
      from: 'Solmu <solmu@example.fi>',
      publicUrl: 'https://solmu.example.fi',
    });
    expect(settingsFromConfig(readConfig({})).mail).toBeUndefined();
    expect(() => readConfig(mail)).toThrow(ConfigError);
    expect(() => readConfig({ SOLMU_SMTP_URL: 'smtp://x', PUBLIC_URL: 'https://solmu.example.fi' })).toThrow(
      ConfigError,
    );
    expect(() => readConfig({ ...mail, SOLMU_SMTP_URL: 'http://x', PUBLIC_URL: 'https://a.fi' })).toThrow(
      ConfigError,
    );
  });

  it("passes the open data API's own limit and licence; an unknown licence needs its address", () => {
    const settings = settingsFromConfig(
      readConfig({ SOLMU_OPEN_REQUESTS_PER_MINUTE: '30', SOLMU_OPEN_DATA_LICENCE: 'CC0-1.0' }),
    );
    expect(settings.security?.openRequestsPerMinute).toBe(30);
    expect(settings.openDataLicence).toEqual({
      id: 'CC0-1.0',
      url: 'https://creativecommons.org/publicdomain/zero/1.0/',
    });
    const own = readConfig({ SOLMU_OPEN_DATA_LICENCE: 'LicenseRef-Town https://town.example.fi/licence' });
    expect(own.openDataLicence).toEqual({ id: 'LicenseRef-Town', url: 'https://town.example.fi/licence' });
    expect(() => readConfig({ SOLMU_OPEN_DATA_LICENCE: 'LicenseRef-Town' })).toThrow(ConfigError);
    expect(() => readConfig({ SOLMU_OPEN_DATA_LICENCE: 'CC-BY-4.0 ftp://x' })).toThrow(ConfigError);
    expect(() => readConfig({ SOLMU_OPEN_REQUESTS_PER_MINUTE: '0' })).toThrow(ConfigError);
  });

  it('passes the sign-in limits', () => {
    const settings = settingsFromConfig(
      readConfig({ SOLMU_LOGIN_ATTEMPTS_PER_IP: '20', SOLMU_LOGIN_FAILURES_PER_ACCOUNT: '6' }),
    );
    expect(settings.security).toMatchObject({ loginAttemptsPerIp: 20, loginFailuresPerAccount: 6 });
    expect(() => readConfig({ SOLMU_LOGIN_FAILURES_PER_ACCOUNT: '0' })).toThrow(ConfigError);
  });
});

describe('metrics and shutdown settings', () => {
  it('keeps metrics off by default and waits 10 s for requests in flight', () => {
    const config = readConfig({});
    expect(settingsFromConfig(config).metricsToken).toBeUndefined();
    expect(config.shutdownTimeoutMs).toBe(10_000);
    expect(readConfig({ SOLMU_SHUTDOWN_TIMEOUT_SECONDS: '3' }).shutdownTimeoutMs).toBe(3000);
  });

  it('turns metrics on only with a token of at least 16 characters', () => {
    const token = 'a-long-enough-token';
    expect(
      settingsFromConfig(readConfig({ SOLMU_METRICS: 'on-with-token', SOLMU_METRICS_TOKEN: token }))
        .metricsToken,
    ).toBe(token);
    expect(() => readConfig({ SOLMU_METRICS: 'on-with-token' })).toThrow(/SOLMU_METRICS_TOKEN/);
    expect(() => readConfig({ SOLMU_METRICS: 'on-with-token', SOLMU_METRICS_TOKEN: 'short' })).toThrow(
      ConfigError,
    );
    expect(() => readConfig({ SOLMU_METRICS: 'on' })).toThrow(ConfigError);
    // a token alone does not turn them on
    expect(settingsFromConfig(readConfig({ SOLMU_METRICS_TOKEN: token })).metricsToken).toBeUndefined();
  });
});
