// Modules the build generates from the glossary (see build.mjs).
declare module 'virtual:glossary-index' {
  const index: import('./compiled').MatcherIndex;
  export default index;
}
declare module 'virtual:glossary-cards' {
  const cards: import('./compiled').CardData;
  export default cards;
}
declare module 'virtual:glossary-brief' {
  const brief: import('./compiled').PopupBrief;
  export default brief;
}
