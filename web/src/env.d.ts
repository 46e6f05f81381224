// Build-time settings the app reads from import.meta.env (vite: only VITE_* variables reach the bundle).
interface ImportMetaEnv {
  /** IANA time zone every date and time is shown in (shared/format.ts); default Asia/Shanghai. */
  readonly VITE_PLATFORM_TIME_ZONE?: string;
}
