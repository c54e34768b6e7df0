// Build step (child process): index the built pages' main content with Pagefind.
import { parseArgs } from 'node:util';
import * as pagefind from 'pagefind';

const { values } = parseArgs({ options: { site: { type: 'string' } } });
if (!values.site) throw new Error('search-index: --site is required');

const { index, errors } = await pagefind.createIndex({ forceLanguage: 'zh-cn' });
if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
const added = await index.addDirectory({ path: values.site });
if (added.errors.length > 0) throw new Error(added.errors.join('; '));
const written = await index.writeFiles({ outputPath: `${values.site}/pagefind` });
if (written.errors.length > 0) throw new Error(written.errors.join('; '));
process.stderr.write(`Pagefind indexed ${added.page_count} pages\n`);
await pagefind.close();
