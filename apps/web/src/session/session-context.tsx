import type { RegisterBody } from '@oryndau/contracts';
import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState } from 'react';
import type { ReactNode } from 'react';
import { api, http, onUnauthorized } from '../api/api.ts';
import { ApiError } from '../api/http-client.ts';
import type { User } from '../api/types.ts';
import { applyLanguage } from '../i18n/i18n.ts';
import { isUiLanguage } from '../i18n/ui-language.ts';
import type { UiLanguage } from '../i18n/ui-language.ts';

export type SessionState =
  | { status: 'loading' }
  | { status: 'failed'; error: ApiError }
  | { status: 'ready'; devMode: boolean; user: User | null };

export type SessionValue = {
  state: SessionState;
  user: User | null;
  devMode: boolean;
  /** Throws ApiError; the sign-in page shows its message. */
  signIn: (iin: string, password: string) => Promise<User>;
  /** ЭЦП sign-in: the server's nonce signed with an authentication key (CMS, base64). Throws ApiError. */
  signInWithSignature: (challengeId: string, cms: string) => Promise<User>;
  /** FILE-3: registers a new applicant and signs them in; they land on their home. Throws ApiError. */
  register: (body: RegisterBody) => Promise<User>;
  signOut: () => Promise<void>;
  /** Changes the screen language now; for a signed-in user also saves it (PUT /api/me/locale). */
  switchLanguage: (language: UiLanguage) => Promise<void>;
  reload: () => void;
};

const SessionContext = createContext<SessionValue | null>(null);

// ISSUE-13 item 7: a language chosen on the sign-in page (signed out) is the
// person's choice for this visit and wins over the profile's saved language
// at sign-in, which then saves it. Kept for the tab (a reload of the sign-in
// page keeps it), cleared once a sign-in has used it.
const pageChoiceKey = 'oryndau.language.chosen';

function readPageChoice(): UiLanguage | null {
  try {
    const value = typeof sessionStorage === 'undefined' ? null : sessionStorage.getItem(pageChoiceKey);
    return isUiLanguage(value) ? value : null;
  } catch {
    return null;
  }
}

function writePageChoice(language: UiLanguage | null): void {
  try {
    if (typeof sessionStorage === 'undefined') return;
    if (language === null) sessionStorage.removeItem(pageChoiceKey);
    else sessionStorage.setItem(pageChoiceKey, language);
  } catch {
    // Storage disabled: the choice then lasts only until the page reloads.
  }
}

function toApiError(error: unknown): ApiError {
  return error instanceof ApiError ? error : new ApiError(0, 'unknown', String(error));
}

export function SessionProvider({ children }: { children: ReactNode }) {
  const [state, setState] = useState<SessionState>({ status: 'loading' });
  const [generation, setGeneration] = useState(0);
  // Locale saves run one after another so the last choice is the one stored.
  const localeSaves = useRef<Promise<unknown>>(Promise.resolve());
  const pageChoice = useRef<UiLanguage | null>(readPageChoice());

  /** The user just signed in: the sign-in page's choice wins and is saved; else the profile's language. */
  const adoptLanguage = useCallback(async (user: User): Promise<User> => {
    const chosen = pageChoice.current;
    pageChoice.current = null;
    writePageChoice(null);
    if (chosen === null || chosen === user.locale) {
      applyLanguage(user.locale);
      return user;
    }
    applyLanguage(chosen);
    try {
      return (await api.saveLocale(chosen)).user;
    } catch {
      // Not saved this time: the screen still speaks the chosen language.
      return { ...user, locale: chosen };
    }
  }, []);

  const setUser = useCallback((user: User | null) => {
    setState((prev) => ({ status: 'ready', devMode: prev.status === 'ready' ? prev.devMode : false, user }));
  }, []);

  useEffect(() => {
    let cancelled = false;
    api.session().then(
      (session) => {
        if (cancelled) return;
        http.setCsrfToken(session.csrfToken);
        // A signed-in user's saved language wins over this browser's last choice.
        if (session.user !== null) applyLanguage(session.user.locale);
        setState({ status: 'ready', devMode: session.devMode, user: session.user });
      },
      (error: unknown) => {
        if (!cancelled) setState({ status: 'failed', error: toApiError(error) });
      },
    );
    return () => {
      cancelled = true;
    };
  }, [generation]);

  useEffect(() => {
    onUnauthorized(() => setUser(null));
    return () => onUnauthorized(undefined);
  }, [setUser]);

  const refreshToken = useCallback(() => {
    // The server may issue a new CSRF token with a new session; the cookie
    // already carries it, this keeps the fallback copy current too.
    api.session().then(
      (session) => {
        http.setCsrfToken(session.csrfToken);
        setState((prev) => (prev.status === 'ready' ? { ...prev, devMode: session.devMode } : prev));
      },
      () => undefined,
    );
  }, []);

  const signIn = useCallback(async (iin: string, password: string) => {
    const { user: signedIn } = await api.login(iin, password);
    const user = await adoptLanguage(signedIn);
    setUser(user);
    refreshToken();
    return user;
  }, [adoptLanguage, refreshToken, setUser]);

  const signInWithSignature = useCallback(async (challengeId: string, cms: string) => {
    const { user: signedIn } = await api.esignSignIn(challengeId, cms);
    const user = await adoptLanguage(signedIn);
    setUser(user);
    refreshToken();
    return user;
  }, [adoptLanguage, refreshToken, setUser]);

  const register = useCallback(async (body: RegisterBody) => {
    const { user } = await api.register(body);
    // The language was chosen in the registration form and saved with the account.
    pageChoice.current = null;
    writePageChoice(null);
    applyLanguage(user.locale);
    window.location.hash = '/';
    setUser(user);
    refreshToken();
    return user;
  }, [refreshToken, setUser]);

  const signOut = useCallback(async () => {
    try {
      await api.logout();
    } finally {
      setUser(null);
      window.location.hash = '/';
      refreshToken();
    }
  }, [refreshToken, setUser]);

  const user = state.status === 'ready' ? state.user : null;
  const signedIn = user !== null;

  const switchLanguage = useCallback(async (language: UiLanguage) => {
    applyLanguage(language);
    if (!signedIn) {
      pageChoice.current = language;
      writePageChoice(language);
      return;
    }
    const save = localeSaves.current.catch(() => undefined).then(() => api.saveLocale(language));
    localeSaves.current = save;
    const { user: saved } = await save;
    setState((prev) => (prev.status === 'ready' && prev.user !== null ? { ...prev, user: saved } : prev));
  }, [signedIn]);

  const reload = useCallback(() => {
    setState({ status: 'loading' });
    setGeneration((g) => g + 1);
  }, []);

  const value = useMemo<SessionValue>(() => ({
    state,
    user,
    devMode: state.status === 'ready' && state.devMode,
    signIn,
    signInWithSignature,
    register,
    signOut,
    switchLanguage,
    reload,
  }), [state, user, signIn, signInWithSignature, register, signOut, switchLanguage, reload]);

  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): SessionValue {
  const value = useContext(SessionContext);
  if (value === null) throw new Error('useSession outside SessionProvider');
  return value;
}

/** The session where there is one; null on the roots without the staff shell's provider (the ЭНП portal's application page signs with the same dialog). */
export function useSessionIfAny(): SessionValue | null {
  return useContext(SessionContext);
}
