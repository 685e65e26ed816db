// Messages of `yunwang init`.

export const initMessages = {
  'init.done': {zh: '已在 {dir} 创建 {count} 个文件：', en: 'created {count} files in {dir}:'},
  'init.next': {zh: '下一步：cd {dir} && yunwang validate', en: 'next: cd {dir} && yunwang validate'},
}
