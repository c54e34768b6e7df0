import { describe, expect, it } from 'vitest';
import { dataPackage } from '../../../src/open-data/derive/open-data-package.ts';
import { TABLES } from '../../../src/pipeline/schemas/index.ts';

const release = { release: '2026-11-01', publisher: '安康市脱贫办', jurisdiction: '6109', license: 'CC-BY-4.0', crs: 'WGS84' as const, attributions: ['区划代码：国家统计局'] };

describe('datapackage.json', () => {
  const descriptor = dataPackage({ release, homepage: 'https://example.org/data/' });

  it('describes every published table with the fields, titles and types of the export schemas', () => {
    expect(descriptor.resources.map((resource) => resource.path)).toEqual(Object.values(TABLES).map((table) => table.file));
    const fundLines = descriptor.resources.find((resource) => resource.name === 'fund_lines');
    expect(fundLines?.schema.fields.find((field) => field.name === 'allocated')).toEqual({
      name: 'allocated',
      title: '计划金额（元）',
      description: '计划金额（元） — Allocated (yuan)',
      type: 'number',
      constraints: { required: true },
    });
    expect(fundLines?.schema).toMatchObject({ foreignKeys: [{ fields: 'project_id', reference: { resource: 'projects', fields: 'id' } }] });
    const notices = descriptor.resources.find((resource) => resource.name === 'notices');
    expect(notices?.schema.fields.find((field) => field.name === 'type')?.constraints).toEqual({ required: true, enum: ['标兵评选', '干部评选', '资金项目', '脱贫退出', '结对帮扶', '其他'] });
    expect(notices?.schema).toMatchObject({ primaryKey: ['id'], missingValues: [''] });
  });

  it('lets the fields a masked honoree leaves empty be empty, and reads 是/否 as booleans', () => {
    const honorees = descriptor.resources.find((resource) => resource.name === 'honorees');
    const field = (name: string) => honorees?.schema.fields.find((candidate) => candidate.name === name);
    expect(field('story')?.constraints).toBeUndefined();
    expect(field('name')?.constraints).toEqual({ required: true });
    expect(field('consent')).toMatchObject({ type: 'boolean', trueValues: ['是'], falseValues: ['否'] });
  });

  it('names the release, licence, publisher and sources', () => {
    expect(descriptor).toMatchObject({
      profile: 'tabular-data-package',
      name: 'yangguang-6109-2026-11-01',
      version: '2026-11-01',
      created: '2026-11-01T00:00:00+08:00',
      licenses: [{ name: 'CC-BY-4.0', path: 'https://creativecommons.org/licenses/by/4.0/' }],
      contributors: [{ title: '安康市脱贫办', role: 'publisher' }],
      sources: [{ title: '区划代码：国家统计局' }],
    });
  });
});
