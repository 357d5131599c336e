/** The account the password and TOTP sign-in test may change: no journey keeps a session of it. */
export const SIGN_IN_TESTER = {
  email: 'tunnistautuminen@solmu-demo.example',
  name: 'Tunnistautumisen kokeilija',
} as const;

/** The name of the installation admin's second one-time link, the webhook journey's. */
export const WEBHOOK_ADMIN = 'admin (webhooks)';
