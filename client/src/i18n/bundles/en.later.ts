// The later namespaces' messages of this language, in one chunk (namespaces.ts: LATER_NAMESPACES).
export default import.meta.glob('../locales/en/{panel,versions,export}.json', {
  eager: true,
  import: 'default',
});
