// The extension's own elements in the page (the one UI host). Reading, watching and hit-testing
// leave them alone. They are known by identity, never by a tag or attribute a page could copy
// or define first.
const owned = new WeakSet<Node>();

export function claimAsOwnUi(node: Node): void {
  owned.add(node);
}

export function isOwnUi(node: unknown): boolean {
  return typeof node === 'object' && node !== null && owned.has(node as Node);
}
