import { describe, expect, it } from 'vitest';
import { detectTerms } from '../../src/core/detect';
import { Matcher } from '../../src/core/matcher';
import { detectPage, FIRST_LOOK_CHARS } from '../../src/page/detect-page';
import { compiled } from '../unit/glossary-fixture';

const matcher = new Matcher(compiled.index);
const filler = (chars: number) =>
  '<p>The council met to discuss the roads and the library budget for next year.</p>'.repeat(
    Math.ceil(chars / 70),
  );
const onTopic =
  '<p>Nvidia said the H20 needs an export licence, and the Entity List grew again as BIS added SMIC suppliers.</p>';

function load(html: string) {
  document.body.innerHTML = `<article>${html}</article>`;
  return detectPage(document, matcher);
}

describe('detectPage', () => {
  it('reads a long AI-race article to the end', async () => {
    const { page, detection } = await load(onTopic + filler(FIRST_LOOK_CHARS * 2) + onTopic);
    expect(page.truncated).toBeUndefined();
    const h20 = detection.matches.filter((m) => page.text.slice(m.start, m.end) === 'H20');
    expect(h20).toHaveLength(2);
  });

  it('finds exactly what a single full pass finds, wherever the first look is cut', async () => {
    const long = `<p>${'The Unreliable Entity List and the Entity List, export controls on HBM. '.repeat(700)}</p>`;
    for (let pad = 0; pad < 40; pad += 3) {
      const { page, detection } = await load(`${onTopic}<p>${'x'.repeat(pad)}</p>${long}`);
      expect(page.truncated).toBeUndefined();
      const direct = detectTerms(page.text, matcher).matches;
      expect(detection.matches.map((m) => [m.start, m.end, m.term])).toEqual(
        direct.map((m) => [m.start, m.end, m.term]),
      );
    }
  });

  it('gives the same marks when it pauses at every checkpoint, in English and in Chinese', async () => {
    const english = `<p>${'Nvidia shipped H20 chips to China under an export licence; the Entity List grew. '.repeat(900)}</p>`;
    const chinese = `<p>${'英伟达向中国出口H20芯片需要许可证，华为的昇腾芯片和中芯国际的产能也受到实体清单的影响。'.repeat(1200)}</p>`;
    for (const html of [onTopic + english, onTopic + chinese]) {
      document.body.innerHTML = `<article>${html}</article>`;
      let pauses = 0;
      const pause = async () => {
        pauses++;
      };
      const { page, detection } = await detectPage(document, matcher, { pause, sliceMs: 0 });
      const direct = detectTerms(page.text, matcher).matches;
      expect(detection.matches.length).toBeGreaterThan(1000);
      expect(detection.matches.map((m) => [m.start, m.end, m.term])).toEqual(
        direct.map((m) => [m.start, m.end, m.term]),
      );
      // Dozens of slices of matching and judging, each its own task in a page.
      expect(pauses).toBeGreaterThan(50);
    }
  });

  it('stops after a first look at a long page with no AI-race vocabulary', async () => {
    const { page, detection } = await load(filler(FIRST_LOOK_CHARS * 4));
    expect(page.truncated).toBe(true);
    expect(page.text.length).toBeLessThan(FIRST_LOOK_CHARS + 200);
    expect(detection.relevance.relevant).toBe(false);
  });
});
