// npm run sample:workbook — the bundled sample export (data/*.csv) written into the template workbook, as an office
// would fill it in Excel: tests/fixtures/sample-workbook/yangguang.xlsx. A build test derives the sample from it
// (beside data/'s release.json, boundaries and photos) and compares the result with the CSVs'.
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { templateWorkbook } from '../src/open-data/template-workbook.ts';
import { readCsvRows } from '../src/pipeline/csv-rows.ts';

const SAMPLE_WORKBOOK = 'tests/fixtures/sample-workbook/yangguang.xlsx';

const bytes = await templateWorkbook(await readCsvRows('data'));
await mkdir(dirname(SAMPLE_WORKBOOK), { recursive: true });
await writeFile(SAMPLE_WORKBOOK, bytes);
process.stdout.write(`${SAMPLE_WORKBOOK}: ${(bytes.length / 1024).toFixed(0)} KB\n`);
