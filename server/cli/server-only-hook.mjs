// Module resolve hook: `import 'server-only'` is a no-op in the CLIs, which are server code.
export async function resolve(specifier, context, nextResolve) {
  if (specifier === 'server-only') return { url: 'data:text/javascript,export {};', shortCircuit: true };
  return nextResolve(specifier, context);
}
