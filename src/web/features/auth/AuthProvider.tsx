import { useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import { api, setCsrfToken } from '../../api/client';
import { ANONYMOUS_ME, AuthContext, type Me } from '../../shared/auth';

export function AuthProvider({ children }: { children: ReactNode }) {
  const [me, setMe] = useState<Me>(ANONYMOUS_ME);
  const [ready, setReady] = useState(false);

  const signedIn = useCallback((next: Me) => {
    setCsrfToken(next.csrfToken);
    setMe(next);
  }, []);

  useEffect(() => {
    api.get('/auth/me').then(
      (answer) => {
        signedIn(answer);
        setReady(true);
      },
      () => setReady(true),
    );
  }, [signedIn]);

  const signOut = useCallback(async () => {
    try {
      await api.send('POST', '/auth/logout');
      signedIn(ANONYMOUS_ME);
    } catch {
      // Show what the server says is true: perhaps the session had already ended.
      signedIn(await api.get('/auth/me').catch(() => ANONYMOUS_ME));
    }
  }, [signedIn]);

  const value = useMemo(() => ({ me, ready, signedIn, signOut }), [me, ready, signedIn, signOut]);
  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}
