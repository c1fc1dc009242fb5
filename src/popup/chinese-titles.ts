// The Chinese titles of every term and trend, for the "This page" view of a Chinese page. Its own
// chunk: an English page's popup never loads it (glossary-brief.ts imports it on demand).
import brief from 'virtual:glossary-brief';

export default brief;
