/**
 * The notice that an endpoint was turned off: in the app, the endpoint shows as off with the reason
 * (the webhooks screen leads with it); by mail, when the installation sends mail, to the workspace's
 * editors, in Finnish, Swedish and English (Solmu keeps no language per user). The endpoint's address
 * is named, the deliveries' contents are not.
 */
import type { Database } from '../../db/database.js';
import { createMailer, type MailSettings } from '../../mail/mailer.js';
import type { DisabledNotice } from './webhooks.delivery.js';
import { editorAddresses } from '../enquiries/enquiries.repository.js';
import * as repo from './webhooks.repository.js';

export function noticeText(url: string, workspace: string, link: string) {
  return [
    `Webhook-osoite ${url} (työtila ${workspace}) on poistettu käytöstä, koska toimitukset siihen epäonnistuivat toistuvasti. Tarkista vastaanottaja ja ota osoite uudelleen käyttöön: ${link}`,
    `Webhook-adressen ${url} (arbetsyta ${workspace}) har stängts av eftersom leveranserna till den misslyckades upprepade gånger. Kontrollera mottagaren och aktivera adressen igen: ${link}`,
    `The webhook endpoint ${url} (workspace ${workspace}) has been disabled because deliveries to it kept failing. Check the receiver and re-enable the endpoint: ${link}`,
  ].join('\n\n');
}

export const NOTICE_SUBJECT = 'Webhook poistettu käytöstä / Webhook avstängd / Webhook endpoint disabled';

/** Mails the workspace's editors; without mail settings the app's own notice is the only one. */
export function mailDisabledNotice(settings: () => MailSettings | undefined): DisabledNotice {
  return async (db: Database, endpointId: string, workspaceId: string) => {
    const mail = settings();
    if (!mail) return;
    const mailer = createMailer(mail);
    const endpoint = await repo.findEndpoint(db, endpointId);
    const names = await repo.workspaceNames(db, workspaceId);
    if (!endpoint || !names) return;
    const text = noticeText(endpoint.url, names.nameFi, mailer.absolute('/webhooks'));
    for (const { email } of await editorAddresses(db, workspaceId))
      await mailer.send({ to: email, subject: NOTICE_SUBJECT, text });
  };
}
