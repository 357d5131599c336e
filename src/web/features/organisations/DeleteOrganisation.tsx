import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  Button,
  InlineAlert,
  Modal,
  ModalContent,
  ModalFooter,
  ModalTitle,
  Paragraph,
} from 'suomifi-ui-components';
import { ApiError, send } from '../../api/client';

type Props = { id: string; name: string; onDeleted: () => void };

/** Delete after a confirmation that names what goes; the dialog traps focus and Esc cancels. */
export function DeleteOrganisation({ id, name, onDeleted }: Props) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const opener = useRef<HTMLButtonElement>(null);
  const cancel = useRef<HTMLButtonElement>(null);

  const confirm = async () => {
    setBusy(true);
    setFailure(null);
    try {
      await send('DELETE', `/organisations/${id}`);
      setOpen(false);
      onDeleted();
    } catch (error) {
      setBusy(false);
      setFailure(
        error instanceof ApiError && error.status === 409
          ? t('organisation.deleteConflict')
          : t('organisation.deleteFailed'),
      );
    }
  };

  return (
    <>
      <Button variant="secondary" ref={opener} onClick={() => setOpen(true)}>
        {t('organisation.delete')}
      </Button>
      <Modal
        appElementId="root"
        visible={open}
        onEscKeyDown={() => setOpen(false)}
        focusOnOpenRef={cancel}
        focusOnCloseRef={opener}
        ariaLabelledBy="delete-title"
      >
        <ModalContent>
          <ModalTitle id="delete-title">{t('organisation.deleteTitle')}</ModalTitle>
          <Paragraph>{t('organisation.deleteConfirm', { name })}</Paragraph>
          {failure && (
            <InlineAlert status="error" role="alert" mt="s">
              {failure}
            </InlineAlert>
          )}
        </ModalContent>
        <ModalFooter>
          {busy ? (
            <Button loading ariaLoadingText={t('organisation.deleting')}>
              {t('organisation.deleteConfirmButton')}
            </Button>
          ) : (
            <Button onClick={() => void confirm()}>{t('organisation.deleteConfirmButton')}</Button>
          )}
          <Button variant="secondary" ref={cancel} onClick={() => setOpen(false)}>
            {t('form.cancel')}
          </Button>
        </ModalFooter>
      </Modal>
    </>
  );
}
