import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { label } from '../../i18n/dynamic';
import { Button, Modal, ModalContent, ModalFooter, ModalTitle, Paragraph } from 'suomifi-ui-components';
import { SaveFailed, useAttempt } from '../../shared/forms/useAttempt';
import { setPublished, type PublicPage } from './api';

/** Publish or take back to a draft, after a confirmation that says what follows; Esc cancels. */
export function PublishButton({ page, onDone }: { page: PublicPage; onDone: (page: PublicPage) => void }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const opener = useRef<HTMLButtonElement>(null);
  const cancel = useRef<HTMLButtonElement>(null);
  const { failed, busy, attempt } = useAttempt();
  const publish = page.publishedAt === null;
  const word = publish ? 'publish' : 'unpublish';
  const confirm = () =>
    attempt(async () => {
      const saved = await setPublished(page.id, publish);
      setOpen(false);
      onDone(saved);
    });
  return (
    <>
      <Button variant={publish ? 'default' : 'secondary'} ref={opener} onClick={() => setOpen(true)}>
        {label(t, 'publicPageAction', word)}
      </Button>
      <Modal
        appElementId="root"
        visible={open}
        onEscKeyDown={() => setOpen(false)}
        focusOnOpenRef={cancel}
        focusOnCloseRef={opener}
        ariaLabelledBy="publish-title"
      >
        <ModalContent>
          <ModalTitle id="publish-title">{label(t, 'publicPageAction', `${word}Title`)}</ModalTitle>
          <Paragraph>{label(t, 'publicPageAction', `${word}Confirm`, { path: page.path })}</Paragraph>
          <SaveFailed shown={failed} />
        </ModalContent>
        <ModalFooter>
          <Button disabled={busy} onClick={() => void confirm()}>
            {label(t, 'publicPageAction', word)}
          </Button>
          <Button variant="secondary" ref={cancel} onClick={() => setOpen(false)}>
            {t('publicPages.cancel')}
          </Button>
        </ModalFooter>
      </Modal>
    </>
  );
}
