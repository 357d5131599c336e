import { useCallback, useState } from 'react';
import './workshop-join.css';
import { useApi } from '../../api/useApi';
import { localized } from '../../i18n/format';
import { useLang } from '../../i18n/lang';
import { Loading } from '../../ui/Loading';
import { PageTitle } from '../../ui/PageTitle';
import { dropToken, readWorkshop, tokenOf } from './api';
import { ConsentForm } from './ConsentForm';
import { JoinRefusal } from './JoinRefusal';
import { Participate } from './Participate';

/** A workshop opened by its code: join it (consent, name) or, once joined, take part. */
export function JoinWorkshop({ code }: { code: string }) {
  const lang = useLang();
  const [joined, setJoined] = useState(() => tokenOf(code) !== null);
  const info = useApi(`join/${code}`, (signal) => readWorkshop(code, signal));
  const leave = useCallback(() => {
    dropToken(code);
    setJoined(false);
  }, [code]);
  if (info.state === 'loading') return <Loading />;
  if (info.state === 'error') return <JoinRefusal error={info.error} />;
  const title = localized(info.data.workshop, 'title', lang);
  return (
    <>
      <PageTitle lang={title.lang === lang ? undefined : title.lang} fallback>
        {title.text}
      </PageTitle>
      {joined ? (
        <Participate code={code} onGone={leave} />
      ) : (
        <ConsentForm code={code} onJoined={() => setJoined(true)} />
      )}
    </>
  );
}
