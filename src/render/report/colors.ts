// One palette for every chart, readable in colour and distinguishable when printed in grey.
export const COLOR = {
  good: '#2e7d32',
  middle: '#e39b1c',
  bad: '#c62828',
  neutral: '#78909c',
  accent: '#1565c0',
  blackout: '#eceff1',
} as const
