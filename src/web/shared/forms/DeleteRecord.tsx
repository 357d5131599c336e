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
import { ApiError, records, type RecordAddress } from '../../api/client';

export type DeleteTexts = {
  button: string;
  title: string;
  /** Names what goes. */
  confirm: string;
  /** Said when other records still refer to this one (409). */
  conflict: string;
};

/** What goes: a generic record by its address, or anything else by its own removal. */
type Props = ({ apiPath: RecordAddress } | { remove: () => Promise<unknown> }) & {
  texts: DeleteTexts;
  onDeleted: () => void;
};

/** Delete after a confirmation that names what goes; the dialog traps focus and Esc cancels. */
export function DeleteRecord({ texts, onDeleted, ...what }: Props) {
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
      await ('remove' in what ? what.remove() : records.remove(what.apiPath));
      setOpen(false);
      onDeleted();
    } catch (error) {
      setBusy(false);
      setFailure(
        error instanceof ApiError && error.status === 409 ? texts.conflict : t('organisation.deleteFailed'),
      );
    }
  };

  return (
    <>
      <Button variant="secondary" ref={opener} onClick={() => setOpen(true)}>
        {texts.button}
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
          <ModalTitle id="delete-title">{texts.title}</ModalTitle>
          <Paragraph>{texts.confirm}</Paragraph>
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
