// 等保 idle-session timeout: no mouse, keyboard, touch or scroll activity for viewer.idleTimeoutSeconds ends the
// session (the server decides the length, so a test can shorten it there).
import { useEffect } from 'react';
import { useAuth } from './AuthContext.tsx';

const ACTIVITY_EVENTS = ['mousemove', 'mousedown', 'keydown', 'touchstart', 'wheel', 'scroll'] as const;

export function IdleTimeout() {
  const { state, signOut } = useAuth();
  const seconds = state.status === 'authenticated' ? state.viewer.idleTimeoutSeconds : 0;

  useEffect(() => {
    if (!seconds || seconds <= 0) return;
    const timeoutMs = seconds * 1000;
    let lastActivity = Date.now();
    let fired = false;
    const onActivity = () => {
      lastActivity = Date.now();
    };
    // Polling the last activity time survives throttled timers in background tabs and sleeping laptops.
    const check = () => {
      if (!fired && Date.now() - lastActivity >= timeoutMs) {
        fired = true;
        void signOut('idle');
      }
    };
    const interval = window.setInterval(check, Math.min(1000, timeoutMs / 4));
    for (const e of ACTIVITY_EVENTS) window.addEventListener(e, onActivity, { passive: true, capture: true });
    document.addEventListener('visibilitychange', check);
    return () => {
      window.clearInterval(interval);
      for (const e of ACTIVITY_EVENTS) window.removeEventListener(e, onActivity, { capture: true });
      document.removeEventListener('visibilitychange', check);
    };
  }, [seconds, signOut]);

  return null;
}
