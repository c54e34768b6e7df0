import { describe, expect, it } from 'vitest';
import { nameSearchForms, splitName } from '../../../src/honorees/derive/honoree-name-forms.ts';

describe('splitName', () => {
  it('splits single and compound surnames', () => {
    expect(splitName('张明华')).toEqual({ surname: '张', given: '明华' });
    expect(splitName('欧阳娜娜')).toEqual({ surname: '欧阳', given: '娜娜' });
  });
});

describe('nameSearchForms', () => {
  it('has the given name, each character, full and spaced pinyin and initials', () => {
    const forms = nameSearchForms('张明华');
    for (const form of ['明华', '张', '明', '华', 'zhangminghua', 'zhang', 'minghua', 'ming', 'hua', 'zmh']) expect(forms).toContain(form);
  });

  it('reads a surname as a surname and also the common way', () => {
    const forms = nameSearchForms('曾世金');
    expect(forms).toContain('zengshijin');
    expect(forms).toContain('cengshijin');
    expect(forms).toContain('zsj');
  });

  it('writes ü both as v and as u', () => {
    const forms = nameSearchForms('吕丽');
    expect(forms).toContain('lvli');
    expect(forms).toContain('luli');
  });

  it('keeps a compound surname whole in the pinyin split', () => {
    const forms = nameSearchForms('欧阳娜娜');
    expect(forms).toContain('ouyang');
    expect(forms).toContain('nana');
    expect(forms).toContain('oynn');
  });

  it('has no duplicates and nothing for a name without a given name', () => {
    const forms = nameSearchForms('李慧');
    expect(new Set(forms).size).toBe(forms.length);
    expect(nameSearchForms('李')).toEqual([]);
  });
});
