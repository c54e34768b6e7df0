// release.json: who publishes this export, under which licence, and that it is sample data.

import { isoDate, type Day } from './calendar.ts';
import { cityOffice } from './issuers.ts';

export interface ReleaseManifest {
  release: string;
  publisher: string;
  jurisdiction: string;
  license: string;
  crs: 'WGS84' | 'GCJ02';
  contact: { phone: string; email: string; address: string };
  /** Sources to credit wherever the data is shown (README of scripts/reference/ankang). */
  attributions: string[];
  /** Marks generated data; the site shows a sample-data banner. */
  sample: true;
  note: string;
}

export function releaseManifest(release: Day, cityCode: string, seed: number): ReleaseManifest {
  const office = cityOffice(cityCode, seed);
  return {
    release: isoDate(release),
    publisher: `${office.name}（示例数据）`,
    jurisdiction: cityCode,
    license: 'CC-BY-4.0',
    crs: 'WGS84',
    contact: { phone: office.phone, email: office.email, address: office.address },
    attributions: [
      '区划代码：国家统计局 统计用区划代码',
      '边界数据来源：DataV.GeoAtlas / 高德（县界）；乡镇边界为示意边界，非实际行政界线',
    ],
    sample: true,
    note:
      '示例数据：地名、区划代码（国家统计局 统计用区划代码）和县级边界（DataV.GeoAtlas / 高德）为真实公开数据，乡镇边界为示意；人物、事迹、照片、金额和各项统计数字均为虚构。' +
      ' Sample data: place names, division codes and county outlines are real public data, township outlines are schematic; people, stories, photos, amounts and counts are fictitious.',
  };
}
