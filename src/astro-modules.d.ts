// The type of an imported .astro component for tools that type-check .ts files
// without Astro's language server: ESLint's typed rules see this, so an import
// such as `import Steps from './Steps.astro'` is a component, not `any`.
// `astro check` resolves each .astro file itself and never falls back to it.
declare module '*.astro' {
  const component: import('astro/runtime/server/index.js').AstroComponentFactory;
  export default component;
}
