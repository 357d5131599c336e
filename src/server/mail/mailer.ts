/**
 * Outgoing e-mail through the SMTP server the installation names (SOLMU_SMTP_URL). Without one Solmu
 * sends nothing and shows links to copy instead. Addresses and message bodies are never logged: a
 * failure is reported to the caller as "not sent", without the server's words (they may quote addresses).
 */
import nodemailer from 'nodemailer';

export type MailSettings = {
  /** smtp:// or smtps:// with credentials if the server needs them. */
  smtpUrl: string;
  /** The From header, e.g. "Solmu <solmu@example.fi>". */
  from: string;
  /** Where the installation is reached from outside: links in mails are absolute. */
  publicUrl: string;
};

export type Attachment = { filename: string; content: string; contentType: string };
export type Mail = { to: string; subject: string; text: string; attachments?: Attachment[] };

export type Mailer = {
  /** The absolute address of a path of the web app. */
  absolute(path: string): string;
  /** The address mails come from (the From header's address), e.g. a calendar invitation's organiser. */
  fromAddress: string;
  /** True when the server took the mail; false when it refused it or could not be reached. */
  send(mail: Mail): Promise<boolean>;
};

export function createMailer(settings: MailSettings): Mailer {
  const transport = nodemailer.createTransport(settings.smtpUrl);
  return {
    absolute: (path) => new URL(path, settings.publicUrl).href,
    fromAddress: /<([^>]+)>/.exec(settings.from)?.[1] ?? settings.from.trim(),
    async send(mail) {
      try {
        await transport.sendMail({ from: settings.from, ...mail });
        return true;
      } catch {
        return false;
      }
    },
  };
}
