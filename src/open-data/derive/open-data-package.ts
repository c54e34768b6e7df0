// The Frictionless Data Package (datapackage.json, tabular profile v1) describing a release's open data.
// Titles, descriptions, types and enumerations come from the export schemas — the same ones the build validates with.
import { TABLES, type FieldSpec, type Release, type TableName } from '../../pipeline/schemas/index.ts';
import { fieldsOf, fileStem, OPEN_TABLES } from './open-data.ts';
import { MASKED_HONOREE_FIELDS } from './open-data-privacy.ts';

/** References between the published tables (the build checks each of them; see checks/references.ts). */
const FOREIGN_KEYS: Partial<Record<TableName, { fields: string; resource: TableName; key: string }[]>> = {
  notices: [{ fields: 'region_code', resource: 'regions', key: 'code' }],
  honorees: [
    { fields: 'region_code', resource: 'regions', key: 'code' },
    { fields: 'notice_id', resource: 'notices', key: 'id' },
  ],
  projects: [
    { fields: 'region_code', resource: 'regions', key: 'code' },
    { fields: 'notice_id', resource: 'notices', key: 'id' },
  ],
  fundLines: [{ fields: 'project_id', resource: 'projects', key: 'id' }],
  pairings: [{ fields: 'village_code', resource: 'regions', key: 'code' }],
  indicators: [{ fields: 'region_code', resource: 'regions', key: 'code' }],
};

/** What differs from the export in a published table. */
const PUBLISHED_NOTES: Partial<Record<TableName, string>> = {
  honorees:
    '未同意公开者只公开化名（姓氏加 **）、类别、级别、年度、所在乡镇（region_code）和公示编号，其余字段为空；已撤销的表彰不在其中。' +
    ' Honorees without consent appear with a masked name (surname + **), kind, level, year, township (region_code) and notice only; revoked honours are left out.',
  fundLines: '金额以元计，保留两位小数。 Amounts in yuan with two decimals.',
};

/** Well-known licences by SPDX id: their title and where to read them. */
const LICENSES: Record<string, { title: string; path: string }> = {
  'CC-BY-4.0': { title: 'Creative Commons Attribution 4.0', path: 'https://creativecommons.org/licenses/by/4.0/' },
  'CC-BY-SA-4.0': { title: 'Creative Commons Attribution Share-Alike 4.0', path: 'https://creativecommons.org/licenses/by-sa/4.0/' },
  'CC0-1.0': { title: 'CC0 1.0', path: 'https://creativecommons.org/publicdomain/zero/1.0/' },
  'ODbL-1.0': { title: 'Open Data Commons Open Database License 1.0', path: 'https://opendatacommons.org/licenses/odbl/1-0/' },
  'PDDL-1.0': { title: 'Open Data Commons Public Domain Dedication and License 1.0', path: 'https://opendatacommons.org/licenses/pddl/1-0/' },
};

/** Title and address of a licence known by its SPDX id, for the licence line on the page. */
export function licenseInfo(id: string): { title: string; path: string } | undefined {
  return LICENSES[id];
}

export interface PackageOptions {
  release: Omit<Release, 'contact'>;
  /** Absolute address of the open-data page, the package's homepage. */
  homepage: string;
}

export function dataPackage({ release, homepage }: PackageOptions) {
  const license = LICENSES[release.license];
  return {
    profile: 'tabular-data-package',
    name: `yangguang-${release.jurisdiction}-${release.release}`,
    title: `${release.publisher} 阳光公示开放数据（${release.release}）`,
    description:
      '自强标兵与交友帮扶好干部、公示、扶贫项目与资金明细、结对帮扶和脱贫指标。文件为带 BOM 的 UTF-8 CSV（Excel 可直接打开），每个 CSV 另有同名 JSON。' +
      ' Honorees, public notices, projects and fund lines, pairings and poverty indicators. Files are UTF-8 CSV with BOM; each CSV has a JSON twin of the same name.' +
      (release.sample ? ' 示例数据：人物与金额均为虚构。 Sample data: people and amounts are fictitious.' : ''),
    version: release.release,
    created: `${release.release}T00:00:00+08:00`,
    homepage,
    licenses: [{ name: release.license, ...(license ?? {}) }],
    contributors: [{ title: release.publisher, role: 'publisher' }],
    ...(release.attributions && release.attributions.length > 0 ? { sources: release.attributions.map((title) => ({ title })) } : {}),
    keywords: ['扶贫', '公示', '自强标兵', '扶贫资金', 'poverty alleviation', 'open data'],
    resources: OPEN_TABLES.map(resource),
  };
}

function resource(table: TableName) {
  const spec = TABLES[table];
  const note = PUBLISHED_NOTES[table];
  return {
    name: fileStem(table),
    path: `${fileStem(table)}.csv`,
    profile: 'tabular-data-resource',
    title: `${spec.title.zh} ${spec.title.en}`,
    description: `${spec.description.zh}。${spec.description.en}.${note ? ` ${note}` : ''}`,
    format: 'csv',
    mediatype: 'text/csv',
    encoding: 'utf-8',
    dialect: { delimiter: ',', lineTerminator: '\r\n', quoteChar: '"', doubleQuote: true, header: true },
    schema: {
      fields: fieldsOf(table).map((field) => fieldDescriptor(table, field)),
      missingValues: [''],
      ...(spec.primaryKey ? { primaryKey: [spec.primaryKey] } : {}),
      ...(FOREIGN_KEYS[table]
        ? { foreignKeys: FOREIGN_KEYS[table].map((key) => ({ fields: key.fields, reference: { resource: fileStem(key.resource), fields: key.key } })) }
        : {}),
    },
  };
}

function fieldDescriptor(table: TableName, field: FieldSpec) {
  // A masked honoree keeps only some fields, so in the published table the others may be empty.
  const required = field.required && (table !== 'honorees' || (MASKED_HONOREE_FIELDS as readonly string[]).includes(field.name));
  const constraints = { ...(required ? { required: true } : {}), ...(field.enum ? { enum: [...field.enum] } : {}) };
  return {
    name: field.name,
    title: field.alias,
    description: `${field.description.zh} — ${field.description.en}`,
    type: field.publishedType,
    ...(field.publishedType === 'boolean' ? { trueValues: ['是'], falseValues: ['否'] } : {}),
    ...(Object.keys(constraints).length > 0 ? { constraints } : {}),
  };
}
