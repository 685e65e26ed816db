// Messages of `yunwang validate`.

export const validate = {
  'validate.ok': {zh: '清单有效：{systems} 个系统、{nodes} 个节点、{networks} 个网络（{files} 个文件）', en: 'inventory valid: {systems} systems, {nodes} nodes, {networks} networks ({files} files)'},
  'validate.failed': {zh: '发现 {count} 个问题，涉及 {files} 个文件', en: '{count} problem(s) in {files} file(s)'},
  'validate.hint': {zh: '提示', en: 'hint'},
}
