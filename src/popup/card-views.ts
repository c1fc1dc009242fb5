// The popup's views that read the full glossary (cards, search index, glossary facts). The popup
// imports this module on demand, so opening it to the "This page" view never parses the cards.
export { GlossaryView } from './glossary-view';
export { HighlightsView } from './highlights-view';
export { SettingsView } from './settings-view';
export { TermView } from './term-view';
export { TrendView } from './trend-view';
