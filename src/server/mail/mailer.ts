/**
 * Outgoing e-mail through the SMTP server the installation names (SOLMU_SMTP_URL). Without one Solmu
 * sends nothing and shows links to copy instead. Addresses and message bodies are never logged: a
 * failure is reported to the caller as "not sent", without the server's words (they may quote addresses).
 * With the job queue running, a mail is queued (`outbox`) and a worker hands it to the server, retrying
 * with back-off (outbox.ts); without it (tests, one-off commands) it goes to the server at once.
 */
import nodemailer from 'nodemailer';

export type MailSettings = {
  /** smtp:// or smtps:// with credentials if the server needs them. */
  smtpUrl: string;
  /** The From header, e.g. "Solmu <solmu@example.fi>". */
  from: string;
  /** Where the installation is reached from outside: links in mails are absolute. */
  publicUrl: string;
  /** Queues a mail instead of sending it now (outbox.ts); a throw means it was not queued. */
  outbox?: (mail: Mail) => Promise<void>;
};

export type Attachment = { filename: string; content: string; contentType: string };
export type Mail = { to: string; subject: string; text: string; attachments?: Attachment[] };

export type Mailer = {
  /** The absolute address of a path of the web app. */
  absolute(path: string): string;
  /** The address mails come from (the From header's address), e.g. a calendar invitation's organiser. */
  fromAddress: string;
  /**
   * True when the server (or the outbox) took the mail; false when it refused it or could not be
   * reached.
   */
  send(mail: Mail): Promise<boolean>;
};

export function createMailer(settings: MailSettings): Mailer {
  const deliver = settings.outbox ?? smtpDelivery(settings);
  return {
    absolute: (path) => new URL(path, settings.publicUrl).href,
    fromAddress: /<([^>]+)>/.exec(settings.from)?.[1] ?? settings.from.trim(),
    send: (mail) =>
      deliver(mail).then(
        () => true,
        () => false,
      ),
  };
}

/** Hands a mail to the SMTP server; a refusal throws an error that names no address. */
export function smtpDelivery(settings: MailSettings): (mail: Mail) => Promise<void> {
  const transport = nodemailer.createTransport(settings.smtpUrl);
  return async (mail) => {
    try {
      await transport.sendMail({ from: settings.from, ...mail });
    } catch {
      throw new Error('The SMTP server did not take the mail');
    }
  };
}
