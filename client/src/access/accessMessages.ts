/** What to tell someone the server does not let in: the same words for a refused page and a closed socket. */
export const AccessMessage = {
  sessionEnded: 'Your session has ended. Open your invite link again.',
  notSignedIn: 'You are not signed in. Open the invite link your chair sent you.',
  forbidden: 'You do not have access to this treaty (your access may have been revoked).',
  notFound: 'Treaty not found. It may have been removed, or the address is wrong.',
} as const;
