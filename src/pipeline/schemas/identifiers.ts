// Ids are segments of the site's addresses (/honorees/<id>/, /notices/<id>/, /funds/projects/<id>/): each refusal
// says why, so an id that would break a URL or land on one of the site's own pages is named at its cell.
import { invisibleFault } from '../invisible-characters.ts';
import type { Bilingual } from '../report.ts';
import type { CellFault } from './fields.ts';

/** Letters, digits, `-`, `_` and `.`, starting with a letter or a digit, at most 64 characters. */
const ID = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;

/**
 * The names a table's pages share their folder with: an id that equals one (compared without case, as Windows and
 * macOS disks do) would be written over that page or collide with its folder. `folder` is how the site shows it.
 */
export interface RouteNames {
  folder: string;
  names: readonly string[];
}

export function isIdentifier(value: string, reserved?: RouteNames): boolean {
  return identifierFault(value, reserved) === undefined;
}

/** Why `value` cannot be an id of a page in `reserved.folder`, or undefined when it can. */
export function identifierFault(value: string, reserved?: RouteNames): CellFault | undefined {
  if (ID.test(value) && !value.includes('..')) {
    const name = value.toLowerCase();
    if (!reserved?.names.includes(name)) return undefined;
    return {
      code: 'reserved-id',
      reason: {
        zh: `是网站在 ${reserved.folder} 下自己使用的名称，用作编号会与该页面冲突（不能用作编号的：${reserved.names.join('、')}）。请换一个编号。`,
        en: `is a name the site itself uses in ${reserved.folder}, so as an id it would collide with that page (not usable as ids: ${reserved.names.join(', ')}). Choose another id.`,
      },
    };
  }
  return invisibleFault(value) ?? { code: 'invalid-id', reason: idReason(value) };
}

function idReason(value: string): Bilingual {
  const what = (zh: string, en: string): Bilingual => ({
    zh: `${zh}：编号是网址中的一段，只能由字母、数字和 - _ . 组成，以字母或数字开头，不超过 64 个字符。`,
    en: `${en}: an id is one segment of a web address, made of letters, digits, "-", "_" and ".", starting with a letter or digit, at most 64 characters.`,
  });
  if (value === '.' || value === '..') return what(`是「${value}」，在网址中表示当前或上一级文件夹`, `is "${value}", which in a web address means this or the parent folder`);
  const slash = /[/\\]/.exec(value);
  if (slash) return what(`含有「${slash[0]}」`, `holds "${slash[0]}"`);
  if (value.includes('..')) return what('含有「..」', 'holds ".."');
  const special = /[?#%&]/.exec(value);
  if (special) return what(`含有「${special[0]}」，它在网址中有特殊含义`, `holds "${special[0]}", which means something else in a web address`);
  if (/\s/.test(value)) return what('含有空格', 'holds a space');
  const other = /[^A-Za-z0-9._-]/u.exec(value);
  if (other) return what(`含有「${other[0]}」`, `holds "${other[0]}"`);
  if ([...value].length > 64) return what('超过 64 个字符', 'is longer than 64 characters');
  return what('不以字母或数字开头', 'does not start with a letter or digit');
}
