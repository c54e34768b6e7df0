// Build step (child process, after the dataset is written): each published honoree photo decoded and re-encoded
// at the widths the profile uses, through the photo cache, into the dataset's photos/; the dataset's `photos` part
// for the pages; what cannot be published (damaged, over the limits) goes to --problems for the orchestrator.
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import sharp from 'sharp';
import { writeDatasetPart } from '../../dataset/dataset.ts';
import type { PhotoSource } from '../../honorees/derive/honoree-photos.ts';
import { ENCODER_SETTINGS } from '../photos/encode-photo.ts';
import { PhotoCache } from '../photos/photo-cache.ts';
import { publishPhotos } from '../photos/publish-photos.ts';

const { values } = parseArgs({ options: { sources: { type: 'string' }, dataset: { type: 'string' }, cache: { type: 'string' }, problems: { type: 'string' } } });
if (!values.sources || !values.dataset || !values.cache || !values.problems) throw new Error('photos: --sources, --dataset, --cache and --problems are required');

// Every input is a buffer read once: libvips' cache of recent operations would only hold memory.
sharp.cache(false);
const started = performance.now();
const sources = JSON.parse(await readFile(values.sources, 'utf8')) as PhotoSource[];
const cache = new PhotoCache(values.cache, ENCODER_SETTINGS);
await cache.removeAbandoned();
const { photos, problems, encoded, cached } = await publishPhotos({ sources, outDir: join(values.dataset, 'photos'), cache });
await writeDatasetPart(values.dataset, 'photos', photos);
await writeFile(values.problems, JSON.stringify(problems));
const seconds = ((performance.now() - started) / 1000).toFixed(2);
process.stderr.write(`photos: ${Object.keys(photos).length} published; ${encoded} encoded, ${cached} from the cache (${seconds} s)\n`);
