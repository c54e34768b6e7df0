// The map's six layers: which region rate each shows, how people read it, and its ColorBrewer scheme.
// ColorBrewer's sequential schemes stay ordered for colour-blind readers; each layer gets its own hue
// so switching layers visibly changes the map, and the legend always labels every class with numbers.
import type { RateId } from '../../regions/derive/region-rates.ts';

/** How a layer's values are read: per 10,000 residents, yuan per resident, or a share shown as a percentage. */
export type LayerUnit = 'per10k' | 'yuanPerResident' | 'ratio';

/** Sequential ColorBrewer schemes from d3-scale-chromatic used by the layers. */
export type SchemeName = 'YlOrBr' | 'YlGn' | 'Blues' | 'OrRd' | 'Purples' | 'GnBu' | 'Greens';

export interface MapLayer {
  id: RateId;
  /** The layer's name in the switcher and the table header. */
  label: string;
  /** What the number is, in one phrase under the legend and in the table caption. */
  definition: string;
  unit: LayerUnit;
  scheme: SchemeName;
}

export const MAP_LAYERS: readonly MapLayer[] = [
  { id: 'honoreesPer10k', label: '每万人表彰人数', definition: '自强标兵与交友帮扶好干部人数 ÷ 常住人口 × 10,000（已撤销的不计）', unit: 'per10k', scheme: 'YlOrBr' },
  { id: 'fundsPerResident', label: '人均项目资金', definition: '当年项目计划资金 ÷ 常住人口（元/人）', unit: 'yuanPerResident', scheme: 'YlGn' },
  { id: 'disbursementRate', label: '资金拨付率', definition: '已拨付资金 ÷ 计划资金', unit: 'ratio', scheme: 'Blues' },
  { id: 'povertyIncidence', label: '贫困发生率', definition: '未脱贫人口（建档立卡 − 已脱贫）÷ 常住人口', unit: 'ratio', scheme: 'OrRd' },
  { id: 'pairingCoverage', label: '结对覆盖率', definition: '已结对贫困户 ÷ 贫困户', unit: 'ratio', scheme: 'Purples' },
  { id: 'satisfaction', label: '回访满意率', definition: '电话回访中表示满意的户数 ÷ 回访户数', unit: 'ratio', scheme: 'GnBu' },
  {
    id: 'exitTargetRate',
    label: '目标完成率',
    definition: '当年实际脱贫人数 ÷ 脱贫人数目标；实际 = 当年已脱贫人口 − 上年已脱贫人口（没有目标的地区无数据）',
    unit: 'ratio',
    scheme: 'Greens',
  },
];

export const DEFAULT_LAYER: RateId = 'honoreesPer10k';

export function mapLayer(id: string): MapLayer | undefined {
  return MAP_LAYERS.find((layer) => layer.id === id);
}
