// Constants of access that the editor reads too; kept apart from accessApi.ts's schemas so that
// importing them does not bring zod into the browser's editor.

export const SESSION_COOKIE = 'pactum_session';
export const MAX_DISPLAY_NAME = 60;
