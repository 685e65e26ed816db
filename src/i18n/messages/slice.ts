// Messages of `--region` slices.

export const slice = {
  'error.UNKNOWN_REGION': {zh: '--region：区划表中没有地区 "{value}"；请给出江苏省、设区市或县（市、区）的 6 位行政区划代码或名称，如 320400 或 常州市', en: '--region: no region "{value}" in the region table; give the 6-digit GB/T 2260 code or the name of the province, a city or a county, e.g. 320400 or Changzhou'},
  'error.AMBIGUOUS_REGION': {zh: '--region：名称 "{value}" 对应多个地区（{candidates}），请改用行政区划代码', en: '--region: the name "{value}" names several regions ({candidates}); give the code instead'},
  'report.titleRegion': {zh: '{region}政务云网建设进展报告', en: '{region}: government cloud and network progress report'},
  'slice.notice': {zh: '范围：{region}（{code}），按全量清单计算', en: 'slice: {region} ({code}), computed on the whole inventory'},
}
