// The first namespaces' messages of this language, in one chunk (namespaces.ts: FIRST_NAMESPACES).
export default import.meta.glob('../locales/fr/{common,errors,access,editor,agreement,views,a11y}.json', {
  eager: true,
  import: 'default',
});
