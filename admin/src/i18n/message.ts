/** A message for `translate` or `notify`: an i18n key (or a server's text) and its options. */
export type Message = [key: string, options?: Record<string, unknown>];
