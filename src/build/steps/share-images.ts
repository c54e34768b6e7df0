// Build step (child process, once the dataset and the public URL are known): the share cards and notice posters
// (src/share/), through the share-image cache, into the dataset's share/ folder (copied into the site beside the
// pages); the dataset's `shareImages` part tells the pages which images exist.
import { parseArgs } from 'node:util';
import sharp from 'sharp';
import { cjkFontFiles } from '../../charts/font.ts';
import { readDatasetPart, writeDatasetPart } from '../../dataset/dataset.ts';
import { GlyphFont } from '../../share/glyph-font.ts';
import { ShareImageCache, pruneShareImageCache } from '../../share/image-cache.ts';
import { planShareImages, renderShareImages } from '../../share/make-share-images.ts';
import { RENDER_SETTINGS } from '../../share/render-png.ts';

const { values } = parseArgs({ options: { dataset: { type: 'string' }, cache: { type: 'string' }, origin: { type: 'string' }, base: { type: 'string' } } });
if (!values.dataset || !values.cache || !values.origin || !values.base) throw new Error('share images: --dataset, --cache, --origin and --base are required');

// Every image is encoded once from pixels in memory: libvips' cache of recent operations would only hold memory.
sharp.cache(false);
const started = performance.now();
const fontFiles = cjkFontFiles();
// The build checks the font before this step (chart-font-missing); without it there is nothing to draw with.
if (!fontFiles) throw new Error('share images: the CJK font package @expo-google-fonts/noto-sans-sc is not installed');
const [regularFile, boldFile] = fontFiles as [string, string];
const fonts = { regular: new GlyphFont(regularFile, 'r'), bold: new GlyphFont(boldFile, 'b') };
const dir = values.dataset;
/**
 * The plan (which images, how each is drawn) is made inside a function, so that the dataset it is made from —
 * honorees and projects, ~250 MB of heap at 100,000 honorees with 1,000,000 fund lines — is let go before the
 * images render: held, it made every garbage collection during the renders, which the images' pixel buffers
 * (external memory) set off again and again, mark all of it (~15 % of the step's CPU time).
 */
const plan = await (async () => {
  const [meta, notices, honorees, projects, regions] = await Promise.all([
    readDatasetPart(dir, 'meta'), readDatasetPart(dir, 'notices'), readDatasetPart(dir, 'honorees'), readDatasetPart(dir, 'projects'), readDatasetPart(dir, 'regions'),
  ]);
  return planShareImages({ dataset: { meta, notices, honorees, projects, regions }, origin: values.origin as string, base: values.base as string, fonts });
})();
const result = await renderShareImages(plan, { cache: new ShareImageCache(values.cache, RENDER_SETTINGS), outDir: dir });
await writeDatasetPart(dir, 'shareImages', result.images);
const pruned = await pruneShareImageCache(values.cache);
const seconds = ((performance.now() - started) / 1000).toFixed(2);
const perImage = result.rendered > 0 ? ` (${(result.cpuMs / result.rendered).toFixed(1)} ms of CPU per rendered image, all of the step's work included)` : '';
process.stderr.write(`share images: ${result.rendered + result.cached} written; ${result.rendered} rendered, ${result.cached} from the cache${pruned > 0 ? `, ${pruned} unused cache entries removed` : ''}${perImage} (${seconds} s)\n`);
