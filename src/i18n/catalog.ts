// The shape of a message catalog: every key has its zh and en text.
export type Lang = 'zh' | 'en'
export type Catalog = Record<string, Record<Lang, string>>
