import QRCode from 'qrcode';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLang } from '../../i18n/lang';

/** The join code big enough to read across a room, its QR code and the address it opens. */
export function JoinPanel({ code }: { code: string }) {
  const { t } = useTranslation();
  const lang = useLang();
  const address = `${location.origin}/${lang}/join/${code}`;
  const [qr, setQr] = useState<string | null>(null);
  useEffect(() => {
    let current = true;
    void QRCode.toDataURL(address, { margin: 1, width: 240 }).then((url) => current && setQr(url));
    return () => {
      current = false;
    };
  }, [address]);
  return (
    <section className="panel workshop-join" aria-labelledby="workshop-join-heading">
      <h2 id="workshop-join-heading">{t('workshop.joinHeading')}</h2>
      <div className="workshop-join-body">
        <div>
          <p>{t('workshop.joinIntro')}</p>
          <p
            className="workshop-code"
            aria-label={t('workshop.joinCodeIs', { code: code.split('').join(' ') })}
          >
            {code}
          </p>
          <p>
            {t('workshop.joinAddress')} <a href={address}>{address}</a>
          </p>
        </div>
        {qr && (
          <img
            className="workshop-qr"
            src={qr}
            width={240}
            height={240}
            alt={t('workshop.qrAlt', { address })}
          />
        )}
      </div>
    </section>
  );
}
