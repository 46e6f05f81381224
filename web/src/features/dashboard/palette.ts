// Colours of the dark 数据大屏. Contrast is chosen for reading across a room: light text on deep blue, and a scale
// from deep blue to yellow that stays distinguishable for the common colour-vision deficiencies.
export const PALETTE = {
  background: '#0a1628',
  panel: '#0f2240',
  border: '#2b4a74',
  text: '#e8f1ff',
  muted: '#9fb4d3',
  label: '#ffffff',
  labelHalo: '#0a1628',
  highlight: '#ffffff',
  tooltip: 'rgba(10, 22, 40, 0.94)',
  /** Deep blue → teal → yellow: luminance rises monotonically, so the order reads even without colour. */
  scale: ['#163a5f', '#1f7a8c', '#49c5a3', '#f2e15b'],
  noData: '#3a4658',
  projects: '#3ba0ff',
  ratio: '#ffb547',
  /** 理赔信息: 出险笔数 and 赔款金额 — apart from the project bars' blue and orange in hue and luminance. */
  claims: '#ff7875',
  amount: '#b37feb',
} as const;
