// @wc-toolkit/storybook-helpers imports Node's `path` for its dev-server reloader, which never runs in
// the browser. This stands in for it there, so the Storybook build has nothing to externalise (and no
// warning about it).
const resolve = (...parts: string[]): string => parts.filter(Boolean).join('/');
export default { resolve };
export { resolve };
