/** What to tell someone the server does not let in: the same words for a refused page and a closed socket. */
export const AccessMessage = {
  sessionEnded:
    'Your access has ended: it was revoked, you signed out, or this browser stayed away too long. Ask your chair for a new invite link.',
  notSignedIn: 'You are not signed in. Open the invite link your chair sent you.',
  forbidden: 'You do not have access to this treaty (your access may have been revoked).',
  notFound: 'Treaty not found. It may have been removed, or the address is wrong.',
} as const;
